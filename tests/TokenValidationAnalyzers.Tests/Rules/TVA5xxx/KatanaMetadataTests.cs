using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5001 (RequireHttpsMetadata = false) and TVA5004 (http:// authority) on Katana (OWIN) options, with their fixes.</summary>
public class KatanaMetadataTests
{
    private const string Header = """
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

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyStartup(string body) => Verify<Katana<HostingRuleSet>>.AnalyzerAsync(Wrap(body));

    private static Task VerifyFix(string body, string fixedBody)
        => Verify<Katana<HostingRuleSet>, HostingCodeFixProvider>.CodeFixAsync(Wrap(body), Wrap(fixedBody));

    [Fact]
    public Task OpenIdConnectInitializer_RequireHttpsMetadataFalse_Reports() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/",
                    {|TVA5001:RequireHttpsMetadata = false|},
                });
        """);

    [Fact]
    public Task OpenIdConnectLocal_RequireHttpsMetadataFalse_Reports() => VerifyStartup("""
                var options = new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/" };
                {|TVA5001:options.RequireHttpsMetadata = false|};
                app.UseOpenIdConnectAuthentication(options);
        """);

    [Fact]
    public Task OpenIdConnectRequireHttpsMetadataTrue_DoesNotReport() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/",
                    RequireHttpsMetadata = true,
                });
        """);

    [Fact]
    public Task RequireHttpsMetadataFalse_Fix_RemovesAssignment() => VerifyFix("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5001:RequireHttpsMetadata = false|},
                });
        """, """
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                });
        """);

    [Fact]
    public Task OpenIdConnectHttpAuthority_Reports() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5004:Authority = "http://sts.contoso.test/adfs"|},
                });
        """);

    [Fact]
    public Task WindowsAzureActiveDirectoryHttpMetadataAddress_Reports() => VerifyStartup("""
                var options = new WindowsAzureActiveDirectoryBearerAuthenticationOptions { Tenant = "contoso.onmicrosoft.com" };
                {|TVA5004:options.MetadataAddress = "http://sts.contoso.test/federationmetadata/2007-06/federationmetadata.xml"|};
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(options);
        """);

    [Fact]
    public Task OpenIdConnectLocalhostHttpAuthority_DoesNotReport() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "http://localhost:5000" });
        """);

    [Fact]
    public Task HttpAuthority_Fix_UsesHttps() => VerifyFix("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5004:Authority = "http://sts.contoso.test/adfs"|},
                });
        """, """
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://sts.contoso.test/adfs",
                });
        """);

    [Fact]
    public Task LookAlikeOptionsInAnotherNamespace_DoNotReport() => Verify<Katana<HostingRuleSet>>.AnalyzerAsync("""
        namespace Contoso.Security
        {
            public class OpenIdConnectAuthenticationOptions
            {
                public string Authority { get; set; } = "";
                public bool RequireHttpsMetadata { get; set; }
            }

            public class JwtBearerAuthenticationOptions
            {
                public string MetadataAddress { get; set; } = "";
                public bool RequireHttpsMetadata { get; set; }
            }

            public static class Setup
            {
                public static void Configure()
                {
                    _ = new OpenIdConnectAuthenticationOptions { Authority = "http://sts.contoso.test", RequireHttpsMetadata = false };
                    _ = new JwtBearerAuthenticationOptions { MetadataAddress = "http://sts.contoso.test", RequireHttpsMetadata = false };
                }
            }
        }
        """);
}
