using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on AddMicrosoftIdentityWebApi with a multi-tenant section: Identity.Web validates the issuer and binds signing keys
/// to it unless the JwtBearer options switch issuer validation off, so the fix removes that switch.
/// </summary>
public class IdentityWebApiFixTests
{
    private const string OrganizationsJson = """
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "organizations",
            "ClientId": "11111111-2222-3333-4444-555555555555"
          }
        }
        """;

    private static Task VerifyFix(string body, string fixedBody)
    {
        var test = new Verify<HostingRuleSet, HostingCodeFixProvider>.Test { TestCode = Source(body), FixedCode = Source(fixedBody) };
        test.TestState.AdditionalFiles.Add(("appsettings.json", OrganizationsJson));
        return test.RunAsync();
    }

    private static string Source(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task IssuerValidationOff_Fix_RemovesTheSwitch() => VerifyFix("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).{|TVA5002:AddMicrosoftIdentityWebApi|}(
                    o =>
                    {
                        o.TokenValidationParameters.ValidateIssuer = false;
                        o.TokenValidationParameters.ValidateLifetime = true;
                    },
                    m => { configuration.Bind("AzureAd", m); });
        """, """
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
                    o =>
                    {
                        o.TokenValidationParameters.ValidateLifetime = true;
                    },
                    m => { configuration.Bind("AzureAd", m); });
        """);

    [Fact]
    public Task TwoSchemes_FixAll_RemovesBothSwitches() => VerifyFix("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).{|TVA5002:AddMicrosoftIdentityWebApi|}(
                    o => o.TokenValidationParameters.ValidateIssuer = false,
                    m => configuration.Bind("AzureAd", m));
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApi|}(
                    o =>
                    {
                        o.Audience = "api://partners";
                        o.TokenValidationParameters.ValidateIssuer = false;
                    },
                    m => configuration.Bind("AzureAd", m),
                    "Partners");
        """, """
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
                    o => { },
                    m => configuration.Bind("AzureAd", m));
                services.AddAuthentication().AddMicrosoftIdentityWebApi(
                    o =>
                    {
                        o.Audience = "api://partners";
                    },
                    m => configuration.Bind("AzureAd", m),
                    "Partners");
        """);
}
