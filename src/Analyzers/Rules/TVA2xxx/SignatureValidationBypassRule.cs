using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA2xxx;

/// <summary>TVA2002: a signature validator that returns a token parsed from its token input and never verifies, throws or calls out.</summary>
internal sealed class SignatureValidationBypassRule
{
    private readonly WellKnownTypes _types;

    public SignatureValidationBypassRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var name in new[] { "SignatureValidator", "SignatureValidatorUsingConfiguration" })
        {
            dispatch.OnAssignment(_types.TokenValidationParameters, name, AnalyzeAssignment);
            dispatch.OnDelegateAddition(_types.TokenValidationParametersProperty(name), AnalyzeAddition);
        }
    }

    private void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
        => Analyze(context, assignment, target);

    private void AnalyzeAddition(RuleContext context, ICompoundAssignmentOperation addition, IPropertyReferenceOperation target)
        => Analyze(context, addition, target);

    private void Analyze(RuleContext context, IAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (EnvironmentGuards.ProductionSkips(assignment, _types)
            || DelegateBody.From(EnvironmentGuards.ProductionValue(assignment.Value, _types))?.InProduction(_types) is not { } body)
        {
            return;
        }

        if (UnverifiedParse.IsReturnedBy(body, 0, assignment, _types))
        {
            context.ReportDiagnostic(
                Diagnostic.Create(Descriptors.TVA2002, assignment.Syntax.GetLocation(), FixProperties.Remove, target.Property.Name));
        }
    }
}
