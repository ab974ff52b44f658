using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA2xxx;

/// <summary>
/// TVA2001: a validator delegate that never rejects a token. Its fix removes the delegate; where the object also switches the
/// check off, that switch goes too, and where nothing else would supply valid issuers or audiences (TVA1009/TVA1010 after
/// the fix), the delegate is replaced with the value read from configuration.
/// </summary>
internal sealed class ValidatorAcceptsEverythingRule
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _tokenIssuer;
    private readonly Dictionary<IPropertySymbol, Acceptance> _validators = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IPropertySymbol, (IPropertySymbol? Switch, ValidationSource? Source)> _replacedChecks =
        new(SymbolEqualityComparer.Default);

    public ValidatorAcceptsEverythingRule(WellKnownTypes types, ValidValueSources validValues)
    {
        _types = types;
        _tokenIssuer = WellKnownTypes.Property(types.SecurityToken, "Issuer");
        AddValidators(Acceptance.ReturnsTrue, "AudienceValidator", "LifetimeValidator", "IssuerSigningKeyValidator",
            "IssuerSigningKeyValidatorUsingConfiguration", "AlgorithmValidator", "TokenReplayValidator");
        AddValidators(Acceptance.ReturnsItsInput, "IssuerValidator", "IssuerValidatorUsingConfiguration", "TypeValidator");

        // removing these delegates brings back the check they replace: its switch and its source of valid values
        var issuer = validValues.Issuer;
        var audience = validValues.Audience;
        AddReplacedCheck("IssuerValidator", issuer.Switch, issuer);
        AddReplacedCheck("IssuerValidatorUsingConfiguration", issuer.Switch, issuer);
        AddReplacedCheck("AudienceValidator", audience.Switch, audience);
        AddReplacedCheck("LifetimeValidator", types.TokenValidationParametersProperty("ValidateLifetime"), null);
    }

    /// <summary>How a validator of that delegate type accepts a token.</summary>
    private enum Acceptance
    {
        ReturnsTrue,

        /// <summary>Returns the issuer or type it validates, where rejecting is throwing.</summary>
        ReturnsItsInput,
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var property in _validators.Keys)
        {
            dispatch.OnAssignment(property, AnalyzeAssignment);
            dispatch.OnDelegateAddition(property, AnalyzeAddition);
        }
    }

    private void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
        => Analyze(context, assignment, target);

    private void AnalyzeAddition(RuleContext context, ICompoundAssignmentOperation addition, IPropertyReferenceOperation target)
        => Analyze(context, addition, target);

    private void Analyze(RuleContext context, IAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (!_validators.TryGetValue(target.Property.OriginalDefinition, out var acceptance)
            || EnvironmentGuards.ProductionSkips(assignment, _types)
            || DelegateBody.From(EnvironmentGuards.ProductionValue(assignment.Value, _types))?.InProduction(_types) is not { } body)
        {
            return;
        }

        var alwaysAccepts = acceptance == Acceptance.ReturnsTrue
            ? body.AlwaysReturnsTrue(_types)
            : body.AlwaysReturnsParameterOrConstant(0, _tokenIssuer, _types);
        if (alwaysAccepts && !body.MayRejectByThrowing(_types))
        {
            Report(context, assignment, target);
        }
    }

    private void Report(RuleContext context, IAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        var properties = FixProperties.Remove;
        var related = ImmutableArray<Location>.Empty;
        if (_replacedChecks.TryGetValue(target.Property.OriginalDefinition, out var replaced)
            && ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            var configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
            if (configuration.LastAssignment(replaced.Switch) is { } off && ProductionCondition.Decide(off.Value, _types) == false
                && !EnvironmentGuards.ProductionSkips(off.Assignment, _types))
            {
                related = ImmutableArray.Create(off.Assignment.Syntax.GetLocation());
            }

            if (replaced.Source is { } source && SiteSupply.LacksHere(configuration, source, _types, ignoring: target.Property.OriginalDefinition))
            {
                // the delegate was the only supplier: the check it brings back needs a value to compare against
                properties = FixProperties.ValueFromConfiguration(FixProperties.ActionReplace, source, configuration.OwnerSite is not null);
            }
        }

        context.ReportDiagnostic(
            Diagnostic.Create(Descriptors.TVA2001, assignment.Syntax.GetLocation(), related, properties, target.Property.Name));
    }

    private void AddReplacedCheck(string validator, IPropertySymbol? @switch, ValidationSource? source)
    {
        if (_types.TokenValidationParametersProperty(validator) is { } property)
        {
            _replacedChecks[property] = (@switch, source);
        }
    }

    private void AddValidators(Acceptance acceptance, params string[] names)
    {
        foreach (var name in names)
        {
            if (_types.TokenValidationParametersProperty(name) is { } property)
            {
                _validators[property] = acceptance;
            }
        }
    }
}
