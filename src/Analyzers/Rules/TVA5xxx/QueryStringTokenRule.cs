using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5007: <c>context.Token = context.Request.Query["access_token"]</c> on a message-received context, with no path,
/// WebSocket or server-sent-events test that limits it to the endpoints that need a token in the URL. Keyed on the
/// <c>Token</c> setter, so every way of wiring the handler (lambda, method group, <c>+=</c>, an override) is the same case.
/// </summary>
internal sealed class QueryStringTokenRule
{
    private readonly WellKnownTypes _types;
    private readonly RequestSymbols? _request;

    public QueryStringTokenRule(WellKnownTypes types)
    {
        _types = types;
        _request = RequestSymbols.Create(types.HttpContext);
    }

    public void Register(OperationDispatch dispatch)
    {
        if (_request is null)
        {
            return;
        }

        foreach (var context in _types.MessageReceivedContexts)
        {
            dispatch.OnAssignment(context, "Token", Analyze);
        }
    }

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation token)
    {
        if (_request is { } request
            && QueryTokenSource.IsFromQuery(assignment.Value, request)
            && !RequestRestriction.Guards(assignment, request)
            && !EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5007, assignment.Syntax.GetLocation()));
        }
    }
}
