using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>TVA1007: <c>ValidateTokenReplay = true</c> on an object that sets neither a replay cache nor a replay validator.</summary>
internal sealed class ReplayWithoutCacheRule
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _validateTokenReplay;
    private readonly IPropertySymbol? _replayCache;
    private readonly IPropertySymbol? _replayValidator;

    public ReplayWithoutCacheRule(WellKnownTypes types)
    {
        _types = types;
        _validateTokenReplay = types.TokenValidationParametersProperty("ValidateTokenReplay");
        _replayCache = types.TokenValidationParametersProperty("TokenReplayCache");
        _replayValidator = types.TokenValidationParametersProperty("TokenReplayValidator");
    }

    public void Register(OperationDispatch dispatch) => dispatch.OnAssignment(_validateTokenReplay, AnalyzeReplay);

    private void AnalyzeReplay(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (!Values.IsConstant(assignment.Value, expected: true)
            || EnvironmentGuards.ProductionSkips(assignment, _types)
            || !ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
        if (configuration.Escapes || configuration.Sets(_replayCache) || configuration.Sets(_replayValidator))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA1007, assignment.Syntax.GetLocation()));
    }
}
