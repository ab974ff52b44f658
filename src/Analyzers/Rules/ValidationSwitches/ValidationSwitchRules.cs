using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.ValidationSwitches;

/// <summary>The per-compilation state of <see cref="ValidationSwitchAnalyzer"/>: property symbols mapped to what they mean.</summary>
internal sealed class ValidationSwitchRules
{
    private static readonly ImmutableDictionary<string, string?> RemoveProperties =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemove);

    private readonly WellKnownTypes _types;
    private readonly Dictionary<IPropertySymbol, Switch> _switches = new(SymbolEqualityComparer.Default);
    private readonly IPropertySymbol? _validateTokenReplay;
    private readonly IPropertySymbol?[] _replayChecks;
    private readonly Need _issuer;
    private readonly Need _audience;

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

        _issuer = new Need(
            Descriptors.TVA1009, Tvp("ValidateIssuer"), Tvp("ValidIssuer"), Tvp("ValidIssuers"), "ValidIssuer", "Jwt:Issuer", "JWT_ISSUER",
            suppliers: new[] { issuerValidators[0], issuerValidators[1], Tvp("ConfigurationManager") },
            ownerSuppliers: new[]
            {
                Options(types.JwtBearerOptions, "Authority"), Options(types.JwtBearerOptions, "MetadataAddress"),
                Options(types.JwtBearerOptions, "Configuration"), Options(types.JwtBearerOptions, "ConfigurationManager"),
                Options(types.OpenIdConnectOptions, "Authority"), Options(types.OpenIdConnectOptions, "MetadataAddress"),
                Options(types.OpenIdConnectOptions, "Configuration"), Options(types.OpenIdConnectOptions, "ConfigurationManager"),
            });
        _audience = new Need(
            Descriptors.TVA1010, Tvp("ValidateAudience"), Tvp("ValidAudience"), Tvp("ValidAudiences"), "ValidAudience", "Jwt:Audience", "JWT_AUDIENCE",
            suppliers: audienceValidators,
            ownerSuppliers: new[] { Options(types.JwtBearerOptions, "Audience"), Options(types.OpenIdConnectOptions, "ClientId") });
    }

    public void AnalyzeAssignment(OperationAnalysisContext context)
    {
        try
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation target)
            {
                return;
            }

            var property = target.Property;
            while (property.IsOverride && property.OverriddenProperty is { } overridden)
            {
                property = overridden;
            }

            if (_switches.TryGetValue(property, out var weakening))
            {
                AnalyzeSwitch(context, assignment, target, weakening);
            }
            else if (SymbolEqualityComparer.Default.Equals(property, _validateTokenReplay))
            {
                AnalyzeReplay(context, assignment, target);
            }
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    public void AnalyzeCreation(OperationAnalysisContext context)
    {
        try
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.Length != 0
                || !SymbolEqualityComparer.Default.Equals(creation.Type, _types.TokenValidationParameters))
            {
                return;
            }

            var configuration = ObjectConfiguration.Collect(creation, new ObjectRef(creation, null), _types);
            if (configuration.Escapes || configuration.OwnerFromOutside)
            {
                return;
            }

            ReportMissing(context, creation, configuration, _issuer);
            ReportMissing(context, creation, configuration, _audience);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeSwitch(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, Switch weakening)
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
        if (need is not null && configuration is not null && IsJudged(configuration) && !need.IsSupplied(configuration)
            && configuration.LastAssignment(need.Value) is null && configuration.LastAssignment(need.Values) is null)
        {
            // removing the switch alone would leave nothing to validate against (TVA1009/TVA1010): write the value too
            properties = ValueFromConfiguration(FixProperties.ActionReplace, need, assignment);
        }

        context.ReportDiagnostic(Diagnostic.Create(weakening.Descriptor, assignment.Syntax.GetLocation(), properties));
    }

    private void AnalyzeReplay(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
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

    private void ReportMissing(OperationAnalysisContext context, IObjectCreationOperation creation, ObjectConfiguration configuration, Need need)
    {
        // switched off (TVA1001/TVA1002) or switched at run time (TVA1008): another rule speaks
        if (configuration.LastAssignment(need.Switch) is { } validate && !Values.IsConstant(validate.Value, expected: true))
        {
            return;
        }

        if (need.IsSupplied(configuration))
        {
            return;
        }

        var blank = configuration.LastAssignment(need.Value) ?? configuration.LastAssignment(need.Values);
        if (blank is { } empty && empty.Assignment.Syntax is AssignmentExpressionSyntax)
        {
            context.ReportDiagnostic(Diagnostic.Create(need.Descriptor, empty.Assignment.Syntax.GetLocation(),
                ValueFromConfiguration(FixProperties.ActionReplace, need, empty.Assignment)));
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(need.Descriptor, CreationLocation(creation),
            ValueFromConfiguration(FixProperties.ActionAddMember, need, creation)));
    }

    /// <summary>Only an object created in this block whose options (if any) are configured here can be judged for what it lacks.</summary>
    private static bool IsJudged(ObjectConfiguration configuration)
        => configuration.Creation is IObjectCreationOperation { Arguments.Length: 0 } && !configuration.Escapes && !configuration.OwnerFromOutside;

    private ImmutableDictionary<string, string?> ValueFromConfiguration(string action, Need need, IOperation at)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(FixProperties.Action, action);
        builder.Add(FixProperties.Member, need.FixMember);
        builder.Add(FixProperties.ConfigurationKey, need.ConfigurationKey);
        builder.Add(FixProperties.EnvironmentVariable, need.EnvironmentVariable);
        if (at.SemanticModel is { } model && ConfigurationInScope.FindExpression(model, at.Syntax.SpanStart, _types) is { } configuration)
        {
            builder.Add(FixProperties.Configuration, configuration);
        }

        return builder.ToImmutable();
    }

    /// <summary><c>new TokenValidationParameters</c> (or <c>new()</c>) without the initializer: the squiggle stays on one line.</summary>
    private static Location CreationLocation(IObjectCreationOperation creation)
    {
        var syntax = creation.Syntax;
        var end = syntax switch
        {
            ObjectCreationExpressionSyntax explicitNew => explicitNew.ArgumentList?.Span.End ?? explicitNew.Type.Span.End,
            ImplicitObjectCreationExpressionSyntax implicitNew => implicitNew.ArgumentList.Span.End,
            _ => syntax.Span.End,
        };
        return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.SpanStart, end));
    }

    private IPropertySymbol? Tvp(string name) => _types.TokenValidationParametersProperty(name);

    private static IPropertySymbol? Options(INamedTypeSymbol? options, string name) => WellKnownTypes.Property(options, name);

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

    /// <summary>What supplies the valid issuers (or audiences) a switched-on check compares against.</summary>
    private sealed class Need
    {
        private readonly IPropertySymbol?[] _suppliers;
        private readonly IPropertySymbol?[] _ownerSuppliers;

        public Need(DiagnosticDescriptor descriptor, IPropertySymbol? @switch, IPropertySymbol? value, IPropertySymbol? values,
            string fixMember, string configurationKey, string environmentVariable, IPropertySymbol?[] suppliers, IPropertySymbol?[] ownerSuppliers)
        {
            Descriptor = descriptor;
            Switch = @switch;
            Value = value;
            Values = values;
            FixMember = fixMember;
            ConfigurationKey = configurationKey;
            EnvironmentVariable = environmentVariable;
            _suppliers = suppliers;
            _ownerSuppliers = ownerSuppliers;
        }

        public DiagnosticDescriptor Descriptor { get; }
        public IPropertySymbol? Switch { get; }
        public IPropertySymbol? Value { get; }
        public IPropertySymbol? Values { get; }
        public string FixMember { get; }
        public string ConfigurationKey { get; }
        public string EnvironmentVariable { get; }

        public bool IsSupplied(ObjectConfiguration configuration)
        {
            if (configuration.LastAssignment(Value) is { } single
                && !Core.Values.IsBlankString(single.Value) && !Core.Values.IsConstantNull(single.Value))
            {
                return true;
            }

            if (configuration.LastAssignment(Values) is { } many
                && !Core.Values.IsEmptyCollection(many.Value) && !Core.Values.IsConstantNull(many.Value))
            {
                return true;
            }

            foreach (var supplier in _suppliers)
            {
                if (configuration.Sets(supplier))
                {
                    return true;
                }
            }

            foreach (var supplier in _ownerSuppliers)
            {
                if (configuration.OwnerSets(supplier))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
