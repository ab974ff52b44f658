using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002 on AddMicrosoftIdentityWebApp: a signing-key issuer check on the OpenID Connect options of the same method silences it.</summary>
public class IdentityWebAppSigningKeyCheckTests
{
    private const string OrganizationsJson = """
        {"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"organizations","ClientId":"11111111-2222-3333-4444-555555555555"}}
        """;

    private static Task Verify(string body, string extra = "")
    {
        var test = new Verify<HostingRuleSet>.Test();
        test.TestState.Sources.Add($$"""
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Authentication.OpenIdConnect;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Identity.Web;
            using Microsoft.IdentityModel.Validators;
            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
            {{body}}
                }
            }
            {{extra}}
            """);
        test.TestState.AdditionalFiles.Add(("appsettings.json", OrganizationsJson));
        return test.RunAsync();
    }

    [Fact]
    public Task PostConfiguredSigningKeyCheck_DoesNotReport() => Verify("""
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
        """);

    [Fact]
    public Task ConfiguredSigningKeyCheckInBlock_DoesNotReport() => Verify("""
                services.AddMicrosoftIdentityWebAppAuthentication(configuration);
                services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
                {
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task SigningKeyCheckOnJwtBearerOptions_Reports() => Verify("""
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"));
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
        """);

    [Fact]
    public Task LookAlikeSigningKeyCheck_Reports() => Verify("""
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"));
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.EnableAadSigningKeyIssuerValidation());
        """, """
            static class LookAlike
            {
                public static void EnableAadSigningKeyIssuerValidation(this OpenIdConnectOptions options) { }
            }
            """);

    [Fact]
    public Task SigningKeyCheckForAnotherScheme_Reports() => Verify("""
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"), "Work");
                services.PostConfigure<OpenIdConnectOptions>("Other", options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
        """);
}
