using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6004 on the name claim (<c>User.Identity.Name</c>, <c>ClaimTypes.Name</c>) when the project maps it to a mutable claim.</summary>
public class MutableClaimNameMappingTests
{
    private const string MultiTenant = "https://login.microsoftonline.com/organizations/v2.0";
    private const string SingleTenant = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";

    private const string Lookups = """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;

        class AppUser { public string Id { get; set; } = ""; public string UserName { get; set; } = ""; }

        class AccountController(UserManager<IdentityUser> manager, List<AppUser> users) : ControllerBase
        {
            public Task<IdentityUser?> ByIdentityName() => manager.FindByNameAsync([|User.Identity!.Name|]!);

            public Task<IdentityUser?> ByNameClaim() => manager.FindByNameAsync([|User.FindFirstValue(ClaimTypes.Name)|]!);

            public AppUser ByConditionalName() => users.First(u => u.UserName == [|User.Identity?.Name|]);
        }
        """;

    private static string Registration(string body) => $$"""
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.Identity.Web;

        static class Startup
        {
            const string LoginClaim = "upn";

            public static void Configure(IServiceCollection services, IConfiguration config, IWebHostEnvironment env)
            {
                {{body}}
            }
        }
        """;

    private static Task Verify(string registration, bool reports, string? appSettings = null)
    {
        var test = new Verify<MutableClaimRuleSet>.Test();
        test.TestState.Sources.Add(Registration(registration));
        test.TestState.Sources.Add(Lookups.Replace("[|", reports ? "{|TVA6004:" : "", StringComparison.Ordinal)
            .Replace("|]", reports ? "|}" : "", StringComparison.Ordinal));
        if (appSettings is not null)
        {
            test.TestState.AdditionalFiles.Add(("appsettings.json", appSettings));
        }

        return test.RunAsync();
    }

    private static string Bearer(string authority, string configure) => $$"""
        services.AddAuthentication().AddJwtBearer(o => { o.Authority = "{{authority}}"; {{configure}} });
        """;

    [Theory]
    [InlineData("o.TokenValidationParameters.NameClaimType = \"preferred_username\";")]
    [InlineData("o.TokenValidationParameters.NameClaimType = \"email\";")]
    [InlineData("o.TokenValidationParameters.NameClaimType = ClaimTypes.Email;")]
    [InlineData("o.TokenValidationParameters.NameClaimType = LoginClaim;")]
    [InlineData("o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = \"unique_name\" };")]
    [InlineData("o.TokenValidationParameters.NameClaimType = env.IsDevelopment() ? \"name\" : \"email\";")]
    public Task MultiTenantWithNameMappedToMutableClaim_Reports(string mapping) => Verify(Bearer(MultiTenant, mapping), reports: true);

    [Theory]
    [InlineData("")]
    [InlineData("o.TokenValidationParameters.NameClaimType = \"name\";")]
    [InlineData("o.TokenValidationParameters.NameClaimType = \"oid\";")]
    [InlineData("if (env.IsDevelopment()) o.TokenValidationParameters.NameClaimType = \"email\";")]
    public Task MultiTenantWithoutMutableNameMapping_DoesNotReport(string mapping) => Verify(Bearer(MultiTenant, mapping), reports: false);

    [Fact]
    public Task SingleTenantWithNameMappedToEmail_DoesNotReport()
        => Verify(Bearer(SingleTenant, "o.TokenValidationParameters.NameClaimType = \"email\";"), reports: false);

    [Fact]
    public Task GoogleWithoutMapping_DoesNotReport() => Verify("""
        services.AddAuthentication().AddGoogle(o => { o.ClientId = "id"; o.ClientSecret = "secret"; });
        """, reports: false);

    [Fact]
    public Task IdentityWebAppMultiTenant_Reports() => Verify("""
        services.AddAuthentication().AddMicrosoftIdentityWebApp(config.GetSection("AzureAd"));
        """, reports: true, """{"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"common","ClientId":"x"}}""");

    [Fact]
    public Task IdentityWebAppMultiTenantWithNameClaimName_DoesNotReport() => Verify("""
        services.AddAuthentication().AddMicrosoftIdentityWebApp(config.GetSection("AzureAd"));
                services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.TokenValidationParameters.NameClaimType = "name");
        """, reports: false, """{"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"common","ClientId":"x"}}""");

    [Fact]
    public Task IdentityWebApiMultiTenant_DoesNotReport() => Verify("""
        services.AddAuthentication().AddMicrosoftIdentityWebApi(config.GetSection("AzureAd"));
        """, reports: false, """{"AzureAd":{"Instance":"https://login.microsoftonline.com/","TenantId":"common","ClientId":"x"}}""");

    [Fact]
    public Task NameOfPrincipalBuiltByTheCode_DoesNotReport() => Verify<MutableClaimRuleSet>.AnalyzerAsync(
        Registration(Bearer(MultiTenant, "o.TokenValidationParameters.NameClaimType = \"email\";")) + """

        class Seeder(Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser> users)
        {
            public Task<Microsoft.AspNetCore.Identity.IdentityUser?> Admin()
            {
                var principal = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "admin") }, "seed"));
                return users.FindByNameAsync(principal.Identity!.Name!);
            }
        }
        """);
}
