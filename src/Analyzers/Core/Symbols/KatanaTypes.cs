using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>
/// .NET Framework OWIN middleware (Katana 3.x–4.x): its authentication options, key providers and encoders. Bound by
/// metadata name: Katana 3.x and 4.x declare them alike.
/// </summary>
internal sealed class KatanaTypes
{
    public KatanaTypes(TypeResolver types)
    {
        JwtBearerAuthenticationOptions = types.Get("Microsoft.Owin.Security.Jwt.JwtBearerAuthenticationOptions");
        OpenIdConnectAuthenticationOptions = types.Get("Microsoft.Owin.Security.OpenIdConnect.OpenIdConnectAuthenticationOptions");
        WindowsAzureActiveDirectoryBearerAuthenticationOptions
            = types.Get("Microsoft.Owin.Security.ActiveDirectory.WindowsAzureActiveDirectoryBearerAuthenticationOptions");
        OAuthBearerAuthenticationOptions = types.Get("Microsoft.Owin.Security.OAuth.OAuthBearerAuthenticationOptions");
        JwtFormat = types.Get("Microsoft.Owin.Security.Jwt.JwtFormat");
        IIssuerSecurityKeyProvider = types.Get("Microsoft.Owin.Security.Jwt.IIssuerSecurityKeyProvider");
        SymmetricKeyIssuerSecurityKeyProvider = types.Get("Microsoft.Owin.Security.Jwt.SymmetricKeyIssuerSecurityKeyProvider");
        ICertificateValidator = types.Get("Microsoft.Owin.Security.ICertificateValidator");
        TextEncodings = types.Get("Microsoft.Owin.Security.DataHandler.Encoder.TextEncodings");
        ITextEncoder = types.Get("Microsoft.Owin.Security.DataHandler.Encoder.ITextEncoder");
        foreach (var registration in new[]
        {
            types.Get("Owin.JwtBearerAuthenticationExtensions"),
            types.Get("Owin.OpenIdConnectAuthenticationExtensions"),
            types.Get("Owin.WindowsAzureActiveDirectoryBearerAuthenticationExtensions"),
            types.Get("Owin.OAuthBearerAuthenticationExtensions"),
        })
        {
            if (registration is not null)
            {
                _registrations.Add(registration);
            }
        }
    }

    private readonly HashSet<INamedTypeSymbol> _registrations = new(SymbolEqualityComparer.Default);

    /// <summary><c>app.UseJwtBearerAuthentication(options)</c> and its kin: they read the options and add nothing to them.</summary>
    public bool IsAuthenticationRegistration(IMethodSymbol? method)
        => method is not null && _registrations.Count > 0 && _registrations.Contains(method.ContainingType.OriginalDefinition);

    public bool IsReferenced => JwtBearerAuthenticationOptions is not null || OpenIdConnectAuthenticationOptions is not null
        || WindowsAzureActiveDirectoryBearerAuthenticationOptions is not null;

    public INamedTypeSymbol? JwtBearerAuthenticationOptions { get; }
    public INamedTypeSymbol? OpenIdConnectAuthenticationOptions { get; }
    public INamedTypeSymbol? WindowsAzureActiveDirectoryBearerAuthenticationOptions { get; }

    /// <summary>Declares <c>AccessTokenFormat</c>, which a <see cref="JwtFormat"/> given issuers and keys fills.</summary>
    public INamedTypeSymbol? OAuthBearerAuthenticationOptions { get; }
    public INamedTypeSymbol? JwtFormat { get; }

    /// <summary>Names an issuer and its signing keys; the Azure samples' <c>OpenIdConnectCachingSecurityTokenProvider</c> implements it.</summary>
    public INamedTypeSymbol? IIssuerSecurityKeyProvider { get; }
    public INamedTypeSymbol? SymmetricKeyIssuerSecurityKeyProvider { get; }

    /// <summary>The contract of <c>BackchannelCertificateValidator</c>: its <c>Validate</c> decides whether a metadata endpoint's TLS certificate is trusted.</summary>
    public INamedTypeSymbol? ICertificateValidator { get; }

    /// <summary><c>TextEncodings.Base64Url</c>/<c>Base64</c>: their <c>Decode</c> is a pure transform of key text.</summary>
    public INamedTypeSymbol? TextEncodings { get; }
    public INamedTypeSymbol? ITextEncoder { get; }

    /// <summary>The three Katana option types that validate tokens, those this compilation references.</summary>
    public INamedTypeSymbol?[] ValidatingOptions => new[] { JwtBearerAuthenticationOptions, OpenIdConnectAuthenticationOptions, WindowsAzureActiveDirectoryBearerAuthenticationOptions };
}
