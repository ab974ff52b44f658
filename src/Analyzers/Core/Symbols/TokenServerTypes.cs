using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>
/// Token servers that issue and sign tokens: Duende IdentityServer and IdentityServer4 (both declare their builder
/// extensions under the same metadata names, in their own assemblies) and OpenIddict's server, validation and client builders.
/// </summary>
internal sealed class TokenServerTypes
{
    public TokenServerTypes(TypeResolver types)
    {
        IdentityServerCryptoExtensions = types.Get("Microsoft.Extensions.DependencyInjection.IdentityServerBuilderExtensionsCrypto");
        OpenIddictServerBuilder = types.Get("Microsoft.Extensions.DependencyInjection.OpenIddictServerBuilder");
        OpenIddictServerAspNetCoreBuilder = types.Get("Microsoft.Extensions.DependencyInjection.OpenIddictServerAspNetCoreBuilder");
        OpenIddictValidationAspNetCoreBuilder = types.Get("Microsoft.Extensions.DependencyInjection.OpenIddictValidationAspNetCoreBuilder");
        OpenIddictClientBuilder = types.Get("Microsoft.Extensions.DependencyInjection.OpenIddictClientBuilder");
        OpenIddictClientAspNetCoreBuilder = types.Get("Microsoft.Extensions.DependencyInjection.OpenIddictClientAspNetCoreBuilder");
    }

    /// <summary>Declares <c>AddDeveloperSigningCredential</c> (Duende IdentityServer, IdentityServer4).</summary>
    public INamedTypeSymbol? IdentityServerCryptoExtensions { get; }

    /// <summary>Declares <c>AddDevelopmentSigningCertificate</c>, <c>AddEphemeralSigningKey</c> and their encryption twins.</summary>
    public INamedTypeSymbol? OpenIddictServerBuilder { get; }

    public INamedTypeSymbol? OpenIddictServerAspNetCoreBuilder { get; }

    /// <summary>Has no <c>DisableTransportSecurityRequirement</c> in OpenIddict 7.x; bound in case a version declares it.</summary>
    public INamedTypeSymbol? OpenIddictValidationAspNetCoreBuilder { get; }

    /// <summary>Declares the same development and ephemeral keys as the server builder, for the client's own tokens.</summary>
    public INamedTypeSymbol? OpenIddictClientBuilder { get; }

    public INamedTypeSymbol? OpenIddictClientAspNetCoreBuilder { get; }
}
