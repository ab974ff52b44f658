using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5002 and TVA5005, the Storm-0558 rules: a multi-tenant Entra ID authority must come with an issuer validator
/// and <c>EnableAadSigningKeyIssuerValidation()</c>, and that call must be able to take effect.
/// </summary>
internal sealed class MultiTenantRules
{
    private readonly WellKnownTypes _types;
    private readonly AnalyzerOptions _options;
    private readonly IPropertySymbol? _validateIssuer;
    private readonly IPropertySymbol? _issuerValidator;
    private readonly IPropertySymbol? _issuerValidatorUsingConfiguration;
    private readonly IPropertySymbol? _signingKeyValidatorUsingConfiguration;
    private readonly IPropertySymbol?[] _handFedKeys;
    private readonly IPropertySymbol?[] _keySources;
    private AppSettings? _settings;

    public MultiTenantRules(WellKnownTypes types, AnalyzerOptions options)
    {
        _types = types;
        _options = options;
        _validateIssuer = types.TokenValidationParametersProperty("ValidateIssuer");
        _issuerValidator = types.TokenValidationParametersProperty("IssuerValidator");
        _issuerValidatorUsingConfiguration = types.TokenValidationParametersProperty("IssuerValidatorUsingConfiguration");
        _signingKeyValidatorUsingConfiguration = types.TokenValidationParametersProperty("IssuerSigningKeyValidatorUsingConfiguration");
        _handFedKeys = new[] { types.TokenValidationParametersProperty("IssuerSigningKey"), types.TokenValidationParametersProperty("IssuerSigningKeys") };
        _keySources = new[]
        {
            WellKnownTypes.Property(types.JwtBearerOptions, "Authority"), WellKnownTypes.Property(types.JwtBearerOptions, "MetadataAddress"),
            WellKnownTypes.Property(types.JwtBearerOptions, "ConfigurationManager"), WellKnownTypes.Property(types.JwtBearerOptions, "Configuration"),
            WellKnownTypes.Property(types.OpenIdConnectOptions, "Authority"), WellKnownTypes.Property(types.OpenIdConnectOptions, "MetadataAddress"),
            WellKnownTypes.Property(types.OpenIdConnectOptions, "ConfigurationManager"), WellKnownTypes.Property(types.OpenIdConnectOptions, "Configuration"),
        };
    }

