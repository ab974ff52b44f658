using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3007/TVA5008 fix: the call becomes <c>if (env.IsDevelopment()) { … }</c> when an environment is in scope.</summary>
public class DevelopmentOnlyFixTests
{
    /// <summary>A top-level <c>Program.cs</c> with the Duende stubs.</summary>
    internal static Task VerifyProgram(string source, string fixedSource)
    {
        var test = new Verify<Duende<DevelopmentOnlyRuleSet>, DevelopmentOnlyCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task OpenIddictStatementsInLambda_WrappedWithEnvironmentParameter() => Verify<DevelopmentOnlyRuleSet, DevelopmentOnlyCodeFixProvider>.CodeFixAsync("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IHostEnvironment env)
            {
                services.AddOpenIddict().AddServer(options =>
                {
                    options.SetTokenEndpointUris("connect/token");
                    // a key for the sample client
                    options.{|TVA3007:AddDevelopmentSigningCertificate|}();
                    options.{|TVA3007:AddEphemeralEncryptionKey|}();
                    var aspNetCore = options.UseAspNetCore();
                    aspNetCore.{|TVA5008:DisableTransportSecurityRequirement|}();
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
                services.AddOpenIddict().AddServer(options =>
                {
                    options.SetTokenEndpointUris("connect/token");
                    // a key for the sample client
                    if (env.IsDevelopment())
                    {
                        options.AddDevelopmentSigningCertificate();
                    }
                    if (env.IsDevelopment())
                    {
                        options.AddEphemeralEncryptionKey();
                    }
                    var aspNetCore = options.UseAspNetCore();
                    if (env.IsDevelopment())
                    {
                        aspNetCore.DisableTransportSecurityRequirement();
                    }
                });
            }
        }
        """);

    [Fact]
    public Task DuendeTopLevelProgram_WrappedWithBuilderEnvironment() => VerifyProgram("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        var identity = builder.Services.AddIdentityServer();
        identity.{|TVA3007:AddDeveloperSigningCredential|}();
        builder.Build().Run();
        """, """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        var builder = WebApplication.CreateBuilder(args);
        var identity = builder.Services.AddIdentityServer();
        if (builder.Environment.IsDevelopment())
        {
            identity.AddDeveloperSigningCredential();
        }
        builder.Build().Run();
        """);

    [Fact]
    public Task WebHostEnvironmentField_Wrapped() => Verify<IdentityServer4<DevelopmentOnlyRuleSet>, DevelopmentOnlyCodeFixProvider>.CodeFixAsync("""
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        class Startup(IWebHostEnvironment environment)
        {
            public void ConfigureServices(IServiceCollection services)
            {
                var identity = services.AddIdentityServer();
                identity.{|TVA3007:AddDeveloperSigningCredential|}(
                    persistKey: false);
            }
        }
        """, """
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        class Startup(IWebHostEnvironment environment)
        {
            public void ConfigureServices(IServiceCollection services)
            {
                var identity = services.AddIdentityServer();
                if (environment.IsDevelopment())
                {
                    identity.AddDeveloperSigningCredential(
                        persistKey: false);
                }
            }
        }
        """);

    [Fact]
    public Task NoEnvironmentInScope_NoFix() => Verify<Duende<DevelopmentOnlyRuleSet>, DevelopmentOnlyCodeFixProvider>.NoCodeFixAsync("""
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                var identity = services.AddIdentityServer();
                identity.{|TVA3007:AddDeveloperSigningCredential|}();
            }
        }
        """);

    [Fact]
    public Task TopLevelLocalFromAnotherClass_NoFix() => VerifyProgram(Unfixable, Unfixable);

    private const string Unfixable = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        var builder = WebApplication.CreateBuilder(args);
        Keys.Add(builder.Services.AddIdentityServer());

        static class Keys
        {
            public static void Add(IIdentityServerBuilder identity)
            {
                identity.{|TVA3007:AddDeveloperSigningCredential|}();
            }
        }
        """;
}
