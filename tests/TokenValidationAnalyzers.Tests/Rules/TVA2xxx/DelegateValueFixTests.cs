using TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001 where the removed delegate was the only thing that supplied valid issuers or audiences: the fix writes the value from configuration.</summary>
public class DelegateValueFixTests
{
    private const string ReadAudience = $$"""configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured")""";
    private const string ReadIssuer = $$"""configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<DelegateRuleSet, DelegateCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task IssuerValidatorWithoutIssuerSource_Fix_ReadsValidIssuerFromEnvironment() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidAudience = "api",
                {|TVA2001:IssuerValidator = (issuer, token, parameters) => issuer|},
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidAudience = "api",
                ValidIssuer = Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured"),
            };
        }
        """);

    [Fact]
    public Task IssuerValidatorUsingConfigurationStatement_Fix_AssignsValidIssuer() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static TokenValidationParameters P(IConfiguration configuration)
            {
                var p = new TokenValidationParameters { ValidAudience = "api" };
                {|TVA2001:p.IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) => issuer|};
                return p;
            }
        }
        """, $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static TokenValidationParameters P(IConfiguration configuration)
            {
                var p = new TokenValidationParameters { ValidAudience = "api" };
                p.ValidIssuer = {{ReadIssuer}};
                return p;
            }
        }
        """);

    [Fact]
    public Task AudienceValidatorWithValidateAudienceFalse_Fix_RemovesBothAndAddsValidAudience() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static TokenValidationParameters P(IConfiguration configuration) => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidateAudience = false,
                {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
            };
        }
        """, $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static TokenValidationParameters P(IConfiguration configuration) => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = {{ReadAudience}},
            };
        }
        """);

    [Fact]
    public Task AudienceValidatorAddedWithPlusEquals_Fix_AssignsValidAudience() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static TokenValidationParameters P(IConfiguration configuration)
            {
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test" };
                {|TVA2001:p.AudienceValidator += (audiences, token, parameters) => true|};
                return p;
            }
        }
        """, $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static TokenValidationParameters P(IConfiguration configuration)
            {
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test" };
                p.ValidAudience = {{ReadAudience}};
                return p;
            }
        }
        """);

    private static string InRegister(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task AudienceValidatorInConfigureWithoutOtherSource_Fix_AddsValidAudience() => VerifyFix(InRegister("""
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.Authority = "https://login.example.com";
                    {|TVA2001:o.TokenValidationParameters.AudienceValidator = (a, t, p) => true|};
                });
        """), InRegister($$"""
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters.ValidAudience = {{ReadAudience}};
                });
        """));

    [Fact]
    public Task AudienceValidatorInConfigureWithAudienceInAddJwtBearer_Fix_OnlyRemovesDelegate() => VerifyFix(InRegister("""
                services.AddAuthentication().AddJwtBearer("Api", o => o.Audience = "api");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.Authority = "https://login.example.com";
                    {|TVA2001:o.TokenValidationParameters.AudienceValidator = (a, t, p) => true|};
                });
        """), InRegister("""
                services.AddAuthentication().AddJwtBearer("Api", o => o.Audience = "api");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.Authority = "https://login.example.com";
                });
        """));

    [Fact]
    public Task AudienceValidatorInOptionsClass_Fix_InjectsConfiguration() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;

        sealed class ConfigureBearer : IPostConfigureOptions<JwtBearerOptions>
        {
            public void PostConfigure(string? name, JwtBearerOptions options)
            {
                options.Authority = "https://login.example.com";
                {|TVA2001:options.TokenValidationParameters.AudienceValidator = (a, t, p) => true|};
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Options;

        sealed class ConfigureBearer : IPostConfigureOptions<JwtBearerOptions>
        {
            private readonly IConfiguration _configuration;

            public ConfigureBearer(IConfiguration configuration) => _configuration = configuration;

            public void PostConfigure(string? name, JwtBearerOptions options)
            {
                options.Authority = "https://login.example.com";
                options.TokenValidationParameters.ValidAudience = _configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured");
            }
        }
        """);
}
