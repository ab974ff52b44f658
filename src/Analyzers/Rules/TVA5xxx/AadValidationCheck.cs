using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// Whether parameters that trust a multi-tenant Entra ID key list both validate the issuer (a validator, no switch-off in
/// production) and call <c>EnableAadSigningKeyIssuerValidation()</c>.
/// </summary>
internal sealed class AadValidationCheck
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _validateIssuer;
    private readonly IPropertySymbol? _issuerValidator;
    private readonly IPropertySymbol? _issuerValidatorUsingConfiguration;

    public AadValidationCheck(WellKnownTypes types)
    {
        _types = types;
        _validateIssuer = types.TokenValidationParametersProperty("ValidateIssuer");
        _issuerValidator = types.TokenValidationParametersProperty("IssuerValidator");
        _issuerValidatorUsingConfiguration = types.TokenValidationParametersProperty("IssuerValidatorUsingConfiguration");
    }

    /// <summary>The <c>ValidateIssuer = false</c> production reaches, if any.</summary>
    public MemberAssignment? SwitchOff(ObjectConfiguration parameters)
        => parameters.LastAssignment(_validateIssuer) is { } validate && ProductionCondition.Decide(validate.Value, _types) == false
            && !EnvironmentGuards.ProductionSkips(validate.Assignment, _types)
                ? validate
                : null;

    public bool HasIssuerValidator(ObjectConfiguration parameters)
        => parameters.Sets(_issuerValidator) || parameters.Sets(_issuerValidatorUsingConfiguration);

    public bool ChecksSigningKey(ObjectConfiguration parameters)
    {
        foreach (var call in parameters.Calls)
        {
            if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _types.AadSigningKeyExtension)
                && call.TargetMethod.Name == "EnableAadSigningKeyIssuerValidation")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Both halves are in place and issuer validation is not switched off.</summary>
    public bool IsComplete(ObjectConfiguration parameters)
        => SwitchOff(parameters) is null && HasIssuerValidator(parameters) && ChecksSigningKey(parameters);
}
