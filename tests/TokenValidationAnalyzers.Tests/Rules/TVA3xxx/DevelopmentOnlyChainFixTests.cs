using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3007/TVA5008 fix inside a call chain: only the development-only calls are guarded, the rest of the chain stays.</summary>
public class DevelopmentOnlyChainFixTests
{
    private const string Header = """
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IHostEnvironment env)
            {
                services.AddOpenIddict().AddServer(options =>
                {

        """;

    private const string Footer = """

                });
            }
        }
        """;

    private static Task VerifyServer(string body, string fixedBody)
        => Verify<DevelopmentOnlyRuleSet, DevelopmentOnlyCodeFixProvider>.CodeFixAsync(Header + body + Footer, Header + fixedBody + Footer);

    [Fact]
    public Task ChainOfDevelopmentKeysOnNamedBuilder_WholeStatementWrapped() => VerifyServer("""
                    options.SetTokenEndpointUris("connect/token");
                    options.{|TVA3007:AddDevelopmentEncryptionCertificate|}()
                           .{|TVA3007:AddDevelopmentSigningCertificate|}();
        """, """
                    options.SetTokenEndpointUris("connect/token");
                    if (env.IsDevelopment())
                    {
                        options.AddDevelopmentEncryptionCertificate()
                               .AddDevelopmentSigningCertificate();
                    }
        """);

    [Fact]
    public Task DevelopmentKeyBeforeTheRestOfTheChain_GuardedAndChainKept() => VerifyServer("""
                    options.{|TVA3007:AddEphemeralSigningKey|}().{|TVA3007:AddEphemeralEncryptionKey|}()
                        .SetTokenEndpointUris("connect/token")
                        .AllowClientCredentialsFlow();
        """, """
                    if (env.IsDevelopment())
                    {
                        options.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
                    }
                    options.SetTokenEndpointUris("connect/token")
                        .AllowClientCredentialsFlow();
        """);

    [Fact]
    public Task CallAtTheEndOfAChain_ReceiverMovedToALocal() => VerifyServer("""
                    options.UseAspNetCore().EnableTokenEndpointPassthrough().{|TVA5008:DisableTransportSecurityRequirement|}();
        """, """
                    var openIddictServerAspNetCoreBuilder = options.UseAspNetCore().EnableTokenEndpointPassthrough();
                    if (env.IsDevelopment())
                    {
                        openIddictServerAspNetCoreBuilder.DisableTransportSecurityRequirement();
                    }
        """);

    [Fact]
    public Task CallInTheMiddleOfAChain_LocalThenGuardThenRest() => VerifyServer("""
                    var openIddictServerAspNetCoreBuilder = 1;
                    options.UseAspNetCore()
                        .{|TVA5008:DisableTransportSecurityRequirement|}()
                        .EnableTokenEndpointPassthrough(); // the token endpoint
        """, """
                    var openIddictServerAspNetCoreBuilder = 1;
                    var openIddictServerAspNetCoreBuilder2 = options.UseAspNetCore();
                    if (env.IsDevelopment())
                    {
                        openIddictServerAspNetCoreBuilder2.DisableTransportSecurityRequirement();
                    }
                    openIddictServerAspNetCoreBuilder2.EnableTokenEndpointPassthrough(); // the token endpoint
        """);

    [Fact]
    public Task ClientBuilderChain_Guarded() => Verify<DevelopmentOnlyRuleSet, DevelopmentOnlyCodeFixProvider>.CodeFixAsync("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IHostEnvironment env)
            {
                services.AddOpenIddict().AddClient(options =>
                {
                    options.{|TVA3007:AddDevelopmentSigningCertificate|}().AllowAuthorizationCodeFlow();
                    options.UseAspNetCore().{|TVA5008:DisableTransportSecurityRequirement|}();
                });
            }
        }
        """, """
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IHostEnvironment env)
            {
                services.AddOpenIddict().AddClient(options =>
                {
                    if (env.IsDevelopment())
                    {
                        options.AddDevelopmentSigningCertificate();
                    }
                    options.AllowAuthorizationCodeFlow();
                    var openIddictClientAspNetCoreBuilder = options.UseAspNetCore();
                    if (env.IsDevelopment())
                    {
                        openIddictClientAspNetCoreBuilder.DisableTransportSecurityRequirement();
                    }
                });
            }
        }
        """);

    [Fact]
    public Task DuendeTopLevelChain_ReceiverMovedToALocal() => DevelopmentOnlyFixTests.VerifyProgram("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddIdentityServer(options => options.IssuerUri = "https://id.example.com")
            .{|TVA3007:AddDeveloperSigningCredential|}();
        builder.Build().Run();
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        var builder = WebApplication.CreateBuilder(args);
        var identityServerBuilder = builder.Services.AddIdentityServer(options => options.IssuerUri = "https://id.example.com");
        if (builder.Environment.IsDevelopment())
        {
            identityServerBuilder.AddDeveloperSigningCredential();
        }
        builder.Build().Run();
        """);

    [Fact]
    public Task ExpressionBodiedLambda_NoFix() => Verify<DevelopmentOnlyRuleSet, DevelopmentOnlyCodeFixProvider>.NoCodeFixAsync("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IHostEnvironment env)
            {
                services.AddOpenIddict().AddServer(options => options.{|TVA3007:AddEphemeralSigningKey|}().SetTokenEndpointUris("connect/token"));
            }
        }
        """);
}
