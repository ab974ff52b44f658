using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>
/// The Katana-level rules in a Katana 3.x project, which references System.IdentityModel.Tokens 4.x and not
/// Microsoft.IdentityModel.Tokens: they bind Katana's types by name, so they work there too.
/// </summary>
public class Katana3HostingTests
{
    private const string Header = """
        using System.IdentityModel.Tokens;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        using Microsoft.Owin.Security;
        using Microsoft.Owin.Security.ActiveDirectory;
        using Microsoft.Owin.Security.OpenIdConnect;
        using Owin;

        public class TrustAllCertificates : ICertificateValidator
        {
            public bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors) => true;
        }

        public class Startup
        {
            public void Configuration(IAppBuilder app)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static Task VerifyStartup(string body) => Verify<Katana3<HostingRuleSet>>.AnalyzerAsync(Header + "\n" + body + Footer);

    [Fact]
    public Task MultiTenantAuthorityAndTenant_Report() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = "https://login.microsoftonline.com/common/"|},
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = false },
                });
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    {|TVA5002:Tenant = "common"|},
                    Audience = "api://contoso",
                });
        """);

    [Fact]
    public Task HttpAuthorityAndTrustAllValidator_Report() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5004:Authority = "http://sts.contoso.test/adfs"|},
                    {|TVA5003:BackchannelCertificateValidator = new TrustAllCertificates()|},
                });
        """);

    [Fact]
    public Task SingleTenantHttpsOptions_DoNotReport() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/",
                });
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = "contoso.onmicrosoft.com",
                    Audience = "api://contoso",
                });
        """);
}
