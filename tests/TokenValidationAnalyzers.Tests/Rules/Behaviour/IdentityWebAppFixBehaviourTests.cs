using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;
using static TokenValidationAnalyzers.Tests.Verifiers.FixBehaviour;

namespace TokenValidationAnalyzers.Tests.Rules.Behaviour;

/// <summary>TVA5002 on AddMicrosoftIdentityWebApp: the OpenID Connect options Identity.Web builds carry the signing-key issuer check after the fix.</summary>
[Collection("FixBehaviour")]
public class IdentityWebAppFixBehaviourTests
{
    private const string OrganizationsJson = """
        {"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"organizations","ClientId":"11111111-2222-3333-4444-555555555555"}}
        """;

    private static readonly Dictionary<string, string?> AzureAd = new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "organizations",
        ["AzureAd:ClientId"] = "11111111-2222-3333-4444-555555555555",
    };

    private const string Source = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"));
            }
        }
        """;

    private const string FixedSource = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
            }
        }
        """;

    private static OpenIdConnectOptions Options(string source)
    {
        using var app = Compile(source);
        return app.Options<OpenIdConnectOptions>("Startup", "Register", OpenIdConnectDefaults.AuthenticationScheme, AzureAd);
    }

    [Fact]
    public async Task WebApp_Fix_OptionsCheckSigningKeyIssuerAndKeepIssuerValidator()
    {
        var test = new Verify<HostingRuleSet, HostingCodeFixProvider>.Test { TestCode = Source, FixedCode = FixedSource };
        test.TestState.AdditionalFiles.Add(("appsettings.json", OrganizationsJson));
        await test.RunAsync();

        var parameters = Options(FixedSource).TokenValidationParameters;
        Assert.NotNull(parameters.IssuerSigningKeyValidatorUsingConfiguration);
        Assert.NotNull(parameters.IssuerValidator);
        Assert.True(parameters.ValidateIssuer);
        var tenant = Guid.NewGuid().ToString();
        Assert.True(SigningKeyAccepted(parameters, tenant, keyIssuer: "https://login.microsoftonline.com/{tenantid}/v2.0"));
        Assert.True(SigningKeyAccepted(parameters, tenant, keyIssuer: $"https://login.microsoftonline.com/{tenant}/v2.0"));
        Assert.False(SigningKeyAccepted(parameters, tenant, keyIssuer: $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0"));
    }

    /// <summary>A token of <paramref name="tenant"/> signed with a key the metadata lists for <paramref name="keyIssuer"/> (the Storm-0558 question).</summary>
    private static bool SigningKeyAccepted(TokenValidationParameters parameters, string tenant, string keyIssuer)
    {
        var key = new SymmetricSecurityKey(Utf8(SigningKey)) { KeyId = "k1" };
        var listed = new JsonWebKey { Kid = "k1", Kty = "oct" };
        listed.AdditionalData["issuer"] = keyIssuer;
        var metadata = new OpenIdConnectConfiguration { JsonWebKeySet = new JsonWebKeySet() };
        metadata.JsonWebKeySet.Keys.Add(listed);
        var token = new JsonWebToken(new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
            Claims = new Dictionary<string, object> { ["tid"] = tenant },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        }));
        try
        {
            return parameters.IssuerSigningKeyValidatorUsingConfiguration(key, token, parameters, metadata);
        }
        catch (SecurityTokenException)
        {
            return false;
        }
    }

    [Fact]
    public void WebApp_Unfixed_OptionsDoNotCheckSigningKeyIssuer()
        => Assert.Null(Options(Unfixed.Code(Source)).TokenValidationParameters.IssuerSigningKeyValidatorUsingConfiguration);
}
