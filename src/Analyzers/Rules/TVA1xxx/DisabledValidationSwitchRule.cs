using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>
/// TVA1001–TVA1006: a validation switch of <c>TokenValidationParameters</c> set to <c>false</c> while no validator
/// delegate does the check instead; TVA1008: a switch set from a run-time value. Katana's <c>JwtFormat.ValidateIssuer</c>
/// through <see cref="KatanaJwtFormatIssuerSwitchRule"/>.
/// </summary>
internal sealed class DisabledValidationSwitchRule
{
    private readonly WellKnownTypes _types;
    private readonly Dictionary<IPropertySymbol, ValidationSwitch> _switches = new(SymbolEqualityComparer.Default);

    public DisabledValidationSwitchRule(WellKnownTypes types, ValidValueSources validValues)
    {
        _types = types;
        AddSwitch("ValidateIssuer", Descriptors.TVA1001, validValues.Issuer, "IssuerValidator", "IssuerValidatorUsingConfiguration");
        AddSwitch("ValidateAudience", Descriptors.TVA1002, validValues.Audience, "AudienceValidator");
        AddSwitch("ValidateLifetime", Descriptors.TVA1003, comparesAgainst: null, "LifetimeValidator");
        AddSwitch("RequireSignedTokens", Descriptors.TVA1004, comparesAgainst: null);
        AddSwitch("RequireExpirationTime", Descriptors.TVA1005, comparesAgainst: null);
        AddSwitch("RequireAudience", Descriptors.TVA1006, comparesAgainst: null);
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var pair in _switches)
        {
            var validationSwitch = pair.Value;
            dispatch.OnAssignment(pair.Key, (context, assignment, target) => AnalyzeSwitch(context, assignment, target, validationSwitch));
        }
    }

    private void AnalyzeSwitch(
        RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, ValidationSwitch validationSwitch)
    {
        if (EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        switch (ProductionCondition.Decide(assignment.Value, _types))
        {
            case null:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA1008, assignment.Syntax.GetLocation(), target.Property.Name));
                return;
            case true:
                return;
        }

        ObjectConfiguration? configuration = null;
        if (ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
            foreach (var validator in validationSwitch.Validators)
            {
                if (configuration.Sets(validator))
                {
                    return;
                }
            }
        }

        var properties = FixProperties.Remove;
        var need = validationSwitch.ComparesAgainst;
        if (need is not null && configuration is not null && SiteSupply.LacksHere(configuration, need, _types))
        {
            // removing the switch alone would leave nothing to validate against (TVA1009/TVA1010): write the value too
            properties = FixProperties.ValueFromConfiguration(FixProperties.ActionReplace, need, configuration.OwnerSite is not null);
        }

        context.ReportDiagnostic(Diagnostic.Create(validationSwitch.Descriptor, assignment.Syntax.GetLocation(), properties));
    }

    private void AddSwitch(string name, DiagnosticDescriptor descriptor, ValidationSource? comparesAgainst, params string[] validatorNames)
    {
        var validators = new IPropertySymbol?[validatorNames.Length];
        for (var i = 0; i < validatorNames.Length; i++)
        {
            validators[i] = _types.TokenValidationParametersProperty(validatorNames[i]);
        }

        if (_types.TokenValidationParametersProperty(name) is { } property)
        {
            _switches[property] = new ValidationSwitch(descriptor, validators, comparesAgainst);
        }
    }

    private sealed class ValidationSwitch
    {
        public ValidationSwitch(DiagnosticDescriptor descriptor, IPropertySymbol?[] validators, ValidationSource? comparesAgainst)
        {
            Descriptor = descriptor;
            Validators = validators;
            ComparesAgainst = comparesAgainst;
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>Delegates that IdentityModel calls instead of the switched-off check.</summary>
        public IPropertySymbol?[] Validators { get; }

        /// <summary>The valid issuers or audiences the check compares against; <see langword="null"/> when it needs none.</summary>
        public ValidationSource? ComparesAgainst { get; }
    }
}
