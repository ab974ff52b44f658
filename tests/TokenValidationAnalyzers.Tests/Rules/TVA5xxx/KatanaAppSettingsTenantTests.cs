using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on Katana options whose <c>Tenant</c> or <c>Authority</c> is read with <c>ConfigurationManager.AppSettings</c>: the
/// value is the one web.config gives, and the fix validates against the same configured value.
/// </summary>
public class KatanaAppSettingsTenantTests
{
    private const string Header = """
        using System.Configuration;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        using Microsoft.Owin.Security.ActiveDirectory;
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

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static string WebConfig(string tenant) => $$"""
        <configuration>
          <appSettings>
            <add key="ida:Tenant" value="{{tenant}}" />
            <add key="ida:Authority" value="https://login.microsoftonline.com/{{tenant}}/v2.0" />
            <add key="ida:Audience" value="api://owin-api" />
          </appSettings>
        </configuration>
        """;

    private static Task VerifyStartup(string body, string? webConfig)
    {
        var test = new Verify<Katana<HostingRuleSet>>.Test();
        test.TestState.Sources.Add(Wrap(body));
        if (webConfig is not null)
        {
            test.TestState.AdditionalFiles.Add(("Web.config", webConfig));
        }

        return test.RunAsync();
    }

    private static Task VerifyFix(string body, string fixedBody)
    {
        var test = new Verify<Katana<HostingRuleSet>, HostingCodeFixProvider>.Test { TestCode = Wrap(body), FixedCode = Wrap(fixedBody) };
        test.TestState.AdditionalFiles.Add(("Web.config", WebConfig("common")));
        test.FixedState.AdditionalFiles.Add(("Web.config", WebConfig("common")));
        return test.RunAsync();
    }

    private const string AzureAdBearerInline = """
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    TENANT,
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = ConfigurationManager.AppSettings["ida:Audience"] },
                });
        """;

    [Fact]
    public Task AzureAdBearerTenantFromAppSettingsCommonInWebConfig_Reports() => VerifyStartup(
        AzureAdBearerInline.Replace("TENANT", """{|TVA5002:Tenant = ConfigurationManager.AppSettings["ida:Tenant"]|}""", StringComparison.Ordinal),
        WebConfig("common"));

    [Fact]
    public Task AzureAdBearerTenantFromAppSettingsSingleTenantInWebConfig_DoesNotReport() => VerifyStartup(
        AzureAdBearerInline.Replace("TENANT", """Tenant = ConfigurationManager.AppSettings["ida:Tenant"]""", StringComparison.Ordinal),
        WebConfig("contoso.onmicrosoft.com"));

    [Fact]
    public Task AzureAdBearerTenantFromAppSettingsWithoutWebConfig_DoesNotReport() => VerifyStartup(
        AzureAdBearerInline.Replace("TENANT", """Tenant = ConfigurationManager.AppSettings["ida:Tenant"]""", StringComparison.Ordinal),
        webConfig: null);

    [Fact]
    public Task OpenIdConnectAuthorityFromAppSettingsCommonInWebConfig_Reports() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = ConfigurationManager.AppSettings["ida:Authority"]|},
                });
        """, WebConfig("organizations"));

    [Fact]
    public Task LookAlikeAppSettingsReader_DoesNotReport() => Verify<Katana<HostingRuleSet>>.AnalyzerAsync("""
        using Microsoft.Owin.Security.ActiveDirectory;
        using Owin;

        namespace Contoso.Settings
        {
            public static class ConfigurationManager
            {
                public static System.Collections.Generic.Dictionary<string, string> AppSettings { get; } = new() { ["ida:Tenant"] = "common" };
            }
        }

        public class Startup
        {
            public void Configuration(IAppBuilder app)
            {
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = Contoso.Settings.ConfigurationManager.AppSettings["ida:Tenant"],
                });
            }
        }
        """);

    [Fact]
    public Task AzureAdBearerTenantFromAppSettingsInline_Fix_ValidatesAgainstTheConfiguredTenant() => VerifyFix(
        AzureAdBearerInline.Replace("TENANT", """{|TVA5002:Tenant = ConfigurationManager.AppSettings["ida:Tenant"]|}""", StringComparison.Ordinal), """
                var options = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = ConfigurationManager.AppSettings["ida:Audience"] },
                };
                options.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/" + options.Tenant).Validate;
                options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(options);
        """);

    [Fact]
    public Task AzureAdBearerTenantFromAppSettingsOnLocal_Fix_ValidatesAgainstTheConfiguredTenant() => VerifyFix("""
                var bearer = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    {|TVA5002:Tenant = ConfigurationManager.AppSettings["ida:Tenant"]|},
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = ConfigurationManager.AppSettings["ida:Audience"] },
                };
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(bearer);
        """, """
                var bearer = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = ConfigurationManager.AppSettings["ida:Audience"] },
                };
                bearer.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/" + bearer.Tenant).Validate;
                bearer.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(bearer);
        """);

    [Fact]
    public Task OpenIdConnectAuthorityFromAppSettingsInline_Fix_ValidatesAgainstTheConfiguredAuthority() => VerifyFix("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = ConfigurationManager.AppSettings["ida:Authority"]|},
                });
        """, """
                var options = new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = ConfigurationManager.AppSettings["ida:Authority"],
                };
                options.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(options.Authority).Validate;
                options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseOpenIdConnectAuthentication(options);
        """);
}
