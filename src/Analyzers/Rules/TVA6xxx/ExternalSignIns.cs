using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;
using TokenValidationAnalyzers.Rules.TVA5xxx;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// Whether the project signs in users of other tenants or identity providers: a multi-tenant Entra authority (as TVA5002
/// reads it, appsettings included), an external provider (<c>AddGoogle</c>, <c>AddFacebook</c>, <c>AddMicrosoftAccount</c>,
/// <c>AddTwitter</c>), or OpenID Connect with a constant authority outside Entra ID. Each registration is judged when its
/// handler runs, until one accepts other tenants; no operation is kept: holding every authority assignment until the
/// compilation ends would keep their operation trees alive.
/// </summary>
internal sealed class ExternalSignIns
{
    private static readonly string[] ProviderRegistrations = { "AddGoogle", "AddFacebook", "AddMicrosoftAccount", "AddTwitter" };

    private readonly WellKnownTypes _types;
    private readonly LazyAppSettings _settings;
    private readonly MultiTenantIdentityWebRule _identityWeb;
    private volatile bool _acceptsOtherTenants;

    public ExternalSignIns(WellKnownTypes types, LazyAppSettings settings)
    {
        _types = types;
        _settings = settings;
        _identityWeb = new MultiTenantIdentityWebRule(types, settings);
    }

    public void Register(OperationDispatch dispatch)
    {
        AssignmentHandler authority = (context, assignment, _) => Judge(assignment, context.CancellationToken);
        foreach (var owner in new[] { _types.JwtBearerOptions, _types.OpenIdConnectOptions, _types.Katana.OpenIdConnectAuthenticationOptions })
        {
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "Authority"), authority);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "MetadataAddress"), authority);
        }

        dispatch.OnAssignment(WellKnownTypes.Property(_types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "Tenant"), authority);
        InvocationHandler identityWeb = (context, invocation) => Judge(invocation, context.CancellationToken);
        dispatch.OnInvocation(_types.IdentityWebAppExtensions, "AddMicrosoftIdentityWebApp", identityWeb);
        dispatch.OnInvocation(_types.IdentityWebApiExtensions, "AddMicrosoftIdentityWebApi", identityWeb);
        dispatch.OnInvocation(_types.IdentityWebAppServiceExtensions, "AddMicrosoftIdentityWebAppAuthentication", identityWeb);
        dispatch.OnInvocation(_types.IdentityWebApiServiceExtensions, "AddMicrosoftIdentityWebApiAuthentication", identityWeb);
        foreach (var extensions in _types.Accounts.ProviderExtensions)
        {
            foreach (var name in ProviderRegistrations)
            {
                dispatch.OnInvocation(extensions, name, AnalyzeProvider);
            }
        }
    }

    /// <summary>Asked when the compilation ends, after every handler has run.</summary>
    public bool AcceptsOtherTenantsOrProviders => _acceptsOtherTenants;

    private void AnalyzeProvider(RuleContext context, IInvocationOperation invocation)
    {
        if (!EnvironmentGuards.ProductionSkips(invocation, _types))
        {
            _acceptsOtherTenants = true;
        }
    }

    private void Judge(IOperation registration, CancellationToken cancellationToken)
    {
        if (_acceptsOtherTenants || EnvironmentGuards.ProductionSkips(registration, _types))
        {
            return;
        }

        var accepts = registration switch
        {
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment => AcceptsOtherTenants(assignment, target, cancellationToken),
            IInvocationOperation invocation => _identityWeb.ReadsMultiTenantEntraSection(invocation, cancellationToken),
            _ => false,
        };
        if (accepts)
        {
            _acceptsOtherTenants = true;
        }
    }

    private bool AcceptsOtherTenants(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, CancellationToken cancellationToken)
    {
        var value = EnvironmentGuards.ProductionValue(assignment.Value, _types);
        var text = AuthorityText.Resolve(value, _types, _settings, cancellationToken)?.Trim();
        if (target.Property.Name == "Tenant")
        {
            return EntraAuthority.IsMultiTenantTenant(text);
        }

        if (EntraAuthority.IsMultiTenant(text))
        {
            return true;
        }

        // another provider signs users in through OpenID Connect; a bearer API's authority is the application's own issuer
        var openIdConnect = WellKnownTypes.DerivesFrom(target.Property.ContainingType, _types.OpenIdConnectOptions)
            || WellKnownTypes.DerivesFrom(target.Property.ContainingType, _types.Katana.OpenIdConnectAuthenticationOptions);
        return openIdConnect && Values.StripConversions(value).ConstantValue.Value is string constant && IsOtherProvider(constant);
    }

    private static bool IsOtherProvider(string authority)
        => Uri.TryCreate(authority.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !uri.IsLoopback
            && !EntraAuthority.IsEntra(authority);
}
