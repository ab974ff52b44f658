using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1009/TVA1010 on parameters held by Katana (OWIN) options: the options' authority, tenant, key providers and audiences count.</summary>
public class KatanaMissingIssuerAudienceTests
{
    private const string Header = """
        using System.Configuration;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.Owin.Security.ActiveDirectory;
        using Microsoft.Owin.Security.Jwt;
        using Microsoft.Owin.Security.OpenIdConnect;
        using Owin;

        public class Startup
        {
            public void Configuration(IAppBuilder app)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static Task VerifyStartup(string body) => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync(Header + "\n" + body + Footer);

    [Fact]
    public Task AzureAdBearerWithTenant_DoesNotReportIssuer() => VerifyStartup("""
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = ConfigurationManager.AppSettings["ida:Audience"] },
                });
        """);

    [Fact]
    public Task AzureAdBearerWithMetadataAddressAndAudience_DoesNotReport() => VerifyStartup("""
                var options = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    MetadataAddress = "https://login.microsoftonline.com/contoso.onmicrosoft.com/federationmetadata/2007-06/federationmetadata.xml",
                    Audience = "api://contoso",
                };
                options.TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = true };
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(options);
        """);

    [Fact]
    public Task AzureAdBearerWithAccessTokenFormat_DoesNotReportIssuer() => VerifyStartup("""
                var parameters = new TokenValidationParameters { ValidAudience = "api://contoso" };
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    AccessTokenFormat = new JwtFormat("api://contoso", new X509CertificateSecurityKeyProvider("https://sts.contoso.test/", null!)),
                    TokenValidationParameters = parameters,
                });
        """);

    [Fact]
    public Task OpenIdConnectWithAuthorityAndClientId_DoesNotReport() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = ConfigurationManager.AppSettings["ida:ClientId"],
                    Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0",
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = true, ValidateAudience = true },
                });
        """);

    [Fact]
    public Task JwtBearerWithKeyProvidersAndAllowedAudiences_DoesNotReport() => VerifyStartup("""
                app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
                {
                    AllowedAudiences = new[] { "api://contoso" },
                    IssuerSecurityKeyProviders = new IIssuerSecurityKeyProvider[]
                    {
                        new X509CertificateSecurityKeyProvider("https://sts.contoso.test/", null!),
                    },
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = true },
                });
        """);

    [Fact]
    public Task JwtBearerWithNothingToValidateAgainst_Reports() => VerifyStartup("""
                app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
                {
                    TokenValidationParameters = {|TVA1009:{|TVA1010:new TokenValidationParameters|}|} { ValidateIssuer = true, ValidateAudience = true },
                });
        """);

    [Fact]
    public Task OpenIdConnectWithoutAuthority_ReportsIssuer() => VerifyStartup("""
                var options = new OpenIdConnectAuthenticationOptions { ClientId = "client" };
                options.TokenValidationParameters = {|TVA1009:new TokenValidationParameters()|};
                app.UseOpenIdConnectAuthentication(options);
        """);

    [Fact]
    public Task AzureAdBearerWithTenantOnly_ReportsAudience() => VerifyStartup("""
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                    TokenValidationParameters = {|TVA1010:new TokenValidationParameters|} { ValidateLifetime = true },
                });
        """);

    [Fact]
    public Task LookAlikeOptionsWithAuthority_StillReports() => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;

        namespace Contoso.Security
        {
            public class OpenIdConnectAuthenticationOptions
            {
                public string Authority { get; set; } = "";
                public string ClientId { get; set; } = "";
                public TokenValidationParameters TokenValidationParameters { get; set; } = null!;
            }

            public static class Setup
            {
                public static OpenIdConnectAuthenticationOptions Configure()
                {
                    var options = new OpenIdConnectAuthenticationOptions { Authority = "https://sts.contoso.test", ClientId = "client" };
                    options.TokenValidationParameters = {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};
                    return options;
                }
            }
        }
        """);
}
