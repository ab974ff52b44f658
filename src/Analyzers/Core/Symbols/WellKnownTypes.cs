using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>
/// The symbols the rules bind to, resolved once per compilation. When the compilation references none of the token
/// libraries the rules know (IdentityModel, Katana 3.x–4.x, JWT.Net, jose-jwt) nothing is created and no rule registers anything.
/// </summary>
internal sealed partial class WellKnownTypes
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<WellKnownTypes?>> Cache = new();

    private WellKnownTypes(TypeResolver types)
    {
        TokenValidationParameters = types.Get("Microsoft.IdentityModel.Tokens.TokenValidationParameters");
        Katana = new KatanaTypes(types);
        JwtNet = new JwtNetTypes(types);
        JoseJwt = new JoseJwtTypes(types);
        AppConfig = new AppConfigTypes(types);
        TokenServers = new TokenServerTypes(types);
        Accounts = new AccountTypes(types);
        JwtBearerOptions = types.Get("Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions");
        OpenIdConnectOptions = types.Get("Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions");
        RemoteAuthenticationOptions = types.Get("Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions");
        IConfiguration = types.Get("Microsoft.Extensions.Configuration.IConfiguration");
        IConfigurationSection = types.Get("Microsoft.Extensions.Configuration.IConfigurationSection");
        SystemEnvironment = types.Get("System.Environment");
        ConfigurationBinder = types.Get("Microsoft.Extensions.Configuration.ConfigurationBinder");
        Encoding = types.Get("System.Text.Encoding");
        Convert = types.Get("System.Convert");
        RandomNumberGenerator = types.Get("System.Security.Cryptography.RandomNumberGenerator");
        Guid = types.Get("System.Guid");
        Base64UrlEncoder = types.Get("Microsoft.IdentityModel.Tokens.Base64UrlEncoder");
        WebEncoders = types.Get("Microsoft.AspNetCore.WebUtilities.WebEncoders");
        ConfigurationKeyNameAttribute = types.Get("Microsoft.Extensions.Configuration.ConfigurationKeyNameAttribute");
        GeneratedCodeAttribute = types.Get("System.CodeDom.Compiler.GeneratedCodeAttribute");
        OptionsAccessors = Set(
            types.Get("Microsoft.Extensions.Options.IOptions`1"),
            types.Get("Microsoft.Extensions.Options.IOptionsSnapshot`1"),
            types.Get("Microsoft.Extensions.Options.IOptionsMonitor`1"));
        AddSchemeExtensionTypes = Set(
            types.Get("Microsoft.Extensions.DependencyInjection.JwtBearerExtensions"),
            types.Get("Microsoft.Extensions.DependencyInjection.OpenIdConnectExtensions"));

        OptionsServiceCollectionExtensions = types.Get("Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions");
        OptionsConfigurationServiceCollectionExtensions = types.Get("Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions");
        OptionsBuilder = types.Get("Microsoft.Extensions.Options.OptionsBuilder`1");
        OptionsBuilderConfigurationExtensions = types.Get("Microsoft.Extensions.DependencyInjection.OptionsBuilderConfigurationExtensions");
        IConfigureOptions = types.Get("Microsoft.Extensions.Options.IConfigureOptions`1");
        IConfigureNamedOptions = types.Get("Microsoft.Extensions.Options.IConfigureNamedOptions`1");
        IPostConfigureOptions = types.Get("Microsoft.Extensions.Options.IPostConfigureOptions`1");
        ServiceCollectionServiceExtensions = types.Get("Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions");
        ControllerBase = types.Get("Microsoft.AspNetCore.Mvc.ControllerBase");
        ApiControllerAttribute = types.Get("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");

        EnvironmentExtensionTypes = Set(
            types.Get("Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions"),
            types.Get("Microsoft.Extensions.Hosting.HostingEnvironmentExtensions"),
            types.Get("Microsoft.AspNetCore.Hosting.HostingEnvironmentExtensions"));
        EnvironmentNameTypes = Set(
            types.Get("Microsoft.Extensions.Hosting.Environments"),
            types.Get("Microsoft.Extensions.Hosting.EnvironmentName"),
            types.Get("Microsoft.AspNetCore.Hosting.EnvironmentName"));
        EnvironmentTypes = Set(
            types.Get("Microsoft.Extensions.Hosting.IHostEnvironment"),
            types.Get("Microsoft.Extensions.Hosting.IHostingEnvironment"),
            types.Get("Microsoft.AspNetCore.Hosting.IWebHostEnvironment"),
            types.Get("Microsoft.AspNetCore.Hosting.IHostingEnvironment"));

        LoggingTypes = Set(
            types.Get("Microsoft.Extensions.Logging.ILogger"),
            types.Get("Microsoft.Extensions.Logging.LoggerExtensions"),
            types.Get("System.Console"),
            types.Get("System.Diagnostics.Debug"),
            types.Get("System.Diagnostics.Trace"));
        ILogger = types.Get("Microsoft.Extensions.Logging.ILogger");
        SecurityToken = types.Get("Microsoft.IdentityModel.Tokens.SecurityToken");
        JwtSecurityToken = types.Get("System.IdentityModel.Tokens.Jwt.JwtSecurityToken");
        JsonWebToken = types.Get("Microsoft.IdentityModel.JsonWebTokens.JsonWebToken");
        JsonWebTokenHandler = types.Get("Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler");
        TokenValidationResult = types.Get("Microsoft.IdentityModel.Tokens.TokenValidationResult");
        Claim = types.Get("System.Security.Claims.Claim");
        Enumerable = types.Get("System.Linq.Enumerable");
        TokenHandlerTypes = Set(
            types.Get("Microsoft.IdentityModel.Tokens.TokenHandler"),
            types.Get("Microsoft.IdentityModel.Tokens.SecurityTokenHandler"),
            JsonWebTokenHandler,
            types.Get("System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler"));
        ClaimsIdentity = types.Get("System.Security.Claims.ClaimsIdentity");
        ClaimsPrincipal = types.Get("System.Security.Claims.ClaimsPrincipal");
        HttpContext = types.Get("Microsoft.AspNetCore.Http.HttpContext");
        AuthenticationFailedContexts = Set(
            types.Get("Microsoft.AspNetCore.Authentication.JwtBearer.AuthenticationFailedContext"),
            types.Get("Microsoft.AspNetCore.Authentication.OpenIdConnect.AuthenticationFailedContext"));
        MessageReceivedContexts = Set(
            types.Get("Microsoft.AspNetCore.Authentication.JwtBearer.MessageReceivedContext"),
            types.Get("Microsoft.AspNetCore.Authentication.OpenIdConnect.MessageReceivedContext"));
        SecurityKey = types.Get("Microsoft.IdentityModel.Tokens.SecurityKey");
        AadIssuerValidator = types.Get("Microsoft.IdentityModel.Validators.AadIssuerValidator");
        AadSigningKeyExtension = types.Get("Microsoft.IdentityModel.Validators.AadTokenValidationParametersExtension");
        AppContext = types.Get("System.AppContext");
        HttpClientHandler = types.Get("System.Net.Http.HttpClientHandler");
        HttpClient = types.Get("System.Net.Http.HttpClient");
        HttpDocumentRetriever = types.Get("Microsoft.IdentityModel.Protocols.HttpDocumentRetriever");
        IdentityWebAppExtensions = types.Get("Microsoft.Identity.Web.MicrosoftIdentityWebAppAuthenticationBuilderExtensions");
        IdentityWebApiExtensions = types.Get("Microsoft.Identity.Web.MicrosoftIdentityWebApiAuthenticationBuilderExtensions");
        IdentityWebApiServiceExtensions = types.Get("Microsoft.Identity.Web.MicrosoftIdentityWebApiServiceCollectionExtensions");
        IdentityWebAppServiceExtensions = types.Get("Microsoft.Identity.Web.MicrosoftIdentityWebAppServiceCollectionExtensions");
        AuthenticationServiceCollectionExtensions = types.Get("Microsoft.Extensions.DependencyInjection.AuthenticationServiceCollectionExtensions");
        SecurityTokenDescriptor = types.Get("Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor");
        SigningCredentials = types.Get("Microsoft.IdentityModel.Tokens.SigningCredentials");
        SymmetricSecurityKey = types.Get("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey");
        JsonWebKey = types.Get("Microsoft.IdentityModel.Tokens.JsonWebKey");
        X509Certificate2 = types.Get("System.Security.Cryptography.X509Certificates.X509Certificate2");
        X509CertificateLoader = types.Get("System.Security.Cryptography.X509Certificates.X509CertificateLoader");
        AsymmetricAlgorithm = types.Get("System.Security.Cryptography.AsymmetricAlgorithm");
        AsymmetricAlgorithmTypes = Set(
            types.Get("System.Security.Cryptography.RSA"),
            types.Get("System.Security.Cryptography.DSA"),
            types.Get("System.Security.Cryptography.ECAlgorithm"),
            types.Get("System.Security.Cryptography.ECDsa"),
            types.Get("System.Security.Cryptography.ECDiffieHellman"));
        KeySourceTypes = Set(
            HttpClient,
            types.Get("System.Net.Http.HttpRequestMessage"),
            types.Get("System.Net.WebClient"),
            types.Get("System.Uri"),
            types.Get("System.Security.Cryptography.X509Certificates.X509Certificate2"),
            types.Get("System.Security.Cryptography.X509Certificates.X509CertificateLoader"),
            types.Get("Microsoft.IdentityModel.Tokens.JsonWebKey"),
            types.Get("Microsoft.IdentityModel.Tokens.JsonWebKeySet"),
            types.Get("Microsoft.IdentityModel.Tokens.JsonWebKeyConverter"),
            types.Get("Microsoft.IdentityModel.Protocols.ConfigurationManager`1"),
            HttpDocumentRetriever,
            types.Get("Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfigurationRetriever"));
    }

    public INamedTypeSymbol? SecurityKey { get; }
    public INamedTypeSymbol? SecurityTokenDescriptor { get; }
    public INamedTypeSymbol? AadIssuerValidator { get; }

    /// <summary>Declares <c>EnableAadSigningKeyIssuerValidation()</c> (Microsoft.IdentityModel.Validators 6.32+).</summary>
    public INamedTypeSymbol? AadSigningKeyExtension { get; }
    public INamedTypeSymbol? AppContext { get; }
    public INamedTypeSymbol? HttpClientHandler { get; }
    public INamedTypeSymbol? HttpClient { get; }
    public INamedTypeSymbol? HttpDocumentRetriever { get; }
    public INamedTypeSymbol? IdentityWebAppExtensions { get; }
    public INamedTypeSymbol? IdentityWebApiExtensions { get; }
    public INamedTypeSymbol? IdentityWebApiServiceExtensions { get; }
    public INamedTypeSymbol? IdentityWebAppServiceExtensions { get; }
    public INamedTypeSymbol? AuthenticationServiceCollectionExtensions { get; }
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

    public INamedTypeSymbol? JsonWebTokenHandler { get; }
    public INamedTypeSymbol? TokenValidationResult { get; }
    public INamedTypeSymbol? Claim { get; }
    public INamedTypeSymbol? Enumerable { get; }

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

    public KatanaTypes Katana { get; }
    public JwtNetTypes JwtNet { get; }
    public JoseJwtTypes JoseJwt { get; }
    public AppConfigTypes AppConfig { get; }
    public TokenServerTypes TokenServers { get; }
    public AccountTypes Accounts { get; }

    /// <summary>Null in a compilation that uses another JWT library without IdentityModel.</summary>
    public INamedTypeSymbol? TokenValidationParameters { get; }
    public INamedTypeSymbol? JwtBearerOptions { get; }
    public INamedTypeSymbol? OpenIdConnectOptions { get; }

    /// <summary>Base of OpenIdConnect, OAuth, WsFederation… options: declares their <c>Backchannel</c>/<c>BackchannelHttpHandler</c>.</summary>
    public INamedTypeSymbol? RemoteAuthenticationOptions { get; }
    public INamedTypeSymbol? IConfiguration { get; }

    /// <summary>A section: an <c>IConfiguration</c> whose path is not the root.</summary>
    public INamedTypeSymbol? IConfigurationSection { get; }
    public INamedTypeSymbol? SystemEnvironment { get; }
    public INamedTypeSymbol? ConfigurationBinder { get; }
    public INamedTypeSymbol? Encoding { get; }
    public INamedTypeSymbol? Convert { get; }
    public INamedTypeSymbol? RandomNumberGenerator { get; }
    public INamedTypeSymbol? Guid { get; }
    public INamedTypeSymbol? Base64UrlEncoder { get; }
    public INamedTypeSymbol? WebEncoders { get; }
    public INamedTypeSymbol? ConfigurationKeyNameAttribute { get; }
    public INamedTypeSymbol? GeneratedCodeAttribute { get; }

    /// <summary><c>IOptions&lt;T&gt;</c>, <c>IOptionsSnapshot&lt;T&gt;</c>, <c>IOptionsMonitor&lt;T&gt;</c> (open generic definitions).</summary>
    public HashSet<INamedTypeSymbol> OptionsAccessors { get; }

    /// <summary><c>AddJwtBearer</c>/<c>AddOpenIdConnect</c>: their options lambda is where a scheme's authority is configured.</summary>
    public HashSet<INamedTypeSymbol> AddSchemeExtensionTypes { get; }

    public bool IsAddSchemeCall(IMethodSymbol? method) => method is not null && AddSchemeExtensionTypes.Contains(method.ContainingType);

    /// <summary><c>services.Configure&lt;T&gt;</c>, <c>PostConfigure&lt;T&gt;</c>, <c>ConfigureAll&lt;T&gt;</c>, <c>PostConfigureAll&lt;T&gt;</c>.</summary>
    public INamedTypeSymbol? OptionsServiceCollectionExtensions { get; }

    /// <summary><c>services.Configure&lt;T&gt;(configurationSection)</c>: options bound from configuration.</summary>
    public INamedTypeSymbol? OptionsConfigurationServiceCollectionExtensions { get; }

    /// <summary><c>OptionsBuilder&lt;T&gt;</c> (unconstructed): its <c>Configure</c>/<c>PostConfigure</c> configure the options.</summary>
    public INamedTypeSymbol? OptionsBuilder { get; }

    /// <summary><c>OptionsBuilder&lt;T&gt;.Bind</c>/<c>BindConfiguration</c>.</summary>
    public INamedTypeSymbol? OptionsBuilderConfigurationExtensions { get; }

    public INamedTypeSymbol? IConfigureOptions { get; }
    public INamedTypeSymbol? IConfigureNamedOptions { get; }
    public INamedTypeSymbol? IPostConfigureOptions { get; }

    /// <summary><c>services.AddSingleton/AddScoped/AddTransient&lt;…&gt;()</c>: classes DI creates (fixes inject <c>IConfiguration</c> into them).</summary>
    public INamedTypeSymbol? ServiceCollectionServiceExtensions { get; }

    /// <summary>MVC controllers are created by DI (with <see cref="ApiControllerAttribute"/>).</summary>
    public INamedTypeSymbol? ControllerBase { get; }
    public INamedTypeSymbol? ApiControllerAttribute { get; }

    /// <summary>Static classes whose <c>IsDevelopment</c>/<c>IsProduction</c>/… extensions test the host environment.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentExtensionTypes { get; }

    /// <summary>The hosting classes whose <c>Development</c>/<c>Staging</c>/<c>Production</c> fields name the environments.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentNameTypes { get; }

    /// <summary>Host environment interfaces; reading their <c>EnvironmentName</c> is an environment test too.</summary>
    public HashSet<INamedTypeSymbol> EnvironmentTypes { get; }

    /// <summary>The compilation's symbols; null when no token library the rules know is referenced.</summary>
    public static WellKnownTypes? TryCreate(Compilation compilation)
    {
        // the analyzer and every code fix of a Fix All ask; the answer (also "not referenced") is computed once per compilation
        return Cache.GetValue(compilation, static c =>
        {
            if (!ReferencesTokenLibrary(c))
            {
                return new StrongBox<WellKnownTypes?>(null);
            }

            var types = new WellKnownTypes(new TypeResolver(c));
            return new StrongBox<WellKnownTypes?>(types.ReferencesAny ? types : null);
        }).Value;
    }

    /// <summary>Whether a token library is referenced: read from the reference list, without loading any namespace.</summary>
    private static bool ReferencesTokenLibrary(Compilation compilation)
    {
        foreach (var identity in compilation.ReferencedAssemblyNames)
        {
            switch (identity.Name)
            {
                case "Microsoft.IdentityModel.Tokens":
                case "JWT":
                case "jose-jwt":
                // Katana 3.x predates Microsoft.IdentityModel.Tokens; every Katana authentication package references this one
                case "Microsoft.Owin.Security":
                    return true;
            }

            // TVA6004 judges sign-ins through external providers, which need no token library
            if (System.Array.IndexOf(AccountTypes.ProviderAssemblies, identity.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any library the rules target resolved (a same-named assembly of something else does not count).</summary>
    private bool ReferencesAny => TokenValidationParameters is not null || Katana.IsReferenced || JwtNet.IsReferenced || JoseJwt.IsReferenced
        || Accounts.IsReferenced;

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
