using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1009/TVA1010 on parameters held by JwtBearer/OpenIdConnect options: the options' authority and audience count.</summary>
public class MissingIssuerAudienceOptionsTests
{
    private static Task VerifyAddJwtBearer(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Protocols.OpenIdConnect;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration config)
            {
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
                {
        {{body}}
                });
            }
        }
        """);

    [Fact]
    public Task AddJwtBearerWithAuthorityAndAudience_DoesNotReport() => VerifyAddJwtBearer("""
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task AddJwtBearerWithoutAuthority_ReportsTVA1009() => VerifyAddJwtBearer("""
                    o.Audience = "api";
                    o.TokenValidationParameters = {|TVA1009:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task AddJwtBearerWithoutAudience_ReportsTVA1010() => VerifyAddJwtBearer("""
                    o.Authority = config["Jwt:Authority"];
                    o.TokenValidationParameters = {|TVA1010:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task AddJwtBearerTargetTypedNewWithoutAuthorityOrAudience_ReportsBoth() => VerifyAddJwtBearer("""
                    o.TokenValidationParameters = {|TVA1009:{|TVA1010:new()|}|} { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task AddJwtBearerAuthoritySetAfterParameters_DoesNotReport() => VerifyAddJwtBearer("""
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
        """);

    [Fact]
    public Task AddJwtBearerMetadataAddress_SuppliesIssuer() => VerifyAddJwtBearer("""
                    o.MetadataAddress = "https://login.example.com/.well-known/openid-configuration";
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task AddJwtBearerConfiguration_SuppliesIssuer() => VerifyAddJwtBearer("""
                    o.Configuration = new OpenIdConnectConfiguration { Issuer = "https://login.example.com" };
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task AddJwtBearerLaterMemberChainAssignments_Count() => VerifyAddJwtBearer("""
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                    o.TokenValidationParameters.ValidIssuer = config["Jwt:Issuer"];
                    o.TokenValidationParameters.ValidAudience = config["Jwt:Audience"];
        """);

    [Fact]
    public Task AddJwtBearerAliasOfOptionsParameters_Counts() => VerifyAddJwtBearer("""
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                    var tvp = o.TokenValidationParameters;
                    tvp.ValidIssuer = config["Jwt:Issuer"];
                    tvp.ValidAudiences = new[] { "api" };
        """);

    [Fact]
    public Task AddJwtBearerLaterBlankIssuer_ReportsOnAssignment() => VerifyAddJwtBearer("""
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                    {|TVA1009:o.TokenValidationParameters.ValidIssuer = " "|};
        """);

    [Fact]
    public Task AddOpenIdConnectAuthorityAndClientId_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.ClientId = "client";
                    o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" };
                });
            }
        }
        """);

    [Fact]
    public Task AddOpenIdConnectWithoutClientId_ReportsTVA1010() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddOpenIdConnect("oidc", o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters = {|TVA1010:new TokenValidationParameters|} { NameClaimType = "name" };
                });
            }
        }
        """);

    [Fact]
    public Task JwtBearerOptionsInitializerWithAuthorityAndAudience_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions Create() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero },
            };
        }
        """);

    [Fact]
    public Task JwtBearerOptionsInitializerWithoutAudience_ReportsTVA1010() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions Create() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                TokenValidationParameters = {|TVA1010:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero },
            };
        }
        """);

    [Fact]
    public Task ConfigureOptionsLambdaAlone_ReportsBoth() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
                {
                    options.TokenValidationParameters = {|TVA1009:{|TVA1010:new TokenValidationParameters|}|} { ClockSkew = TimeSpan.Zero };
                });
            }
        }
        """);

    [Fact]
    public Task ConfigureNamedOptionsImplementationAlone_ReportsBoth() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        sealed class ConfigureJwt : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(string? name, JwtBearerOptions options)
                => options.TokenValidationParameters = {|TVA1009:{|TVA1010:new TokenValidationParameters|}|} { ClockSkew = TimeSpan.Zero };

            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
        }
        """);

    [Fact]
    public Task HelperWithOptionsParameter_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        static class JwtSetup
        {
            public static void Apply(JwtBearerOptions options)
            {
                options.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
            }
        }
        """);

    [Fact]
    public Task AddMicrosoftIdentityWebApi_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
                    o => o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero },
                    m =>
                    {
                        m.Instance = "https://login.microsoftonline.com/";
                        m.TenantId = "contoso.onmicrosoft.com";
                        m.ClientId = "client";
                    });
            }
        }
        """);

    [Fact]
    public Task OptionsPassedToUnknownMethod_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                    Customize(o);
                });
            }

            static void Customize(JwtBearerOptions o)
            {
                o.Authority = "https://login.example.com";
                o.Audience = "api";
            }
        }
        """);

    [Fact]
    public Task LocalJwtBearerOptionsWithoutAudience_ReportsTVA1010() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions Create()
            {
                var o = new JwtBearerOptions { Authority = "https://login.example.com" };
                o.TokenValidationParameters = {|TVA1010:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero };
                return o;
            }
        }
        """);
}
