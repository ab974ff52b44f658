using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>The per-compilation state of <see cref="ValidationSwitchAnalyzer"/>: property symbols mapped to what they mean.</summary>
internal sealed class ValidationSwitchRules
{
    private static readonly ImmutableDictionary<string, string?> RemoveProperties =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemove);

    private readonly WellKnownTypes _types;
    private readonly Dictionary<IPropertySymbol, Switch> _switches = new(SymbolEqualityComparer.Default);
    private readonly IPropertySymbol? _validateTokenReplay;
    private readonly IPropertySymbol?[] _replayChecks;
    private readonly ValidationSource _issuer;
    private readonly ValidationSource _audience;

    public ValidationSwitchRules(WellKnownTypes types)
    {
        _types = types;
        var issuerValidators = new[] { Tvp("IssuerValidator"), Tvp("IssuerValidatorUsingConfiguration") };
        var audienceValidators = new[] { Tvp("AudienceValidator") };
        AddSwitch("ValidateIssuer", Descriptors.TVA1001, issuerValidators);
        AddSwitch("ValidateAudience", Descriptors.TVA1002, audienceValidators);
        AddSwitch("ValidateLifetime", Descriptors.TVA1003, new[] { Tvp("LifetimeValidator") });
        AddSwitch("RequireSignedTokens", Descriptors.TVA1004, Array.Empty<IPropertySymbol?>());
        AddSwitch("RequireExpirationTime", Descriptors.TVA1005, Array.Empty<IPropertySymbol?>());
        AddSwitch("RequireAudience", Descriptors.TVA1006, Array.Empty<IPropertySymbol?>());
        _validateTokenReplay = Tvp("ValidateTokenReplay");
        _replayChecks = new[] { Tvp("TokenReplayCache"), Tvp("TokenReplayValidator") };

        _issuer = ValidationSource.Issuer(types);
        _audience = ValidationSource.Audience(types);
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var pair in _switches)
        {
            var weakening = pair.Value;
            dispatch.OnAssignment(pair.Key, (context, assignment, target) => AnalyzeSwitch(context, assignment, target, weakening));
        }

        dispatch.OnAssignment(_validateTokenReplay, AnalyzeReplay);
        AssignmentHandler blankIssuer = (context, assignment, target) => AnalyzeBlankValue(context, assignment, target, _issuer, Descriptors.TVA1009);
        AssignmentHandler blankAudience = (context, assignment, target) => AnalyzeBlankValue(context, assignment, target, _audience, Descriptors.TVA1010);
        dispatch.OnAssignment(_issuer.Value, blankIssuer);
        dispatch.OnAssignment(_issuer.Values, blankIssuer);
        dispatch.OnAssignment(_audience.Value, blankAudience);
        dispatch.OnAssignment(_audience.Values, blankAudience);
        dispatch.OnCreation(_types.TokenValidationParameters, AnalyzeCreation);
    }

    private void AnalyzeCreation(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 0)
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(creation, new ObjectRef(creation, null), _types);
        if (configuration.Escapes || configuration.OwnerFromOutside)
        {
            return;
        }

        ReportMissing(context, creation, configuration, _issuer, Descriptors.TVA1009);
        ReportMissing(context, creation, configuration, _audience, Descriptors.TVA1010);
    }

    private void AnalyzeSwitch(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, Switch weakening)
    {
        switch (Values.Classify(assignment.Value, _types))
        {
            case ValueKind.Runtime:
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA1008, assignment.Syntax.GetLocation(), target.Property.Name));
                return;
            case ValueKind.Constant when Values.IsConstant(assignment.Value, expected: false):
                break;
            default:
                return;
        }

        ObjectConfiguration? configuration = null;
        if (ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
            foreach (var validator in weakening.Validators)
            {
                if (configuration.Sets(validator))
                {
                    return;
                }
            }
        }

        var properties = RemoveProperties;
        var need = weakening.Descriptor == Descriptors.TVA1001 ? _issuer : weakening.Descriptor == Descriptors.TVA1002 ? _audience : null;
        if (need is not null && configuration is not null && configuration.IsJudged && !need.IsSupplied(configuration)
            && configuration.LastAssignment(need.Value) is null && configuration.LastAssignment(need.Values) is null)
        {
            // removing the switch alone would leave nothing to validate against (TVA1009/TVA1010): write the value too
            properties = ValueFromConfiguration(FixProperties.ActionReplace, need);
        }

        context.ReportDiagnostic(Diagnostic.Create(weakening.Descriptor, assignment.Syntax.GetLocation(), properties));
    }

    private void AnalyzeReplay(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (!Values.IsConstant(assignment.Value, expected: true)
            || EnvironmentGuards.IsGuarded(assignment, _types)
            || !ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
        if (configuration.Escapes || configuration.Sets(_replayChecks[0]) || configuration.Sets(_replayChecks[1]))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA1007, assignment.Syntax.GetLocation()));
    }

    private void ReportMissing(RuleContext context, IObjectCreationOperation creation, ObjectConfiguration configuration, ValidationSource need, DiagnosticDescriptor descriptor)
    {
        if (!LacksValues(configuration, need))
        {
            return;
        }

        var blank = configuration.LastAssignment(need.Value) ?? configuration.LastAssignment(need.Values);
        if (blank is { } empty)
        {
            // a blank value in the initializer is reported here; one set by a later statement, by that statement's own action
            if (creation.Syntax.Span.Contains(empty.Assignment.Syntax.Span) && empty.Assignment.Syntax is AssignmentExpressionSyntax)
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, empty.Assignment.Syntax.GetLocation(),
                    ValueFromConfiguration(FixProperties.ActionReplace, need)));
            }

            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, Locations.Creation(creation),
            ValueFromConfiguration(FixProperties.ActionAddMember, need)));
    }

    /// <summary>TVA1009/TVA1010 for <c>p.ValidIssuer = "";</c> after the creation: the last value is blank and nothing else supplies one.</summary>
    private void AnalyzeBlankValue(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, ValidationSource need, DiagnosticDescriptor descriptor)
    {
        if (target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            || !(Values.IsBlankString(assignment.Value) || Values.IsEmptyCollection(assignment.Value))
            || !ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
        if (configuration.IsJudged
            && SymbolEqualityComparer.Default.Equals(configuration.Creation?.Type, _types.TokenValidationParameters)
            && LacksValues(configuration, need)
            && (configuration.LastAssignment(need.Value) ?? configuration.LastAssignment(need.Values)) is { } last
            && ReferenceEquals(last.Assignment, assignment))
        {
            context.ReportDiagnostic(Diagnostic.Create(descriptor, assignment.Syntax.GetLocation(),
                ValueFromConfiguration(FixProperties.ActionReplace, need)));
        }
    }

    /// <summary>The check is on (not switched off, not set at run time) and nothing supplies the values it compares against.</summary>
    private static bool LacksValues(ObjectConfiguration configuration, ValidationSource need)
        => !(configuration.LastAssignment(need.Switch) is { } validate && !Values.IsConstant(validate.Value, expected: true))
            && !need.IsSupplied(configuration);

    private static ImmutableDictionary<string, string?> ValueFromConfiguration(string action, ValidationSource need)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(FixProperties.Action, action);
        builder.Add(FixProperties.Member, need.Member);
        builder.Add(FixProperties.ConfigurationKey, need.ConfigurationKey);
        builder.Add(FixProperties.EnvironmentVariable, need.EnvironmentVariable);
        return builder.ToImmutable();
    }

    private IPropertySymbol? Tvp(string name) => _types.TokenValidationParametersProperty(name);

    private void AddSwitch(string name, DiagnosticDescriptor descriptor, IPropertySymbol?[] validators)
    {
        if (Tvp(name) is { } property)
        {
            _switches[property] = new Switch(descriptor, validators);
        }
    }

    private sealed class Switch
    {
        public Switch(DiagnosticDescriptor descriptor, IPropertySymbol?[] validators)
        {
            Descriptor = descriptor;
            Validators = validators;
        }

        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>Delegates that IdentityModel calls instead of the switched-off check.</summary>
        public IPropertySymbol?[] Validators { get; }
    }
}
