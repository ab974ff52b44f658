using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6004 in a Katana (OWIN) application: its OpenID Connect authority or Azure AD bearer tenant tells whether it signs in other tenants.</summary>
public class MutableClaimKatanaTests
{
    private const string Lookup = """
        using System.Configuration;
        using System.Security.Claims;
        using Microsoft.Owin.Security.ActiveDirectory;
        using Microsoft.Owin.Security.OpenIdConnect;
        using Owin;

        class AppUser { public string Email { get; set; } = ""; }

        class AccountService(List<AppUser> users)
        {
            public AppUser? Current() => users.FirstOrDefault(u => u.Email == CLAIM);
        }

        public class Startup
        {
            public void Configuration(IAppBuilder app)
            {
                REGISTRATION
            }
        }
        """;

    private const string Claim = "ClaimsPrincipal.Current.FindFirst(ClaimTypes.Email)!.Value";

    private const string IdentityName = "ClaimsPrincipal.Current.Identity!.Name";

    private static Task Verify(string registration, bool reports, string? webConfigTenant = null, string claim = Claim)
    {
        var test = new Verify<Katana<MutableClaimRuleSet>>.Test();
        test.TestState.Sources.Add(Lookup
            .Replace("CLAIM", reports ? "{|TVA6004:" + claim + "|}" : claim, StringComparison.Ordinal)
            .Replace("REGISTRATION", registration, StringComparison.Ordinal));
        if (webConfigTenant is not null)
        {
            test.TestState.AdditionalFiles.Add(("Web.config", $$"""
                <configuration>
                  <appSettings>
                    <add key="ida:Tenant" value="{{webConfigTenant}}" />
                  </appSettings>
                </configuration>
                """));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/organizations/v2.0")]
    public Task OpenIdConnectMultiTenantAuthority_Reports(string authority) => Verify($$"""
        app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "{{authority}}" });
        """, reports: true);

    [Theory]
    [InlineData("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")]
    [InlineData("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0")]
    public Task OpenIdConnectSingleTenantAuthority_DoesNotReport(string authority) => Verify($$"""
        app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "{{authority}}" });
        """, reports: false);

    [Fact]
    public Task AzureAdBearerCommonTenant_Reports() => Verify("""
        app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions { Tenant = "common" });
        """, reports: true);

    [Fact]
    public Task AzureAdBearerTenantDomain_DoesNotReport() => Verify("""
        app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions { Tenant = "contoso.onmicrosoft.com" });
        """, reports: false);

    [Fact]
    public Task AzureAdBearerTenantFromWebConfigOrganizations_Reports() => Verify("""
        app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                });
        """, reports: true, webConfigTenant: "organizations");

    [Fact]
    public Task AzureAdBearerTenantFromWebConfigSingleTenant_DoesNotReport() => Verify("""
        app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                });
        """, reports: false, webConfigTenant: "72f988bf-86f1-41af-91ab-2d7cd011db47");

    [Fact]
    public Task IdentityNameMappedToUpnMultiTenant_Reports() => Verify("""
        app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    Authority = "https://login.microsoftonline.com/common/v2.0",
                    TokenValidationParameters = new Microsoft.IdentityModel.Tokens.TokenValidationParameters { NameClaimType = "upn" },
                });
        """, reports: true, claim: IdentityName);

    [Fact]
    public Task IdentityNameWithoutMappingMultiTenant_DoesNotReport() => Verify("""
        app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions { Authority = "https://login.microsoftonline.com/common/v2.0" });
        """, reports: false, claim: IdentityName);
}
