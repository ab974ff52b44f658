using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>
/// Every place the compilation configures JwtBearer/OpenIdConnect options. A missing issuer or audience found at one site
/// is held until the compilation ends and reported only when no other site may configure the same options.
/// </summary>
internal sealed class ConfigurationSites
{
    private readonly WellKnownTypes _types;
    private readonly List<ConfigurationSite> _sites = new();
    private readonly List<(ConfigurationSite Site, Diagnostic Diagnostic)> _deferred = new();

    public ConfigurationSites(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        if (_types.JwtBearerOptions is null && _types.OpenIdConnectOptions is null)
        {
            return;
        }

        InvocationHandler collect = (_, invocation) => Add(ConfigurationSite.OfInvocation(invocation, _types));
        foreach (var extensions in _types.AddSchemeExtensionTypes)
        {
            dispatch.OnInvocation(extensions, "AddJwtBearer", collect);
            dispatch.OnInvocation(extensions, "AddOpenIdConnect", collect);
        }

        foreach (var name in new[] { "Configure", "PostConfigure", "ConfigureAll", "PostConfigureAll" })
        {
            dispatch.OnInvocation(_types.OptionsServiceCollectionExtensions, name, collect);
        }

        dispatch.OnInvocation(_types.OptionsConfigurationServiceCollectionExtensions, "Configure", collect);
        dispatch.OnInvocation(_types.OptionsBuilder, "Configure", collect);
        dispatch.OnInvocation(_types.OptionsBuilder, "PostConfigure", collect);
        dispatch.OnInvocation(_types.OptionsBuilderConfigurationExtensions, "Bind", collect);
        dispatch.OnInvocation(_types.OptionsBuilderConfigurationExtensions, "BindConfiguration", collect);
        dispatch.OnInvocation(_types.IdentityWebApiExtensions, "AddMicrosoftIdentityWebApi", collect);
        dispatch.OnInvocation(_types.IdentityWebApiServiceExtensions, "AddMicrosoftIdentityWebApiAuthentication", collect);
        dispatch.OnInvocation(_types.IdentityWebAppExtensions, "AddMicrosoftIdentityWebApp", collect);
        dispatch.OnInvocation(_types.IdentityWebAppServiceExtensions, "AddMicrosoftIdentityWebAppAuthentication", collect);

        // IConfigureNamedOptions<T> extends IConfigureOptions<T>: both are seen through the base interface
        ImplementationHandler implementation = (compilation, type, implemented)
            => Add(implemented.TypeArguments.Length == 1 ? ConfigurationSite.OfType(type, implemented.TypeArguments[0], compilation, _types) : null);
        dispatch.OnImplementation(_types.IConfigureOptions, implementation);
        dispatch.OnImplementation(_types.IPostConfigureOptions, implementation);
        dispatch.OnCompilationEnd(ReportDeferred);
    }

    public void Defer(ConfigurationSite site, Diagnostic diagnostic)
    {
        lock (_deferred)
        {
            _deferred.Add((site, diagnostic));
        }
    }

    private void Add(ConfigurationSite? site)
    {
        if (site is not null)
        {
            lock (_sites)
            {
                _sites.Add(site);
            }
        }
    }

    private void ReportDeferred(Action<Diagnostic> report)
    {
        lock (_deferred)
        {
            lock (_sites)
            {
                foreach (var (site, diagnostic) in _deferred)
                {
                    if (!HasOtherSite(site))
                    {
                        report(diagnostic);
                    }
                }
            }
        }
    }

    private bool HasOtherSite(ConfigurationSite site)
    {
        foreach (var other in _sites)
        {
            if (site.MayConfigureSameOptionsAs(other))
            {
                return true;
            }
        }

        return false;
    }
}
