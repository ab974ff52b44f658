using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>
/// TVA1009/TVA1010 on options configured in several places: a missing issuer or audience on options-owned parameters is
/// reported only when no other configuration of the same options type exists in the compilation.
/// </summary>
public class MissingIssuerAudienceSeveralConfigurationsTests
{
    private const string AddJwtBearerWithoutIssuer = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Add(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                });
            }
        }
        """;

    private const string ConfigureSuppliesIssuer = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        static class JwtConfiguration
        {
            public static void Configure(IServiceCollection services, IConfiguration config)
            {
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.TokenValidationParameters.ValidIssuer = config["Jwt:Issuer"]);
            }
        }
        """;

    private static string Reported(string source) => source.Replace(
        "new TokenValidationParameters { ClockSkew", "{|TVA1009:new TokenValidationParameters|} { ClockSkew", StringComparison.Ordinal);

    [Fact]
    public Task AddJwtBearerAlone_ReportsTVA1009()
        => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(Reported(AddJwtBearerWithoutIssuer));

    [Fact]
    public Task AddJwtBearerAndConfigureInAnotherFile_DoesNotReport()
        => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(new[] { AddJwtBearerWithoutIssuer, ConfigureSuppliesIssuer });

    [Fact]
    public Task AddJwtBearerAndPostConfigureInAnotherClass_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(AddJwtBearerWithoutIssuer + """

        static class Later
        {
            public static void Add(IServiceCollection services)
                => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Authority = "https://login.example.com");
        }
        """);

    [Fact]
    public Task AddJwtBearerAndConfigureOfOtherScheme_ReportsTVA1009() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(Reported(AddJwtBearerWithoutIssuer) + """

        static class Other
        {
            public static void Add(IServiceCollection services)
                => services.Configure<JwtBearerOptions>("Other", o => o.Authority = "https://login.example.com");
        }
        """);

    [Fact]
    public Task AddJwtBearerAndOpenIdConnectConfiguration_ReportsTVA1009() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(Reported(AddJwtBearerWithoutIssuer) + """

        static class Oidc
        {
            public static void Add(IServiceCollection services)
                => services.ConfigureAll<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>(o => o.Authority = "https://login.example.com");
        }
        """);

    [Fact]
    public Task AddJwtBearerAndOwnOptionsConfiguration_ReportsTVA1009() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(Reported(AddJwtBearerWithoutIssuer) + """

        sealed class MyOptions
        {
            public string? Authority { get; set; }
            public TokenValidationParameters TokenValidationParameters { get; set; } = new();
        }

        static class Own
        {
            public static void Add(IServiceCollection services)
                => services.Configure<MyOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Authority = "https://login.example.com");
        }
        """);

    [Fact]
    public Task ConfigureLambdaAlone_ReportsTVA1010() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Add(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer();
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters = {|TVA1010:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero };
                });
            }
        }
        """);

    [Fact]
    public Task OptionsBuilderConfigureAlone_ReportsTVA1009() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Add(IServiceCollection services)
                => services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = {|TVA1009:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero };
                });
        }
        """);

    private const string ConfigureNamedOptionsClass = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        sealed class ConfigureJwt : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(string? name, JwtBearerOptions options)
                => options.TokenValidationParameters = {|TVA1009:{|TVA1010:new TokenValidationParameters|}|} { ClockSkew = TimeSpan.Zero };

            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
        }
        """;

    [Fact]
    public Task ConfigureNamedOptionsClassAlone_ReportsBoth() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(ConfigureNamedOptionsClass);

    [Fact]
    public Task ConfigureNamedOptionsClassAndAddJwtBearerWithAuthority_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(new[]
    {
        ConfigureNamedOptionsClass.Replace("{|TVA1009:{|TVA1010:new TokenValidationParameters|}|}", "new TokenValidationParameters", StringComparison.Ordinal),
        """
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Add(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                });
        }
        """,
    });

    [Fact]
    public Task PostConfigureOptionsClassAlone_ReportsTVA1009() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        sealed class PostConfigureJwt : IPostConfigureOptions<JwtBearerOptions>
        {
            public void PostConfigure(string? name, JwtBearerOptions options)
            {
                options.Audience = "api";
                options.TokenValidationParameters = {|TVA1009:new TokenValidationParameters|} { ClockSkew = TimeSpan.Zero };
            }
        }
        """);

    [Fact]
    public Task ConfigureOptionsClassOfOwnType_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        sealed class MyOptions
        {
            public TokenValidationParameters? TokenValidationParameters { get; set; }
        }

        sealed class ConfigureMine : IConfigureOptions<MyOptions>
        {
            public void Configure(MyOptions options) => options.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
        }
        """);

    [Fact]
    public Task AddJwtBearerLaterBlankIssuerAndConfigureElsewhere_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(new[]
    {
        """
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Add(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                    o.TokenValidationParameters.ValidIssuer = "";
                });
        }
        """,
        ConfigureSuppliesIssuer,
    });

    [Fact]
    public Task AddJwtBearerAndConfigureOfDefaultName_ReportsTVA1009() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(Reported(AddJwtBearerWithoutIssuer) + """

        static class Unnamed
        {
            // without a name, Configure<T> configures Options.DefaultName (""), not the "Bearer" scheme
            public static void Add(IServiceCollection services)
                => services.Configure<JwtBearerOptions>(o => o.Authority = "https://login.example.com");
        }
        """);

    [Fact]
    public Task AddJwtBearerAndConfigureAll_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(AddJwtBearerWithoutIssuer + """

        static class All
        {
            public static void Add(IServiceCollection services)
                => services.ConfigureAll<JwtBearerOptions>(o => o.Authority = "https://login.example.com");
        }
        """);

    [Fact]
    public Task ConfigureLambdaAndMicrosoftIdentityWebApi_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Identity.Web;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Add(IServiceCollection services, IConfiguration config)
            {
                services.AddAuthentication().AddMicrosoftIdentityWebApi(config);
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                    o => o.TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero });
            }
        }
        """);
}