    /// <summary>TVA5002 on <c>Authority</c>/<c>MetadataAddress</c> of JwtBearer/OpenIdConnect options.</summary>
    public void AnalyzeAuthority(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        var authority = ResolveText(assignment.Value, context.CancellationToken);
        if (!EntraAuthority.IsMultiTenant(authority)
            || !ObjectRef.TryResolve(target.Instance, _types, out var options) || options.Member is not null
            || WellKnownTypes.Property(target.Property.ContainingType, "TokenValidationParameters") is not { } parametersProperty)
        {
            return;
        }

        // what the options hold when their configuring block ends: a later `TokenValidationParameters = new …` replaces it all
        var parameters = ObjectConfiguration.Collect(assignment, new ObjectRef(options.Root, parametersProperty), _types, atEnd: true);
        var switchedOff = parameters.LastAssignment(_validateIssuer) is { } validate && Values.IsConstant(validate.Value, expected: false)
            && !EnvironmentGuards.IsGuarded(validate.Assignment, _types);
        var hasIssuerValidator = parameters.Sets(_issuerValidator) || parameters.Sets(_issuerValidatorUsingConfiguration);
        var checksSigningKey = CallsSigningKeyCheck(parameters);
        if (parameters.Escapes || (!switchedOff && hasIssuerValidator && checksSigningKey))
        {
            return;
        }

        var related = switchedOff ? ImmutableArray.Create(parameters.LastAssignment(_validateIssuer)!.Value.Assignment.Syntax.GetLocation()) : ImmutableArray<Location>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5002, assignment.Syntax.GetLocation(), related,
            AadFixProperties(assignment, target, authority!, hasIssuerValidator, checksSigningKey), target.Property.Name));
    }

    /// <summary>
    /// TVA5002 on Identity.Web: <c>AddMicrosoftIdentityWebApp</c> with a multi-tenant TenantId in its section (it does not add
    /// the signing-key check); <c>AddMicrosoftIdentityWebApi</c> (which does) only when its options switch issuer validation off.
    /// </summary>
    public void AnalyzeIdentityWeb(RuleContext context, IInvocationOperation invocation, bool webApp)
    {
        if (SectionOf(invocation) is not { } section)
        {
            return;
        }

        var settings = Settings(context.CancellationToken);
        var multiTenant = false;
        foreach (var tenant in settings.Find(KeyMaterial.Join(section, "TenantId")!))
        {
            multiTenant |= EntraAuthority.IsMultiTenantTenant(tenant.Value);
        }

        var instance = settings.FindNonEmpty(KeyMaterial.Join(section, "Instance")!)?.Value;
        if (!multiTenant || !EntraAuthority.IsEntraInstance(instance))
        {
            return;
        }

        if (webApp || SwitchesIssuerValidationOff(invocation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5002, Locations.CalledName(invocation), invocation.TargetMethod.Name));
        }
    }

    /// <summary>TVA5005: hand-fed keys only, or the parameters/validator replaced after the call.</summary>
    public void AnalyzeSigningKeyIssuerValidation(RuleContext context, IInvocationOperation invocation)
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

        if (lastReplacement is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5005, Locations.CalledName(invocation),
                ImmutableArray.Create(lastReplacement.Syntax.GetLocation()),
                ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionMoveAfter),
                "the parameters or their signing-key validator are replaced after the call"));
            return;
        }

        if ((configuration.Sets(_handFedKeys[0]) || configuration.Sets(_handFedKeys[1]))
            && !configuration.Sets(_types.TokenValidationParametersProperty("ConfigurationManager"))
            && !OwnerSetsAny(configuration, _keySources))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5005, Locations.CalledName(invocation),
                "the keys come only from IssuerSigningKey(s), not from a ConfigurationManager, so every key passes"));
        }
    }

    private bool CallsSigningKeyCheck(ObjectConfiguration parameters)
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

    /// <summary>The fix needs the options statement in a block and Microsoft.IdentityModel.Validators referenced.</summary>
    private ImmutableDictionary<string, string?> AadFixProperties(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, string authority,
        bool hasIssuerValidator, bool checksSigningKey)
    {
        if (_types.AadIssuerValidator is null || _types.AadSigningKeyExtension is null
            || assignment.Parent is not IExpressionStatementOperation { Syntax.Parent: BlockSyntax }
            || assignment.Syntax is not AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access })
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        if (target.Property.Name != "Authority" && !assignment.Value.ConstantValue.HasValue)
        {
            // a metadata address from configuration: the fix would have to copy a configuration value into code
            return ImmutableDictionary<string, string?>.Empty;
        }

        var options = access.Expression.WithoutTrivia().ToFullString();
        var authorityExpression = target.Property.Name == "Authority"
            ? options + ".Authority"
            : SymbolDisplay.FormatLiteral(AuthorityOf(authority), quote: true);
        return ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, FixProperties.ActionAddAadValidation)
            .Add(FixProperties.OptionsExpression, options)
            .Add(FixProperties.AuthorityExpression, authorityExpression)
            .Add(FixProperties.AddIssuerValidator, hasIssuerValidator ? "false" : "true")
            .Add(FixProperties.AddSigningKeyCheck, checksSigningKey ? "false" : "true");
    }

    /// <summary>A metadata address's authority: the part before <c>/.well-known/</c>.</summary>
    private static string AuthorityOf(string metadataAddress)
    {
        var wellKnown = metadataAddress.IndexOf("/.well-known/", System.StringComparison.OrdinalIgnoreCase);
        return wellKnown > 0 ? metadataAddress.Substring(0, wellKnown) : metadataAddress;
    }

    /// <summary>A constant, an interpolation of constants and configuration reads, or a configuration read resolved through appsettings.</summary>
    private string? ResolveText(IOperation value, System.Threading.CancellationToken cancellationToken)
    {
        if (value.ConstantValue.Value is string constant)
        {
            return constant;
        }

        var operation = Values.StripConversions(value);
        if (operation is IInterpolatedStringOperation interpolated)
        {
            var text = new StringBuilder();
            foreach (var part in interpolated.Parts)
            {
                var piece = part switch
                {
                    IInterpolatedStringTextOperation literal => literal.Text.ConstantValue.Value as string,
                    IInterpolationOperation { Alignment: null, FormatString: null } hole => ResolveText(hole.Expression, cancellationToken),
                    _ => null,
                };
                if (piece is null)
                {
                    return null;
                }

                text.Append(piece);
            }

            return text.ToString();
        }

        var material = KeyMaterial.Trace(operation, _types);
        if (material.Origin != KeyOrigin.Configuration || material.ConfigurationKey is not { } key)
        {
            return null;
        }

        // appsettings.json and an environment's override may differ: any production value that is multi-tenant counts
        string? found = null;
        foreach (var setting in Settings(cancellationToken).Find(key))
        {
            if (!string.IsNullOrWhiteSpace(setting.Value))
            {
                found ??= setting.Value;
                if (EntraAuthority.IsMultiTenant(setting.Value))
                {
                    return setting.Value;
                }
            }
        }

        return found;
    }

    /// <summary>The configuration section Identity.Web reads: <c>GetSection("AzureAd")</c>, or the configuration plus <c>configSectionName</c> (default AzureAd).</summary>
    private string? SectionOf(IInvocationOperation invocation)
    {
        string? section = null;
        string? sectionName = "AzureAd";
        foreach (var argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "configurationSection":
                    section = KeyMaterial.SectionPath(argument.Value, _types);
                    sectionName = null;
                    break;
                case "configuration":
                    section = KeyMaterial.SectionPath(argument.Value, _types);
                    break;
                case "configSectionName":
                    sectionName = argument.Value.ConstantValue.Value as string;
                    break;
            }
        }

        if (section is null && sectionName == "AzureAd" && BoundSection(invocation) is { } bound)
        {
            // AddMicrosoftIdentityWebApi(jwt => …, identity => configuration.Bind("AzureAd", identity))
            return bound;
        }

        return sectionName is null ? section : KeyMaterial.Join(section, sectionName);
    }

    /// <summary>The section a lambda argument binds its options from: <c>configuration.Bind("AzureAd", options)</c>.</summary>
    private string? BoundSection(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Values.StripConversions(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                continue;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "Bind" } bind && bind.Arguments.Length >= 2)
                {
                    var receiver = bind.Arguments[0].Value;
                    var name = bind.Arguments[1].Value.ConstantValue.Value as string;
                    if (name is not null && KeyMaterial.SectionPath(receiver, _types) is { } root)
                    {
                        return KeyMaterial.Join(root, name);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The JwtBearer options lambda given to AddMicrosoftIdentityWebApi sets <c>ValidateIssuer = false</c>.</summary>
    private bool SwitchesIssuerValidationOff(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Values.StripConversions(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                continue;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && SymbolEqualityComparer.Default.Equals(property.Property, _validateIssuer)
                    && Values.IsConstant(assignment.Value, expected: false)
                    && !EnvironmentGuards.IsGuarded(assignment, _types))
                {
                    return true;
                }
            }
        }

        return false;
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

    private AppSettings Settings(System.Threading.CancellationToken cancellationToken)
        => _settings ??= AppSettings.Read(_options.AdditionalFiles, cancellationToken);
}
