using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1001–TVA1006 inside options lambdas and IConfigureOptions / IPostConfigureOptions implementations.</summary>
public class SwitchOptionsShapeTests
{
    private static Task VerifyRegistration(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
        {{body}}
            }
        }
        """);

    private static Task VerifyOptionsClass(string members) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        {{members}}
        """);

    [Fact]
    public Task AddJwtBearerMemberChain_Reports() => VerifyRegistration("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|};
                });
        """);

    [Fact]
    public Task AddJwtBearerMemberChainTrue_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters.ValidateIssuer = true;
                });
        """);

    [Fact]
    public Task AddJwtBearerExpressionLambda_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer("Api", o => {|TVA1003:o.TokenValidationParameters.ValidateLifetime = false|});
        """);

    [Fact]
    public Task AddJwtBearerNewParametersInitializer_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { {|TVA1006:RequireAudience = false|} };
                });
        """);

    [Fact]
    public Task AddJwtBearerNewParametersInitializerTrue_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { RequireAudience = true };
                });
        """);

    [Fact]
    public Task AddOpenIdConnectMemberChain_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://login.example.com";
                    {|TVA1002:o.TokenValidationParameters.ValidateAudience = false|};
                });
        """);

    [Fact]
    public Task AddOpenIdConnectMemberChainTrue_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters.ValidateAudience = true;
                });
        """);

    [Fact]
    public Task ConfigureJwtBearerOptions_Reports() => VerifyRegistration("""
                services.Configure<JwtBearerOptions>(o => {|TVA1003:o.TokenValidationParameters.ValidateLifetime = false|});
        """);

    [Fact]
    public Task ConfigureJwtBearerOptionsTrue_DoesNotReport() => VerifyRegistration("""
                services.Configure<JwtBearerOptions>(o => o.TokenValidationParameters.ValidateLifetime = true);
        """);

    [Fact]
    public Task ConfigureNamedJwtBearerOptionsAlias_Reports() => VerifyRegistration("""
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    var tvp = o.TokenValidationParameters;
                    {|TVA1005:tvp.RequireExpirationTime = false|};
                });
        """);

    [Fact]
    public Task ConfigureOpenIdConnectOptions_Reports() => VerifyRegistration("""
                services.Configure<OpenIdConnectOptions>("oidc", o => {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|});
        """);

    [Fact]
    public Task PostConfigureJwtBearerOptions_Reports() => VerifyRegistration("""
                services.PostConfigure<JwtBearerOptions>("Bearer", o =>
                {
                    {|TVA1004:o.TokenValidationParameters.RequireSignedTokens = false|};
                });
        """);

    [Fact]
    public Task PostConfigureJwtBearerOptionsTrue_DoesNotReport() => VerifyRegistration("""
                services.PostConfigure<JwtBearerOptions>("Bearer", o =>
                {
                    o.TokenValidationParameters.RequireSignedTokens = true;
                });
        """);

    [Fact]
    public Task AddMicrosoftIdentityWebApi_Reports() => VerifyRegistration("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(o =>
                {
                    {|TVA1005:o.TokenValidationParameters.RequireExpirationTime = false|};
                }, m =>
                {
                    m.Instance = "https://login.microsoftonline.com/";
                    m.TenantId = "contoso.onmicrosoft.com";
                    m.ClientId = "client";
                });
        """);

    [Fact]
    public Task AddMicrosoftIdentityWebApiTrue_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(o =>
                {
                    o.TokenValidationParameters.RequireExpirationTime = true;
                }, m => { });
        """);

    [Fact]
    public Task AddMicrosoftIdentityWebApiValidateAudience_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddMicrosoftIdentityWebApi(o => {|TVA1002:o.TokenValidationParameters.ValidateAudience = false|}, m => { });
        """);

    [Fact]
    public Task ConfigureOptionsClass_Reports() => VerifyOptionsClass("""
        sealed class ConfigureJwt : IConfigureOptions<JwtBearerOptions>
        {
            public void Configure(JwtBearerOptions options)
            {
                {|TVA1006:options.TokenValidationParameters.RequireAudience = false|};
            }
        }
        """);

    [Fact]
    public Task ConfigureOptionsClassTrue_DoesNotReport() => VerifyOptionsClass("""
        sealed class ConfigureJwt : IConfigureOptions<JwtBearerOptions>
        {
            public void Configure(JwtBearerOptions options)
            {
                options.TokenValidationParameters.RequireAudience = true;
            }
        }
        """);

    [Fact]
    public Task ConfigureNamedOptionsClassBothMethods_Report() => VerifyOptionsClass("""
        sealed class ConfigureJwt : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(string? name, JwtBearerOptions options)
            {
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
            }

            public void Configure(JwtBearerOptions options)
            {
                var tvp = options.TokenValidationParameters;
                {|TVA1003:tvp.ValidateLifetime = false|};
            }
        }
        """);

    [Fact]
    public Task ConfigureNamedOptionsClassTrue_DoesNotReport() => VerifyOptionsClass("""
        sealed class ConfigureJwt : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(string? name, JwtBearerOptions options)
            {
                options.TokenValidationParameters.ValidateIssuer = true;
            }

            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
        }
        """);

    [Fact]
    public Task PostConfigureOptionsClass_Reports() => VerifyOptionsClass("""
        sealed class PostConfigureJwt : IPostConfigureOptions<JwtBearerOptions>
        {
            public void PostConfigure(string? name, JwtBearerOptions options)
            {
                {|TVA1002:options.TokenValidationParameters.ValidateAudience = false|};
            }
        }
        """);

    [Fact]
    public Task PostConfigureOptionsClassTrue_DoesNotReport() => VerifyOptionsClass("""
        sealed class PostConfigureJwt : IPostConfigureOptions<JwtBearerOptions>
        {
            public void PostConfigure(string? name, JwtBearerOptions options)
            {
                options.TokenValidationParameters.ValidateAudience = true;
            }
        }
        """);

    [Fact]
    public Task PostConfigureOptionsClassNewParameters_Reports() => VerifyOptionsClass("""
        sealed class PostConfigureJwt : IPostConfigureOptions<JwtBearerOptions>
        {
            public void PostConfigure(string? name, JwtBearerOptions options)
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    {|TVA1004:RequireSignedTokens = false|},
                };
            }
        }
        """);
}
