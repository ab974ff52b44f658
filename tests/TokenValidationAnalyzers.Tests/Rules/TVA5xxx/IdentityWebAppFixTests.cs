using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002 on AddMicrosoftIdentityWebApp(Authentication): the fix post-configures the OpenID Connect scheme with the signing-key issuer check.</summary>
public class IdentityWebAppFixTests
{
    private const string OrganizationsJson = """
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "organizations",
            "ClientId": "11111111-2222-3333-4444-555555555555"
          }
        }
        """;

    private static Task VerifyFix(string source, string fixedSource, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = new Verify<HostingRuleSet, HostingCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.AdditionalFiles.Add(("appsettings.json", OrganizationsJson));
        test.TestState.OutputKind = kind;
        return test.RunAsync();
    }

    private static Task VerifyNoFix(string source)
    {
        var test = new Verify<HostingRuleSet, HostingCodeFixProvider>.Test { TestCode = source, FixedCode = source };
        test.TestState.AdditionalFiles.Add(("appsettings.json", OrganizationsJson));
        return test.RunAsync();
    }

    [Fact]
    public Task SectionOverload_Fix_PostConfiguresSigningKeyCheck() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(WebApplicationBuilder builder)
            {
                builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .{|TVA5002:AddMicrosoftIdentityWebApp|}(builder.Configuration.GetSection("AzureAd"));
                builder.Services.AddRazorPages();
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(WebApplicationBuilder builder)
            {
                builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));
                builder.Services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
                builder.Services.AddRazorPages();
            }
        }
        """);

    [Fact]
    public Task NamedScheme_Fix_PostConfiguresThatScheme() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                var authentication = services.AddAuthentication();
                authentication.{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration, openIdConnectScheme: "Entra");
            }
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                var authentication = services.AddAuthentication();
                authentication.AddMicrosoftIdentityWebApp(configuration, openIdConnectScheme: "Entra");
                authentication.Services.PostConfigure<OpenIdConnectOptions>("Entra", options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
            }
        }
        """);

    [Fact]
    public Task ServiceCollectionOverload_Fix_PostConfiguresOnTheServices() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.{|TVA5002:AddMicrosoftIdentityWebAppAuthentication|}(configuration);
            }
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddMicrosoftIdentityWebAppAuthentication(configuration);
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
            }
        }
        """);

    [Fact]
    public Task TopLevelProgram_Fix_AddsGlobalStatement() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .{|TVA5002:AddMicrosoftIdentityWebApp|}(builder.Configuration.GetSection("AzureAd"));
        var app = builder.Build();
        app.Run();
        """, """
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Validators;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));
        builder.Services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
        var app = builder.Build();
        app.Run();
        """, OutputKind.ConsoleApplication);

    [Fact]
    public Task TwoSchemes_FixAll_PostConfiguresBoth() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"), "Work", "WorkCookies");
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"), "Other", "OtherCookies");
            }
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"), "Work", "WorkCookies");
                services.PostConfigure<OpenIdConnectOptions>("Work", options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"), "Other", "OtherCookies");
                services.PostConfigure<OpenIdConnectOptions>("Other", options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
            }
        }
        """);

    [Fact]
    public Task CallFollowedByTokenAcquisitionChain_Fix_AddsStatementAfterTheChain() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"))
                    .EnableTokenAcquisitionToCallDownstreamApi()
                    .AddInMemoryTokenCaches();
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"))
                    .EnableTokenAcquisitionToCallDownstreamApi()
                    .AddInMemoryTokenCaches();
                services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());
            }
        }
        """);

    [Fact]
    public Task ExpressionBodiedMethod_NoFix() => VerifyNoFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
                => services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"));
        }
        """);

    [Fact]
    public Task SchemeNotConstant_NoFix() => VerifyNoFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration, string scheme)
            {
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration.GetSection("AzureAd"), scheme);
            }
        }
        """);
}
