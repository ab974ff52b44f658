using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The symbols every rule family binds to, resolved once per compilation. When the compilation does not
/// reference <c>TokenValidationParameters</c> nothing is created and no rule registers anything.
/// </summary>
internal sealed class WellKnownTypes
{
    private WellKnownTypes(Compilation compilation, INamedTypeSymbol tokenValidationParameters)
    {
        TokenValidationParameters = tokenValidationParameters;
        JwtBearerOptions = Get(compilation, "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions");
        OpenIdConnectOptions = Get(compilation, "Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions");
        IConfiguration = Get(compilation, "Microsoft.Extensions.Configuration.IConfiguration");
        SystemEnvironment = Get(compilation, "System.Environment");
        AddSchemeExtensionTypes = Set(
            Get(compilation, "Microsoft.Extensions.DependencyInjection.JwtBearerExtensions"),
            Get(compilation, "Microsoft.Extensions.DependencyInjection.OpenIdConnectExtensions"));

        EnvironmentExtensionTypes = Set(
            Get(compilation, "Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions"),
            Get(compilation, "Microsoft.Extensions.Hosting.HostingEnvironmentExtensions"),
            Get(compilation, "Microsoft.AspNetCore.Hosting.HostingEnvironmentExtensions"));
        EnvironmentTypes = Set(
            Get(compilation, "Microsoft.Extensions.Hosting.IHostEnvironment"),
            Get(compilation, "Microsoft.Extensions.Hosting.IHostingEnvironment"),
            Get(compilation, "Microsoft.AspNetCore.Hosting.IWebHostEnvironment"),
            Get(compilation, "Microsoft.AspNetCore.Hosting.IHostingEnvironment"));
    }

    public INamedTypeSymbol TokenValidationParameters { get; }
    public INamedTypeSymbol? JwtBearerOptions { get; }
    public INamedTypeSymbol? OpenIdConnectOptions { get; }
    public INamedTypeSymbol? IConfiguration { get; }
    public INamedTypeSymbol? SystemEnvironment { get; }

    /// <summary><c>AddJwtBearer</c>/<c>AddOpenIdConnect</c>: their options lambda is where a scheme's authority is configured.</summary>
    public HashSet<INamedTypeSymbol> AddSchemeExtensionTypes { get; }

    public bool IsAddSchemeCall(IMethodSymbol? method) => method is not null && AddSchemeExtensionTypes.Contains(method.ContainingType);

    /// <summary>Static classes whose <c>IsDevelopment</c>/<c>IsProduction</c>/… extensions test the host environment.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentExtensionTypes { get; }

    /// <summary>Host environment interfaces; reading their <c>EnvironmentName</c> is an environment test too.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentTypes { get; }

    public static WellKnownTypes? TryCreate(Compilation compilation)
    {
        var tokenValidationParameters = Get(compilation, "Microsoft.IdentityModel.Tokens.TokenValidationParameters");
        return tokenValidationParameters is null ? null : new WellKnownTypes(compilation, tokenValidationParameters);
    }

    /// <summary>A property declared on <c>TokenValidationParameters</c>, or null when this IdentityModel version lacks it.</summary>
    public IPropertySymbol? TokenValidationParametersProperty(string name) => Property(TokenValidationParameters, name);

    public static IPropertySymbol? Property(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }

    public bool IsTokenValidationParameters(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, TokenValidationParameters))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsConfiguration(ITypeSymbol? type)
    {
        if (type is null || IConfiguration is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, IConfiguration))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, IConfiguration))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAuthenticationOptions(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, JwtBearerOptions)
                || SymbolEqualityComparer.Default.Equals(current, OpenIdConnectOptions))
            {
                return true;
            }
        }

        return false;
    }

#pragma warning disable RS0030 // the one place allowed to look types up by name
    private static INamedTypeSymbol? Get(Compilation compilation, string metadataName) => compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030

    private static HashSet<INamedTypeSymbol> Set(params INamedTypeSymbol?[] types)
    {
        var set = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var type in types)
        {
            if (type is not null)
            {
                set.Add(type);
            }
        }

        return set;
    }
}
