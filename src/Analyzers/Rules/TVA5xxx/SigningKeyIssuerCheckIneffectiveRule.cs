using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5005: <c>EnableAadSigningKeyIssuerValidation()</c> on parameters whose keys are only hand-fed, or whose parameters
/// or signing-key validator are replaced after the call.
/// </summary>
internal sealed class SigningKeyIssuerCheckIneffectiveRule
{
    private static readonly ImmutableDictionary<string, string?> MoveCallAfter =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionMoveAfter);

    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _signingKeyValidatorUsingConfiguration;
    private readonly IPropertySymbol? _issuerSigningKey;
    private readonly IPropertySymbol? _issuerSigningKeys;
    private readonly IPropertySymbol? _configurationManager;
    private readonly IPropertySymbol?[] _optionsKeySources;

    public SigningKeyIssuerCheckIneffectiveRule(WellKnownTypes types)
    {
        _types = types;
        _signingKeyValidatorUsingConfiguration = types.TokenValidationParametersProperty("IssuerSigningKeyValidatorUsingConfiguration");
        _issuerSigningKey = types.TokenValidationParametersProperty("IssuerSigningKey");
        _issuerSigningKeys = types.TokenValidationParametersProperty("IssuerSigningKeys");
        _configurationManager = types.TokenValidationParametersProperty("ConfigurationManager");
        _optionsKeySources = new[]
        {
            WellKnownTypes.Property(types.JwtBearerOptions, "Authority"), WellKnownTypes.Property(types.JwtBearerOptions, "MetadataAddress"),
            WellKnownTypes.Property(types.JwtBearerOptions, "ConfigurationManager"), WellKnownTypes.Property(types.JwtBearerOptions, "Configuration"),
            WellKnownTypes.Property(types.OpenIdConnectOptions, "Authority"), WellKnownTypes.Property(types.OpenIdConnectOptions, "MetadataAddress"),
            WellKnownTypes.Property(types.OpenIdConnectOptions, "ConfigurationManager"), WellKnownTypes.Property(types.OpenIdConnectOptions, "Configuration"),
        };
    }

    public void Register(OperationDispatch dispatch)
        => dispatch.OnInvocation(_types.AadSigningKeyExtension, "EnableAadSigningKeyIssuerValidation", Analyze);

    private void Analyze(RuleContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 0 || !ObjectRef.TryResolve(invocation.Arguments[0].Value, _types, out var parameters))
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(invocation, parameters, _types);
        if (configuration.Escapes)
        {
            return;
        }

        if (LastReplacementAfter(invocation, parameters, configuration) is { } lastReplacement)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5005, Locations.CalledName(invocation),
                ImmutableArray.Create(lastReplacement.Syntax.GetLocation()), MoveCallAfter,
                "the parameters or their signing-key validator are replaced after the call"));
            return;
        }

        if ((configuration.Sets(_issuerSigningKey) || configuration.Sets(_issuerSigningKeys))
            && !configuration.Sets(_configurationManager)
            && !OwnerSetsAny(configuration, _optionsKeySources))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5005, Locations.CalledName(invocation),
                "the keys come only from IssuerSigningKey(s), not from a ConfigurationManager, so every key passes"));
        }
    }

    /// <summary>The last assignment after the call that replaces the signing-key validator, or the options' parameters altogether.</summary>
    private IOperation? LastReplacementAfter(IInvocationOperation invocation, ObjectRef parameters, ObjectConfiguration configuration)
    {
        var start = invocation.Syntax.SpanStart;
        IOperation? lastReplacement = null;
        foreach (var assignment in configuration.Assignments)
        {
            if (SymbolEqualityComparer.Default.Equals(assignment.Property, _signingKeyValidatorUsingConfiguration) && assignment.Assignment.Syntax.SpanStart > start)
            {
                lastReplacement = Later(lastReplacement, assignment.Assignment);
            }
        }

        if (parameters.Member is not null)
        {
            foreach (var operation in Scopes.Block(invocation).Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation replaced } replacement
                    && replacement.Syntax.SpanStart > start
                    && SymbolEqualityComparer.Default.Equals(replaced.Property, parameters.Member)
                    && ObjectRef.TryResolve(replaced.Instance, _types, out var owner) && owner.Root.Equals(parameters.Root))
                {
                    lastReplacement = Later(lastReplacement, replacement);
                }
            }
        }

        return lastReplacement;
    }

    private static bool OwnerSetsAny(ObjectConfiguration configuration, IPropertySymbol?[] properties)
    {
        foreach (var property in properties)
        {
            if (configuration.OwnerSets(property))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Later(IOperation? current, IOperation candidate)
        => current is null || candidate.Syntax.SpanStart > current.Syntax.SpanStart ? candidate : current;
}
