using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on <c>Authority</c>/<c>MetadataAddress</c> of JwtBearer or OpenIdConnect options (ASP.NET Core's, Katana's) and on
/// Katana's Azure AD bearer <c>Tenant</c>: a multi-tenant Entra ID authority whose parameters lack an issuer validator or
/// <c>EnableAadSigningKeyIssuerValidation()</c>, or switch issuer validation off.
/// </summary>
internal sealed class MultiTenantAuthorityRule
{
    /// <summary>The authority Katana's Azure AD bearer middleware builds from its <c>Tenant</c>.</summary>
    internal const string TenantAuthorityPrefix = "https://login.microsoftonline.com/";

    private readonly WellKnownTypes _types;
    private readonly LazyAppSettings _settings;
    private readonly AadValidationCheck _check;
    private readonly IPropertySymbol? _jwtBearerParameters;
    private readonly IPropertySymbol? _openIdConnectParameters;

    public MultiTenantAuthorityRule(WellKnownTypes types, LazyAppSettings settings)
    {
        _types = types;
        _settings = settings;
        _check = new AadValidationCheck(types);
        _jwtBearerParameters = WellKnownTypes.Property(types.JwtBearerOptions, "TokenValidationParameters");
        _openIdConnectParameters = WellKnownTypes.Property(types.OpenIdConnectOptions, "TokenValidationParameters");
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var owner in new[] { _types.JwtBearerOptions, _types.OpenIdConnectOptions, _types.Katana.OpenIdConnectAuthenticationOptions,
            _types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions })
        {
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "Authority"), Analyze);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "MetadataAddress"), Analyze);
        }

        dispatch.OnAssignment(WellKnownTypes.Property(_types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "Tenant"), AnalyzeTenant);
        new KatanaKeyProviderMultiTenantRule(_types, _check).Register(dispatch);
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
        if (EntraAuthority.IsMultiTenant(authority))
        {
            Judge(context, assignment, target, authority!);
        }
    }

    /// <summary>Katana's <c>Tenant = "common"</c>: the middleware reads that tenant's metadata from the public cloud.</summary>
    private void AnalyzeTenant(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        var production = EnvironmentGuards.ProductionValue(assignment.Value, _types);
        if (EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        var tenant = AuthorityText.Resolve(production, _types, _settings, context.CancellationToken)?.Trim();
        if (EntraAuthority.IsMultiTenantTenant(tenant))
        {
            Judge(context, assignment, target, TenantAuthorityPrefix + tenant);
        }
    }

    private void Judge(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, string authority)
    {
        if (!ObjectRef.TryResolve(target.Instance, _types, out var options) || options.Member is not null
            || ParametersPropertyOf(target.Property.ContainingType) is not { } parametersProperty)
        {
            return;
        }

        // what the options hold when their configuring block ends: a later `TokenValidationParameters = new …` replaces it all
        var parameters = ObjectConfiguration.Collect(assignment, new ObjectRef(options.Root, parametersProperty), _types, atEnd: true);
        var switchOff = _check.SwitchOff(parameters);
        var hasIssuerValidator = _check.HasIssuerValidator(parameters);
        var checksSigningKey = _check.ChecksSigningKey(parameters);
        if (parameters.Escapes || (switchOff is null && hasIssuerValidator && checksSigningKey))
        {
            return;
        }

        var related = switchOff is { } off ? ImmutableArray.Create(off.Assignment.Syntax.GetLocation()) : ImmutableArray<Location>.Empty;
        var fix = MultiTenantFixProperties.For(assignment, target, authority, hasIssuerValidator, checksSigningKey, _types);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5002, assignment.Syntax.GetLocation(), related, fix, target.Property.Name));
    }

    /// <summary>The options type's own <c>TokenValidationParameters</c>; an application's subclass overriding the address declares none.</summary>
    private IPropertySymbol? ParametersPropertyOf(INamedTypeSymbol optionsType)
        => SymbolEqualityComparer.Default.Equals(optionsType, _types.JwtBearerOptions) ? _jwtBearerParameters
            : SymbolEqualityComparer.Default.Equals(optionsType, _types.OpenIdConnectOptions) ? _openIdConnectParameters
            : WellKnownTypes.Property(optionsType, "TokenValidationParameters");
}
