using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5003 on Katana's <c>BackchannelCertificateValidator</c>: an application's <c>ICertificateValidator</c> whose
/// <c>Validate</c> returns true on every path and never throws, so any certificate of the metadata endpoint is trusted.
/// </summary>
internal sealed class KatanaCertificateValidatorRule
{
    private readonly WellKnownTypes _types;
    private readonly IMethodSymbol? _validate;

    public KatanaCertificateValidatorRule(WellKnownTypes types)
    {
        _types = types;
        if (types.Katana.ICertificateValidator is { } contract)
        {
            foreach (var member in contract.GetMembers("Validate"))
            {
                _validate ??= member as IMethodSymbol;
            }
        }
    }

    public void Register(OperationDispatch dispatch)
    {
        if (_validate is null)
        {
            return;
        }

        foreach (var options in _types.Katana.ValidatingOptions)
        {
            dispatch.OnAssignment(WellKnownTypes.Property(options, "BackchannelCertificateValidator"), Analyze);
        }
    }

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        // the validator's own type: a creation, or a local or field declared with the application's class
        if (Values.StripConversions(assignment.Value).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } validatorType
            || validatorType.FindImplementationForInterfaceMember(_validate!) is not IMethodSymbol implementation
            || DelegateBody.FromMethod(implementation, assignment.SemanticModel) is not { } body
            || !body.AlwaysReturnsConstant(true) || body.MayRejectByThrowing(_types)
            || EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5003, assignment.Syntax.GetLocation(), FixProperties.Remove));
    }
}
