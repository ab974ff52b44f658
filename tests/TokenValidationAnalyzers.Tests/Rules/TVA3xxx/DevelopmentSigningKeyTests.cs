using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3007: developer and ephemeral keys of Duende IdentityServer, IdentityServer4 and OpenIddict that production reaches.</summary>
public class DevelopmentSigningKeyTests
{
    private const string Header = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IHostEnvironment env, IConfiguration config)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyDuende(string body) => Verify<Duende<DevelopmentOnlyRuleSet>>.AnalyzerAsync(Wrap(body));

    private static Task VerifyOpenIddict(string body) => Verify<DevelopmentOnlyRuleSet>.AnalyzerAsync(Wrap(body));

    [Fact]
    public Task DuendeUnguarded_Reports() => VerifyDuende("""
                services.AddIdentityServer().{|TVA3007:AddDeveloperSigningCredential|}();
        """);

    [Fact]
    public Task IdentityServer4Unguarded_Reports() => Verify<IdentityServer4<DevelopmentOnlyRuleSet>>.AnalyzerAsync(Wrap("""
                var identity = services.AddIdentityServer(o => o.IssuerUri = "https://id.example.com");
                identity.{|TVA3007:AddDeveloperSigningCredential|}(persistKey: false);
        """));

    [Fact]
    public Task DuendeUnderIsProduction_Reports() => VerifyDuende("""
                var identity = services.AddIdentityServer();
                if (env.IsProduction())
                {
                    identity.{|TVA3007:AddDeveloperSigningCredential|}();
                }
        """);

    [Fact]
    public Task DuendeInElseOfIsDevelopment_Reports() => VerifyDuende("""
                var identity = services.AddIdentityServer();
                if (env.IsDevelopment())
                {
                }
                else
                {
                    identity.{|TVA3007:AddDeveloperSigningCredential|}();
                }
        """);

    [Fact]
    public Task DuendeUnderNotDevelopmentOrRuntimeFlag_Reports() => VerifyDuende("""
                var identity = services.AddIdentityServer();
                if (!env.IsDevelopment())
                {
                    identity.{|TVA3007:AddDeveloperSigningCredential|}();
                }

                if (config.GetValue<bool>("UseDevKey"))
                {
                    identity.{|TVA3007:AddDeveloperSigningCredential|}();
                }
        """);

    [Fact]
    public Task DuendeGuardedByDevelopment_DoesNotReport() => VerifyDuende("""
                var identity = services.AddIdentityServer();
                if (env.IsDevelopment())
                {
                    identity.AddDeveloperSigningCredential();
                }

                if (!env.IsProduction())
                {
                    identity.AddDeveloperSigningCredential();
                }
        """);

    [Fact]
    public Task DuendeAfterEarlyReturn_DoesNotReport() => VerifyDuende("""
                var identity = services.AddIdentityServer();
                if (!env.IsDevelopment())
                {
                    return;
                }

                identity.AddDeveloperSigningCredential();
        """);

    [Fact]
    public Task DuendeRealCertificate_DoesNotReport() => VerifyDuende("""
                services.AddIdentityServer().AddSigningCredential(new System.Security.Cryptography.X509Certificates.X509Certificate2("id.pfx"));
        """);

    [Fact]
    public Task OpenIddictClientKeys_ReportUnlessGuarded() => VerifyOpenIddict("""
                services.AddOpenIddict().AddClient(options =>
                {
                    options.{|TVA3007:AddEphemeralSigningKey|}();
                    options.{|TVA3007:AddDevelopmentEncryptionCertificate|}();
                    if (env.IsDevelopment())
                    {
                        options.AddDevelopmentSigningCertificate().AddEphemeralEncryptionKey();
                    }
                });
        """);

    [Fact]
    public Task OwnExtensionsOfTheSameNames_DoNotReport() => VerifyDuende("""
                MyApp.IdentityServerBuilderExtensionsCrypto.AddDeveloperSigningCredential(services.AddIdentityServer());
                MyApp.IdentityServerBuilderExtensionsCrypto.AddEphemeralSigningKey(services);
            }
        }

        namespace MyApp
        {
            static class IdentityServerBuilderExtensionsCrypto
            {
                public static IIdentityServerBuilder AddDeveloperSigningCredential(this IIdentityServerBuilder builder) => builder;
                public static IServiceCollection AddEphemeralSigningKey(this IServiceCollection services) => services;
            }
        }

        static class Other
        {
            static void M()
            {
        """);

    [Fact]
    public Task OpenIddictServerLambda_Reports() => VerifyOpenIddict("""
                services.AddOpenIddict().AddServer(options =>
                {
                    options.{|TVA3007:AddDevelopmentSigningCertificate|}();
                    options.{|TVA3007:AddDevelopmentEncryptionCertificate|}();
                    options.{|TVA3007:AddEphemeralSigningKey|}()
                        .{|TVA3007:AddEphemeralEncryptionKey|}();
                });
        """);

    [Fact]
    public Task OpenIddictOverloadsAndExpressionBody_Report() => VerifyOpenIddict("""
                services.AddOpenIddict().AddServer(options => options.{|TVA3007:AddEphemeralSigningKey|}("RS256"));
                services.AddOpenIddict().AddServer(options =>
                    options.{|TVA3007:AddDevelopmentSigningCertificate|}(new System.Security.Cryptography.X509Certificates.X500DistinguishedName("CN=dev")));
        """);

    [Fact]
    public Task OpenIddictUnderIsProduction_Reports() => VerifyOpenIddict("""
                services.AddOpenIddict().AddServer(options =>
                {
                    if (env.IsProduction())
                    {
                        options.{|TVA3007:AddEphemeralSigningKey|}();
                    }
                });
        """);

    [Fact]
    public Task OpenIddictGuardedByDevelopment_DoesNotReport() => VerifyOpenIddict("""
                services.AddOpenIddict().AddServer(options =>
                {
                    if (env.IsDevelopment())
                    {
                        options.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
                    }
                });
                if (env.IsDevelopment())
                {
                    services.AddOpenIddict().AddServer(options => options.AddEphemeralSigningKey());
                }
        """);
}
