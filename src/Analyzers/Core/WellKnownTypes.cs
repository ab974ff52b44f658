using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The symbols every rule family binds to, resolved once per compilation. When the compilation does not
/// reference <c>TokenValidationParameters</c> nothing is created and no rule registers anything.
/// </summary>
internal sealed class WellKnownTypes
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<WellKnownTypes?>> Cache = new();

    private WellKnownTypes(Compilation compilation, INamedTypeSymbol tokenValidationParameters)
    {
        TokenValidationParameters = tokenValidationParameters;
        JwtBearerOptions = Get(compilation, "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions");
        OpenIdConnectOptions = Get(compilation, "Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions");
        IConfiguration = Get(compilation, "Microsoft.Extensions.Configuration.IConfiguration");
        SystemEnvironment = Get(compilation, "System.Environment");
        ConfigurationBinder = Get(compilation, "Microsoft.Extensions.Configuration.ConfigurationBinder");
        Encoding = Get(compilation, "System.Text.Encoding");
        Convert = Get(compilation, "System.Convert");
        RandomNumberGenerator = Get(compilation, "System.Security.Cryptography.RandomNumberGenerator");
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

        LoggingTypes = Set(
            Get(compilation, "Microsoft.Extensions.Logging.ILogger"),
            Get(compilation, "Microsoft.Extensions.Logging.LoggerExtensions"),
            Get(compilation, "System.Console"),
            Get(compilation, "System.Diagnostics.Debug"),
            Get(compilation, "System.Diagnostics.Trace"));
        ILogger = Get(compilation, "Microsoft.Extensions.Logging.ILogger");
        SecurityToken = Get(compilation, "Microsoft.IdentityModel.Tokens.SecurityToken");
        JwtSecurityToken = Get(compilation, "System.IdentityModel.Tokens.Jwt.JwtSecurityToken");
        JsonWebToken = Get(compilation, "Microsoft.IdentityModel.JsonWebTokens.JsonWebToken");
        TokenHandlerTypes = Set(
            Get(compilation, "Microsoft.IdentityModel.Tokens.TokenHandler"),
            Get(compilation, "Microsoft.IdentityModel.Tokens.SecurityTokenHandler"),
            Get(compilation, "Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler"),
            Get(compilation, "System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler"));
        ClaimsIdentity = Get(compilation, "System.Security.Claims.ClaimsIdentity");
        ClaimsPrincipal = Get(compilation, "System.Security.Claims.ClaimsPrincipal");
        HttpContext = Get(compilation, "Microsoft.AspNetCore.Http.HttpContext");
        AuthenticationFailedContexts = Set(
            Get(compilation, "Microsoft.AspNetCore.Authentication.JwtBearer.AuthenticationFailedContext"),
            Get(compilation, "Microsoft.AspNetCore.Authentication.OpenIdConnect.AuthenticationFailedContext"));
        MessageReceivedContexts = Set(
            Get(compilation, "Microsoft.AspNetCore.Authentication.JwtBearer.MessageReceivedContext"),
            Get(compilation, "Microsoft.AspNetCore.Authentication.OpenIdConnect.MessageReceivedContext"));
        SecurityKey = Get(compilation, "Microsoft.IdentityModel.Tokens.SecurityKey");
        AadIssuerValidator = Get(compilation, "Microsoft.IdentityModel.Validators.AadIssuerValidator");
        AadSigningKeyExtension = Get(compilation, "Microsoft.IdentityModel.Validators.AadTokenValidationParametersExtension");
        AppContext = Get(compilation, "System.AppContext");
        HttpClientHandler = Get(compilation, "System.Net.Http.HttpClientHandler");
        IdentityWebAppExtensions = Get(compilation, "Microsoft.Identity.Web.MicrosoftIdentityWebAppAuthenticationBuilderExtensions");
        IdentityWebApiExtensions = Get(compilation, "Microsoft.Identity.Web.MicrosoftIdentityWebApiAuthenticationBuilderExtensions");
        IdentityWebAppServiceExtensions = Get(compilation, "Microsoft.Identity.Web.MicrosoftIdentityWebAppServiceCollectionExtensions");
        SecurityTokenDescriptor = Get(compilation, "Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor");
        SigningCredentials = Get(compilation, "Microsoft.IdentityModel.Tokens.SigningCredentials");
        SymmetricSecurityKey = Get(compilation, "Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
        JsonWebKey = Get(compilation, "Microsoft.IdentityModel.Tokens.JsonWebKey");
        X509Certificate2 = Get(compilation, "System.Security.Cryptography.X509Certificates.X509Certificate2");
        X509CertificateLoader = Get(compilation, "System.Security.Cryptography.X509Certificates.X509CertificateLoader");
        AsymmetricAlgorithm = Get(compilation, "System.Security.Cryptography.AsymmetricAlgorithm");
        AsymmetricAlgorithmTypes = Set(
            Get(compilation, "System.Security.Cryptography.RSA"),
            Get(compilation, "System.Security.Cryptography.DSA"),
            Get(compilation, "System.Security.Cryptography.ECAlgorithm"),
            Get(compilation, "System.Security.Cryptography.ECDsa"),
            Get(compilation, "System.Security.Cryptography.ECDiffieHellman"));
        KeySourceTypes = Set(
            Get(compilation, "System.Net.Http.HttpClient"),
            Get(compilation, "System.Net.Http.HttpRequestMessage"),
            Get(compilation, "System.Net.WebClient"),
            Get(compilation, "System.Uri"),
            Get(compilation, "System.Security.Cryptography.X509Certificates.X509Certificate2"),
            Get(compilation, "System.Security.Cryptography.X509Certificates.X509CertificateLoader"),
            Get(compilation, "Microsoft.IdentityModel.Tokens.JsonWebKey"),
            Get(compilation, "Microsoft.IdentityModel.Tokens.JsonWebKeySet"),
            Get(compilation, "Microsoft.IdentityModel.Tokens.JsonWebKeyConverter"),
            Get(compilation, "Microsoft.IdentityModel.Protocols.ConfigurationManager`1"),
            Get(compilation, "Microsoft.IdentityModel.Protocols.HttpDocumentRetriever"),
            Get(compilation, "Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfigurationRetriever"));
    }

    public INamedTypeSymbol? SecurityKey { get; }
    public INamedTypeSymbol? SecurityTokenDescriptor { get; }
    public INamedTypeSymbol? AadIssuerValidator { get; }

    /// <summary>Declares <c>EnableAadSigningKeyIssuerValidation()</c> (Microsoft.IdentityModel.Validators 6.32+).</summary>
    public INamedTypeSymbol? AadSigningKeyExtension { get; }
    public INamedTypeSymbol? AppContext { get; }
    public INamedTypeSymbol? HttpClientHandler { get; }
    public INamedTypeSymbol? IdentityWebAppExtensions { get; }
    public INamedTypeSymbol? IdentityWebApiExtensions { get; }
    public INamedTypeSymbol? IdentityWebAppServiceExtensions { get; }
    public INamedTypeSymbol? SigningCredentials { get; }
    public INamedTypeSymbol? SymmetricSecurityKey { get; }
    public INamedTypeSymbol? JsonWebKey { get; }
    public INamedTypeSymbol? X509Certificate2 { get; }
    public INamedTypeSymbol? X509CertificateLoader { get; }
    public INamedTypeSymbol? AsymmetricAlgorithm { get; }

    /// <summary>RSA, DSA, ECDsa, ECDiffieHellman and their EC base: they declare or override the key import methods.</summary>
    public HashSet<INamedTypeSymbol> AsymmetricAlgorithmTypes { get; }

    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types whose construction or calls fetch or build key material: HTTP, URIs, certificates, JWKs, metadata retrieval.</summary>
    public HashSet<INamedTypeSymbol> KeySourceTypes { get; }

    /// <summary>A call or construction that fetches or builds keys: on a <see cref="KeySourceTypes"/> type or a <c>SecurityKey</c>.</summary>
    public bool IsKeySource(INamedTypeSymbol? type)
        => type is not null && (KeySourceTypes.Contains(type.OriginalDefinition) || DerivesFrom(type, SecurityKey));

    public bool IsSecurityToken(ITypeSymbol? type) => DerivesFrom(type, SecurityToken);

    /// <summary>Types whose calls only log (ILogger, LoggerExtensions, Console, Debug, Trace): they never reject a token.</summary>
    public HashSet<INamedTypeSymbol> LoggingTypes { get; }

    public INamedTypeSymbol? ILogger { get; }
    public INamedTypeSymbol? SecurityToken { get; }
    public INamedTypeSymbol? JwtSecurityToken { get; }
    public INamedTypeSymbol? JsonWebToken { get; }

    /// <summary>IdentityModel's token handlers: <c>TokenHandler</c>, <c>SecurityTokenHandler</c>, <c>JsonWebTokenHandler</c>, <c>JwtSecurityTokenHandler</c>.</summary>
    public HashSet<INamedTypeSymbol> TokenHandlerTypes { get; }

    public INamedTypeSymbol? ClaimsIdentity { get; }
    public INamedTypeSymbol? ClaimsPrincipal { get; }
    public INamedTypeSymbol? HttpContext { get; }
    public HashSet<INamedTypeSymbol> AuthenticationFailedContexts { get; }
    public HashSet<INamedTypeSymbol> MessageReceivedContexts { get; }

    /// <summary>True for a method declared on (or overriding one of) IdentityModel's token handlers.</summary>
    public bool IsTokenHandlerMethod(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (TokenHandlerTypes.Contains(type.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A call that only logs: a method of a logging type, or any method called on an <c>ILogger</c>.</summary>
    public bool IsLoggingCall(IMethodSymbol method, IOperation? receiver)
        => LoggingTypes.Contains(method.ContainingType.OriginalDefinition) || Implements(receiver?.Type, ILogger);

    public INamedTypeSymbol TokenValidationParameters { get; }
    public INamedTypeSymbol? JwtBearerOptions { get; }
    public INamedTypeSymbol? OpenIdConnectOptions { get; }
    public INamedTypeSymbol? IConfiguration { get; }
    public INamedTypeSymbol? SystemEnvironment { get; }
    public INamedTypeSymbol? ConfigurationBinder { get; }
    public INamedTypeSymbol? Encoding { get; }
    public INamedTypeSymbol? Convert { get; }
    public INamedTypeSymbol? RandomNumberGenerator { get; }

    /// <summary><c>AddJwtBearer</c>/<c>AddOpenIdConnect</c>: their options lambda is where a scheme's authority is configured.</summary>
    public HashSet<INamedTypeSymbol> AddSchemeExtensionTypes { get; }

    public bool IsAddSchemeCall(IMethodSymbol? method) => method is not null && AddSchemeExtensionTypes.Contains(method.ContainingType);

    /// <summary>Static classes whose <c>IsDevelopment</c>/<c>IsProduction</c>/… extensions test the host environment.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentExtensionTypes { get; }

    /// <summary>Host environment interfaces; reading their <c>EnvironmentName</c> is an environment test too.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentTypes { get; }

    /// <summary>The compilation's symbols, shared by every rule family; null when IdentityModel is not referenced.</summary>
    public static WellKnownTypes? TryCreate(Compilation compilation)
    {
        // every rule family asks; the answer (also "not referenced") is computed once per compilation
        return Cache.GetValue(compilation, static c =>
        {
            var tokenValidationParameters = Get(c, "Microsoft.IdentityModel.Tokens.TokenValidationParameters");
            return new StrongBox<WellKnownTypes?>(tokenValidationParameters is null ? null : new WellKnownTypes(c, tokenValidationParameters));
        }).Value;
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

    public bool IsTokenValidationParameters(ITypeSymbol? type) => DerivesFrom(type, TokenValidationParameters);

    public bool IsConfiguration(ITypeSymbol? type) => Implements(type, IConfiguration);

    /// <summary>The type is <paramref name="contract"/> or implements it.</summary>
    public static bool Implements(ITypeSymbol? type, INamedTypeSymbol? contract)
    {
        if (type is null || contract is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, contract))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, contract))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAuthenticationOptions(ITypeSymbol? type)
        => DerivesFrom(type, JwtBearerOptions) || DerivesFrom(type, OpenIdConnectOptions);

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
