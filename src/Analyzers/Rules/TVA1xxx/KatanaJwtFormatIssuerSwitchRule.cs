using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>
/// TVA1001 on Katana's <c>JwtFormat.ValidateIssuer = false</c>, which switches off the issuer check of the parameters the
/// format was built with; not when those parameters set an issuer validator, which IdentityModel still calls.
/// </summary>
internal sealed class KatanaJwtFormatIssuerSwitchRule
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _issuerValidator;
    private readonly IPropertySymbol? _issuerValidatorUsingConfiguration;

    public KatanaJwtFormatIssuerSwitchRule(WellKnownTypes types)
    {
        _types = types;
        _issuerValidator = types.TokenValidationParametersProperty("IssuerValidator");
        _issuerValidatorUsingConfiguration = types.TokenValidationParametersProperty("IssuerValidatorUsingConfiguration");
    }

    public void Register(OperationDispatch dispatch)
        => dispatch.OnAssignment(WellKnownTypes.Property(_types.Katana.JwtFormat, "ValidateIssuer"), Analyze);

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (ProductionCondition.Decide(assignment.Value, _types) != false || EnvironmentGuards.ProductionSkips(assignment, _types)
            || SetsIssuerValidator(assignment, target))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA1001, assignment.Syntax.GetLocation(), FixProperties.Remove));
    }

    /// <summary>The parameters given to the format's constructor set an issuer validator (or cannot be seen: then assume so).</summary>
    private bool SetsIssuerValidator(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (!ObjectRef.TryResolve(target.Instance, _types, out var format)
            || ObjectConfiguration.Collect(assignment, format, _types).Creation is not IObjectCreationOperation creation)
        {
            return true;
        }

        foreach (var argument in creation.Arguments)
        {
            if (_types.IsTokenValidationParameters(argument.Parameter?.Type))
            {
                if (!ObjectRef.TryResolve(argument.Value, _types, out var parameters))
                {
                    return true;
                }

                var configuration = ObjectConfiguration.Collect(assignment, parameters, _types, atEnd: true);
                return configuration.Creation is null || configuration.Sets(_issuerValidator) || configuration.Sets(_issuerValidatorUsingConfiguration);
            }
        }

        return false;
    }
}
