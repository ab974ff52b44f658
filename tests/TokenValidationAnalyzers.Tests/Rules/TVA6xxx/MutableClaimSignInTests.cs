using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6004: which projects sign in users of other tenants or identity providers, and which do not.</summary>
public class MutableClaimSignInTests
{
    private const string Lookup = """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;

        class AccountController(UserManager<IdentityUser> users) : ControllerBase
        {
            public Task<IdentityUser?> Me() => users.FindByEmailAsync({|TVA6004:User.FindFirstValue(ClaimTypes.Email)|}!);
        }
        """;

    private static string Silent => Lookup.Replace("{|TVA6004:", "").Replace(")|}!", ")!");

    private static string Registration(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Identity.Web;

        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration config, IWebHostEnvironment env)
            {
        {{body}}
            }
        }
        """;

    private static Task Verify(string registration, bool reports, params (string Name, string Json)[] files)
        => Verify(TestReferences.All, registration, reports, files);

    private static Task Verify(ImmutableArray<MetadataReference> references, string registration, bool reports, params (string Name, string Json)[] files)
    {
        var test = new Verify<MutableClaimRuleSet>.Test();
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(references);
        test.TestState.Sources.Add(Registration(registration));
        test.TestState.Sources.Add(reports ? Lookup : Silent);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Name, file.Json));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("services.AddAuthentication().AddFacebook(o => { o.AppId = \"id\"; o.AppSecret = \"secret\"; });")]
    [InlineData("services.AddAuthentication().AddMicrosoftAccount();")]
    [InlineData("services.AddAuthentication().AddTwitter(\"X\", o => { });")]
    public Task ExternalProviderStubs_Report(string registration)
        => Verify(TestReferences.All.AddRange(StubReferences.ExternalProviders), registration, reports: true);

    [Fact]
    public Task GoogleWithoutIdentityModel_Reports()
    {
        var test = new Verify<MutableClaimRuleSet>.Test();
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithoutIdentityModel);
        test.TestState.Sources.Add("""
            using Microsoft.Extensions.DependencyInjection;
            static class Startup
            {
                public static void Configure(IServiceCollection services) => services.AddAuthentication().AddGoogle(o => o.ClientId = "id");
            }
            """);
        test.TestState.Sources.Add(Lookup);
        return test.RunAsync();
    }

    [Fact]
    public Task GoogleOnlyInDevelopment_DoesNotReport() => Verify("""
                if (env.IsDevelopment())
                {
                    services.AddAuthentication().AddGoogle();
                }
        """, reports: false);

    [Fact]
    public Task OpenIdConnectWithOtherProvider_Reports() => Verify("""
                services.AddAuthentication().AddOpenIdConnect(o => o.Authority = "https://accounts.google.com");
        """, reports: true);

    [Fact]
    public Task OpenIdConnectWithLocalIdentityServer_DoesNotReport() => Verify("""
                services.AddAuthentication().AddOpenIdConnect(o => o.Authority = "https://localhost:5001");
        """, reports: false);

    [Theory]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/organizations/v2.0")]
    public Task MultiTenantEntraAuthority_Reports(string authority) => Verify($$"""
                services.AddAuthentication().AddJwtBearer(o => o.Authority = "{{authority}}");
        """, reports: true);

    [Theory]
    [InlineData("AddJwtBearer", "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")]
    [InlineData("AddOpenIdConnect", "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")]
    [InlineData("AddJwtBearer", "https://auth.example.com")]
    public Task SingleTenantOrOwnIssuer_DoesNotReport(string registration, string authority) => Verify($$"""
                services.AddAuthentication().{{registration}}(o => o.Authority = "{{authority}}");
        """, reports: false);

    [Fact]
    public Task NoAuthenticationAtAll_DoesNotReport() => Verify("", reports: false);

    [Fact]
    public Task AuthorityFromAppSettingsMultiTenant_Reports() => Verify("""
                services.AddAuthentication().AddJwtBearer(o => o.Authority = config["Jwt:Authority"]);
        """, reports: true, ("appsettings.json", """{"Jwt":{"Authority":"https://login.microsoftonline.com/organizations/v2.0"}}"""));

    [Fact]
    public Task AuthorityFromConfigurationNothingTells_DoesNotReport() => Verify("""
                services.AddAuthentication().AddOpenIdConnect(o => o.Authority = config["Oidc:Authority"]);
        """, reports: false);

    [Fact]
    public Task IdentityWebAppMultiTenantSection_Reports() => Verify("""
                services.AddAuthentication().AddMicrosoftIdentityWebApp(config.GetSection("AzureAd"));
        """, reports: true, ("appsettings.json", """{"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"organizations","ClientId":"x"}}"""));

    [Fact]
    public Task IdentityWebAppSingleTenantSection_DoesNotReport() => Verify("""
                services.AddAuthentication().AddMicrosoftIdentityWebApp(config.GetSection("AzureAd"));
        """, reports: false, ("appsettings.json", """{"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","ClientId":"x"}}"""));
}
