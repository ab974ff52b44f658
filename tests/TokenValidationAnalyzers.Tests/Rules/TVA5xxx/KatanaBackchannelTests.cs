using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5003 on Katana's <c>BackchannelCertificateValidator</c>: an application's <c>ICertificateValidator</c> that accepts everything.</summary>
public class KatanaBackchannelTests
{
    private const string Validators = """
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

        public class TrustWithLogging : ICertificateValidator
        {
            public bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors)
            {
                System.Diagnostics.Trace.WriteLine("accepting " + certificate.Subject);
                return true;
            }
        }

        public class PinnedCertificate : ICertificateValidator
        {
            public bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors)
                => sslPolicyErrors == SslPolicyErrors.None && certificate.GetCertHashString() == "AB12";
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

    private static string Wrap(string body) => Validators + "\n" + body + Footer;

    private static Task VerifyStartup(string body) => Verify<Katana<HostingRuleSet>>.AnalyzerAsync(Wrap(body));

    [Fact]
    public Task OpenIdConnectTrustAllValidator_Reports() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5003:BackchannelCertificateValidator = new TrustAllCertificates()|},
                });
        """);

    [Fact]
    public Task AzureAdBearerValidatorThatOnlyLogs_Reports() => VerifyStartup("""
                var options = new WindowsAzureActiveDirectoryBearerAuthenticationOptions { Tenant = "contoso.onmicrosoft.com" };
                var validator = new TrustWithLogging();
                {|TVA5003:options.BackchannelCertificateValidator = validator|};
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(options);
        """);

    [Fact]
    public Task PinnedCertificateValidator_DoesNotReport() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    BackchannelCertificateValidator = new PinnedCertificate(),
                });
        """);

    [Fact]
    public Task TrustAllValidator_Fix_RemovesAssignment() => Verify<Katana<HostingRuleSet>, HostingCodeFixProvider>.CodeFixAsync(Wrap("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5003:BackchannelCertificateValidator = new TrustAllCertificates()|},
                });
        """), Wrap("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                });
        """));

    [Fact]
    public Task LookAlikeValidatorAndOptions_DoNotReport() => Verify<Katana<HostingRuleSet>>.AnalyzerAsync("""
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        namespace Contoso.Security
        {
            public interface ICertificateValidator
            {
                bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors);
            }

            public class TrustAll : ICertificateValidator
            {
                public bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors) => true;
            }

            public class OpenIdConnectAuthenticationOptions
            {
                public ICertificateValidator? BackchannelCertificateValidator { get; set; }
            }

            public static class Setup
            {
                public static object Configure() => new OpenIdConnectAuthenticationOptions { BackchannelCertificateValidator = new TrustAll() };
            }
        }
        """);
}
