using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on <c>Authority</c>/<c>MetadataAddress</c> of JwtBearer or OpenIdConnect options: a multi-tenant Entra ID
/// authority whose parameters lack an issuer validator or <c>EnableAadSigningKeyIssuerValidation()</c>, or switch
/// issuer validation off.
/// </summary>
internal sealed class MultiTenantAuthorityRule
{
    private readonly WellKnownTypes _types;
    private readonly LazyAppSettings _settings;
    private readonly IPropertySymbol? _validateIssuer;
    private readonly IPropertySymbol? _issuerValidator;
    private readonly IPropertySymbol? _issuerValidatorUsingConfiguration;
    private readonly IPropertySymbol? _jwtBearerParameters;
    private readonly IPropertySymbol? _openIdConnectParameters;

    public MultiTenantAuthorityRule(WellKnownTypes types, LazyAppSettings settings)
    {
        _types = types;
        _settings = settings;
        _validateIssuer = types.TokenValidationParametersProperty("ValidateIssuer");
        _issuerValidator = types.TokenValidationParametersProperty("IssuerValidator");
        _issuerValidatorUsingConfiguration = types.TokenValidationParametersProperty("IssuerValidatorUsingConfiguration");
        _jwtBearerParameters = WellKnownTypes.Property(types.JwtBearerOptions, "TokenValidationParameters");
        _openIdConnectParameters = WellKnownTypes.Property(types.OpenIdConnectOptions, "TokenValidationParameters");
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var owner in new[] { _types.JwtBearerOptions, _types.OpenIdConnectOptions })
        {
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "Authority"), Analyze);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "MetadataAddress"), Analyze);
        }
    }

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        // an http:// address is TVA5004's finding alone
        var production = EnvironmentGuards.ProductionValue(assignment.Value, _types);
        if (AuthorityOverHttpRule.IsPlainHttpRemote(production) || EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        var authority = AuthorityText.Resolve(production, _types, _settings, context.CancellationToken);
        if (!EntraAuthority.IsMultiTenant(authority)
            || !ObjectRef.TryResolve(target.Instance, _types, out var options) || options.Member is not null
            || ParametersPropertyOf(target.Property.ContainingType) is not { } parametersProperty)
        {
            return;
        }

        // what the options hold when their configuring block ends: a later `TokenValidationParameters = new …` replaces it all
        var parameters = ObjectConfiguration.Collect(assignment, new ObjectRef(options.Root, parametersProperty), _types, atEnd: true);
        var switchedOff = parameters.LastAssignment(_validateIssuer) is { } validate && ProductionCondition.Decide(validate.Value, _types) == false
            && !EnvironmentGuards.ProductionSkips(validate.Assignment, _types);
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

    /// <summary>The options type's own <c>TokenValidationParameters</c>; an application's subclass overriding the address declares none.</summary>
    private IPropertySymbol? ParametersPropertyOf(INamedTypeSymbol optionsType)
        => SymbolEqualityComparer.Default.Equals(optionsType, _types.JwtBearerOptions) ? _jwtBearerParameters
            : SymbolEqualityComparer.Default.Equals(optionsType, _types.OpenIdConnectOptions) ? _openIdConnectParameters
            : WellKnownTypes.Property(optionsType, "TokenValidationParameters");

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
}
