using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5008: OpenIddict's DisableTransportSecurityRequirement() that production reaches.</summary>
public class TransportSecurityTests
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

    private static Task VerifyBody(string body) => Verify<DevelopmentOnlyRuleSet>.AnalyzerAsync(Header + "\n" + body + Footer);

    [Fact]
    public Task ServerUnguarded_Reports() => VerifyBody("""
                services.AddOpenIddict().AddServer(options =>
                {
                    options.UseAspNetCore().EnableTokenEndpointPassthrough().{|TVA5008:DisableTransportSecurityRequirement|}();
                });
        """);

    [Fact]
    public Task ServerExpressionBodiedLambda_Reports() => VerifyBody("""
                services.AddOpenIddict().AddServer(options => options.UseAspNetCore().{|TVA5008:DisableTransportSecurityRequirement|}());
        """);

    [Fact]
    public Task UnderIsProductionElseOrFlag_Reports() => VerifyBody("""
                services.AddOpenIddict().AddServer(options =>
                {
                    var aspNetCore = options.UseAspNetCore();
                    if (env.IsProduction())
                    {
                        aspNetCore.{|TVA5008:DisableTransportSecurityRequirement|}();
                    }

                    if (env.IsDevelopment())
                    {
                    }
                    else
                    {
                        aspNetCore.{|TVA5008:DisableTransportSecurityRequirement|}();
                    }

                    if (config.GetValue<bool>("Http"))
                    {
                        aspNetCore.{|TVA5008:DisableTransportSecurityRequirement|}();
                    }
                });
        """);

    [Fact]
    public Task GuardedByDevelopment_DoesNotReport() => VerifyBody("""
                services.AddOpenIddict().AddServer(options =>
                {
                    var aspNetCore = options.UseAspNetCore();
                    if (env.IsDevelopment())
                    {
                        aspNetCore.DisableTransportSecurityRequirement();
                    }

                    if (!env.IsProduction())
                    {
                        aspNetCore.DisableTransportSecurityRequirement();
                    }

                    if (!env.IsDevelopment())
                    {
                        return;
                    }

                    aspNetCore.DisableTransportSecurityRequirement();
                });
        """);

    [Fact]
    public Task ClientIntegration_ReportsUnlessGuarded() => VerifyBody("""
                services.AddOpenIddict().AddClient(options =>
                {
                    options.UseAspNetCore().{|TVA5008:DisableTransportSecurityRequirement|}();
                    if (env.IsDevelopment())
                    {
                        options.UseAspNetCore().DisableTransportSecurityRequirement();
                    }
                });
        """);

    [Fact]
    public Task OwnMethodOfTheSameName_DoesNotReport() => VerifyBody("""
                new MyApp.Transport().DisableTransportSecurityRequirement();
            }
        }

        namespace MyApp
        {
            class Transport
            {
                public Transport DisableTransportSecurityRequirement() => this;
            }
        }

        static class Other
        {
            static void M()
            {
        """);
}
