using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>Fixes that write the valid issuer or audience read from configuration (TVA1001/TVA1002 without a source, TVA1009/TVA1010).</summary>
public class ValidationSwitchConfigurationFixTests
{
    private const string ReadIssuer = $$"""configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured")""";
    private const string ReadAudience = $$"""configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InCreate(string body) => $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Factory
        {
            public static TokenValidationParameters Create(IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task IssuerDisabledWithoutSource_Fix_ReadsIssuerFromConfigurationParameter() => VerifyFix(InCreate("""
                return new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|}, // TODO
                    ValidAudience = "api",
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidIssuer = {{ReadIssuer}}, // TODO
                    ValidAudience = "api",
                };
        """));

    [Fact]
    public Task IssuerAndAudienceDisabledWithoutSource_FixAll_ReadsBoth() => VerifyFix(InCreate("""
                return new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|},
                    {|TVA1002:ValidateAudience = false|},
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidIssuer = {{ReadIssuer}},
                    ValidAudience = {{ReadAudience}},
                };
        """));

    [Fact]
    public Task IssuerDisabledAndAudienceMissing_FixAll_FixesBoth() => VerifyFix(InCreate("""
                return {|TVA1010:new TokenValidationParameters|}
                {
                    {|TVA1001:ValidateIssuer = false|},
                    ClockSkew = TimeSpan.Zero,
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidIssuer = {{ReadIssuer}},
                    ClockSkew = TimeSpan.Zero,
                    ValidAudience = {{ReadAudience}},
                };
        """));

    [Fact]
    public Task IssuerDisabledThroughOptionsMemberChain_Fix_AssignsValidIssuer() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" };
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|}; // for now
                });
            }
        }
        """, $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" };
                    o.TokenValidationParameters.ValidIssuer = {{ReadIssuer}}; // for now
                });
            }
        }
        """);

    [Fact]
    public Task AudienceDisabledStatement_Fix_AssignsValidAudience() => VerifyFix(InCreate("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer" };
                {|TVA1002:p.ValidateAudience = false|};
                return p;
        """), InCreate($$"""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer" };
                p.ValidAudience = {{ReadAudience}};
                return p;
        """));

    [Fact]
    public Task AudienceDisabled_Fix_ReadsFromConfigurationField() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class Factory
        {
            private readonly IConfiguration _configuration;

            public Factory(IConfiguration configuration) => _configuration = configuration;

            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                {|TVA1002:ValidateAudience = false|},
            };
        }
        """, $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class Factory
        {
            private readonly IConfiguration _configuration;

            public Factory(IConfiguration configuration) => _configuration = configuration;

            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                ValidAudience = _configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured"),
            };
        }
        """);

    private static string InMain(string options) => $$"""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
        {{options}}
                    };
                });
                builder.Build().Run();
            }
        }
        """;

    [Fact]
    public Task IssuerDisabledInAddJwtBearerWithoutAuthority_Fix_ReadsBuilderConfiguration() => VerifyFix(InMain("""
                        {|TVA1001:ValidateIssuer = false|},
                        NameClaimType = "name",
        """), InMain($$"""
                        ValidIssuer = builder.Configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
                        NameClaimType = "name",
        """));

    [Fact]
    public Task MissingIssuerInAddJwtBearer_Fix_AddsBuilderConfigurationRead() => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CompilationEndCodeFixAsync(InMain("""
                        NameClaimType = "name",
        """).Replace("new TokenValidationParameters", "{|TVA1009:new TokenValidationParameters|}"), InMain($$"""
                        NameClaimType = "name",
                        ValidIssuer = builder.Configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
        """));

    [Fact]
    public Task IssuerDisabledWithoutConfiguration_Fix_ReadsEnvironmentVariable() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidAudience = "api",
                {|TVA1001:ValidateIssuer = false|}
            };
        }
        """, $$"""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidAudience = "api",
                ValidIssuer = Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured")
            };
        }
        """);

    [Fact]
    public Task GlobalUsingSystem_Fix_UsesSimpleNames() => VerifyFix(InCreate("""
                return new TokenValidationParameters { {|TVA1001:ValidateIssuer = false|}, ValidAudience = "api" };
        """), InCreate("""
                return new TokenValidationParameters { ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"), ValidAudience = "api" };
        """));

    [Fact]
    public Task ExplicitUsingSystem_Fix_UsesSimpleNames() => VerifyFix("""
        using System;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters { ValidIssuer = "https://issuer", {|TVA1002:ValidateAudience = false|} };
        }
        """, """
        using System;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters { ValidIssuer = "https://issuer", ValidAudience = Environment.GetEnvironmentVariable("JWT_AUDIENCE") ?? throw new InvalidOperationException("JWT_AUDIENCE is not configured") };
        }
        """);

    [Fact]
    public Task MissingIssuerMultiLineWithTrailingComma_Fix_AppendsElement() => VerifyFix(InCreate("""
                return {|TVA1009:new TokenValidationParameters|}
                {
                    ValidAudience = "api",
                    ClockSkew = TimeSpan.Zero,
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidAudience = "api",
                    ClockSkew = TimeSpan.Zero,
                    ValidIssuer = {{ReadIssuer}},
                };
        """));

    [Fact]
    public Task MissingIssuerTrailingCommaAndComment_Fix_DoesNotCopyComment() => VerifyFix(InCreate("""
                return {|TVA1009:new TokenValidationParameters|}
                {
                    ValidAudience = "api",
                    ClockSkew = TimeSpan.Zero, // tight
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidAudience = "api",
                    ClockSkew = TimeSpan.Zero, // tight
                    ValidIssuer = {{ReadIssuer}},
                };
        """));

    [Fact]
    public Task MissingIssuerMultiLineWithoutTrailingComma_Fix_AppendsElement() => VerifyFix(InCreate("""
                return {|TVA1009:new TokenValidationParameters|}
                {
                    ValidAudience = "api",
                    ClockSkew = TimeSpan.Zero
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidAudience = "api",
                    ClockSkew = TimeSpan.Zero,
                    ValidIssuer = {{ReadIssuer}}
                };
        """));

    [Fact]
    public Task MissingIssuerEmptyInitializer_Fix_AddsElement() => VerifyFix(InCreate("""
                var p = {|TVA1009:new TokenValidationParameters|} { };
                p.ValidAudience = "api";
                return p;
        """), InCreate($$"""
                var p = new TokenValidationParameters { ValidIssuer = {{ReadIssuer}} };
                p.ValidAudience = "api";
                return p;
        """));

    [Fact]
    public Task MissingIssuerEmptyMultiLineInitializer_Fix_IndentsElement() => VerifyFix(InCreate("""
                var p = {|TVA1009:new TokenValidationParameters|}
                {
                };
                p.ValidAudience = "api";
                return p;
        """), InCreate($$"""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = {{ReadIssuer}}
                };
                p.ValidAudience = "api";
                return p;
        """));

    [Fact]
    public Task MissingIssuerWithoutInitializer_Fix_CreatesInitializer() => VerifyFix(InCreate("""
                var p = {|TVA1009:new TokenValidationParameters()|};
                p.ValidAudience = "api";
                return p;
        """), InCreate($$"""
                var p = new TokenValidationParameters() { ValidIssuer = {{ReadIssuer}} };
                p.ValidAudience = "api";
                return p;
        """));

    [Fact]
    public Task MissingAudienceTargetTypedNew_Fix_CreatesInitializer() => VerifyFix(InCreate("""
                TokenValidationParameters p = {|TVA1010:new()|};
                p.ValidIssuer = "https://issuer";
                return p;
        """), InCreate($$"""
                TokenValidationParameters p = new() { ValidAudience = {{ReadAudience}} };
                p.ValidIssuer = "https://issuer";
                return p;
        """));

    [Fact]
    public Task MissingIssuerAndAudience_FixAll_AddsBoth() => VerifyFix(InCreate("""
                return {|TVA1009:{|TVA1010:new TokenValidationParameters|}|}
                {
                    ClockSkew = TimeSpan.Zero,
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ClockSkew = TimeSpan.Zero,
                    ValidIssuer = {{ReadIssuer}},
                    ValidAudience = {{ReadAudience}},
                };
        """));

    [Fact]
    public Task MissingIssuerAndAudienceWithoutInitializer_FixAll_AddsBoth() => VerifyFix(InCreate("""
                return {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};
        """), InCreate($$"""
                return new TokenValidationParameters() { ValidIssuer = {{ReadIssuer}}, ValidAudience = {{ReadAudience}} };
        """));

    [Fact]
    public Task BlankIssuer_Fix_ReplacesWithConfigurationRead() => VerifyFix(InCreate("""
                return new TokenValidationParameters
                {
                    {|TVA1009:ValidIssuer = ""|},
                    ValidAudience = "api",
                };
        """), InCreate($$"""
                return new TokenValidationParameters
                {
                    ValidIssuer = {{ReadIssuer}},
                    ValidAudience = "api",
                };
        """));

    [Fact]
    public Task EmptyAudiencesInInitializer_Fix_ReplacesWithValidAudience() => VerifyFix(InCreate("""
                return new TokenValidationParameters { ValidIssuer = "https://issuer", {|TVA1010:ValidAudiences = new string[0]|} };
        """), InCreate($$"""
                return new TokenValidationParameters { ValidIssuer = "https://issuer", ValidAudience = {{ReadAudience}} };
        """));

    [Fact]
    public Task EmptyAudiencesAssignedLater_Fix_ReplacesWithValidAudience() => VerifyFix(InCreate("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer" };
                {|TVA1010:p.ValidAudiences = Array.Empty<string>()|};
                return p;
        """), InCreate($$"""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer" };
                p.ValidAudience = {{ReadAudience}};
                return p;
        """));
}
