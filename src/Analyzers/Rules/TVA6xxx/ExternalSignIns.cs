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
/// <c>AddTwitter</c>), or OpenID Connect with a constant authority outside Entra ID. Handlers only record the candidates;
/// they are judged once, when the compilation ends and a mutable claim was found matching an account.
/// </summary>
internal sealed class ExternalSignIns
{
    private static readonly string[] ProviderRegistrations = { "AddGoogle", "AddFacebook", "AddMicrosoftAccount", "AddTwitter" };

    private readonly WellKnownTypes _types;
    private readonly LazyAppSettings _settings;
    private readonly List<IOperation> _candidates = new();
    private bool _externalProvider;

    public ExternalSignIns(WellKnownTypes types, LazyAppSettings settings)
    {
        _types = types;
        _settings = settings;
    }

    public void Register(OperationDispatch dispatch)
    {
        AssignmentHandler authority = (_, assignment, _) => Record(assignment);
        foreach (var owner in new[] { _types.JwtBearerOptions, _types.OpenIdConnectOptions, _types.Katana.OpenIdConnectAuthenticationOptions })
        {
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "Authority"), authority);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "MetadataAddress"), authority);
        }

        dispatch.OnAssignment(WellKnownTypes.Property(_types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "Tenant"), authority);
        InvocationHandler identityWeb = (_, invocation) => Record(invocation);
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

    /// <summary>Judged when first asked, after every handler has run: the compilation-end action asks.</summary>
    public bool AcceptsOtherTenants(CancellationToken cancellationToken)
    {
        lock (_candidates)
        {
            if (_externalProvider)
            {
                return true;
            }

            var identityWeb = new MultiTenantIdentityWebRule(_types, _settings);
            foreach (var candidate in _candidates)
            {
                var accepts = candidate switch
                {
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment => AcceptsOtherTenants(assignment, target, cancellationToken),
                    IInvocationOperation invocation => identityWeb.ReadsMultiTenantEntraSection(invocation, cancellationToken),
                    _ => false,
                };
                if (accepts)
                {
                    _externalProvider = true;
                    return true;
                }
            }

            _candidates.Clear();
            return false;
        }
    }

    private void AnalyzeProvider(RuleContext context, IInvocationOperation invocation)
    {
        if (!EnvironmentGuards.ProductionSkips(invocation, _types))
        {
            lock (_candidates)
            {
                _externalProvider = true;
            }
        }
    }

    private void Record(IOperation candidate)
    {
        if (!EnvironmentGuards.ProductionSkips(candidate, _types))
        {
            lock (_candidates)
            {
                _candidates.Add(candidate);
            }
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
