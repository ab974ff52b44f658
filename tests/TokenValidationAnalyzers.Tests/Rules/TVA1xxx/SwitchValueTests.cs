using Microsoft.CodeAnalysis.Testing;
using TokenValidationAnalyzers.Rules;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>Which values switch a check off (constants), which are environment guards, which are runtime values (TVA1008).</summary>
public class SwitchValueTests
{
    private static Task VerifyValue(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        static class Flags
        {
            public const bool Off = false;
            public const bool On = true;
        }

        sealed class JwtSettings
        {
            public bool ValidateIssuer { get; set; }
            public bool ValidateLifetime { get; set; }
        }

        class C
        {
            private const bool Off = false;

            void M(IServiceCollection services, IConfiguration config, IWebHostEnvironment env, IHostEnvironment host,
                JwtSettings settings, IOptions<JwtSettings> options, TokenValidationParameters parameters, bool requireSigned)
            {
                const bool LocalOff = false;
                const bool LocalOn = true;
        {{body}}
            }
        }
        """);

    private static Task VerifyInitializer(string assignment) => VerifyValue($$"""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    {{assignment}},
                };
        """);

    private static DiagnosticResult RuntimeValue(int location, string property)
        => new DiagnosticResult(Descriptors.TVA1008).WithLocation(location).WithArguments(property);

    [Theory]
    [InlineData("false")]
    [InlineData("default")]
    [InlineData("default(bool)")]
    [InlineData("(false)")]
    [InlineData("!true")]
    [InlineData("Off")]
    [InlineData("LocalOff")]
    [InlineData("Flags.Off")]
    [InlineData("1 > 2")]
    [InlineData("true && false")]
    [InlineData("!LocalOn")]
    public Task ConstantFalse_Reports(string value) => VerifyInitializer($"{{|TVA1003:ValidateLifetime = {value}|}}");

    [Theory]
    [InlineData("true")]
    [InlineData("!false")]
    [InlineData("(true)")]
    [InlineData("LocalOn")]
    [InlineData("Flags.On")]
    [InlineData("2 > 1")]
    [InlineData("!Off")]
    public Task ConstantTrue_DoesNotReport(string value) => VerifyInitializer($"ValidateLifetime = {value}");

    [Theory]
    [InlineData("ValidateIssuer", "TVA1001")]
    [InlineData("ValidateAudience", "TVA1002")]
    [InlineData("ValidateLifetime", "TVA1003")]
    [InlineData("RequireSignedTokens", "TVA1004")]
    [InlineData("RequireExpirationTime", "TVA1005")]
    [InlineData("RequireAudience", "TVA1006")]
    public Task StatementConstantFieldEachSwitch_Reports(string property, string id) => VerifyValue($$"""
                {|{{id}}:parameters.{{property}} = Flags.Off|};
        """);

    [Theory]
    [InlineData("ValidateIssuer")]
    [InlineData("ValidateAudience")]
    [InlineData("ValidateLifetime")]
    [InlineData("RequireSignedTokens")]
    [InlineData("RequireExpirationTime")]
    [InlineData("RequireAudience")]
    public Task StatementConstantTrueEachSwitch_DoesNotReport(string property) => VerifyValue($$"""
                parameters.{{property}} = !Flags.Off;
        """);

    [Fact]
    public Task EnvironmentConditionalValue_DoesNotReport() => VerifyInitializer("ValidateIssuer = env.IsDevelopment() ? false : true");

    [Fact]
    public Task EnvironmentNegatedValue_DoesNotReport() => VerifyInitializer("ValidateIssuer = !env.IsDevelopment()");

    [Fact]
    public Task EnvironmentIfInOptionsLambda_DoesNotReport() => VerifyValue("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    if (env.IsDevelopment()) o.TokenValidationParameters.ValidateLifetime = false;
                });
        """);

    [Fact]
    public Task EnvironmentIfAroundRegistration_DoesNotReport() => VerifyValue("""
                if (env.IsDevelopment())
                {
                    services.AddAuthentication().AddJwtBearer(o => o.TokenValidationParameters.RequireSignedTokens = false);
                }
        """);

    [Fact]
    public Task EnvironmentElseBranch_DoesNotReport() => VerifyValue("""
                if (!env.IsDevelopment())
                {
                    parameters.ValidateAudience = true;
                }
                else
                {
                    parameters.ValidateAudience = false;
                }
        """);

    [Fact]
    public Task IsEnvironmentLocal_DoesNotReport() => VerifyValue("""
                if (env.IsEnvironment("Local"))
                {
                    parameters.RequireExpirationTime = false;
                }
        """);

    [Fact]
    public Task NotIsProduction_DoesNotReport() => VerifyValue("""
                if (!env.IsProduction()) parameters.RequireAudience = false;
        """);

    [Fact]
    public Task HostEnvironmentParameter_DoesNotReport() => VerifyInitializer("ValidateAudience = !host.IsDevelopment()");

    [Fact]
    public Task EnvironmentNameComparison_DoesNotReport() => VerifyInitializer("ValidateLifetime = env.EnvironmentName != \"Development\"");

    [Fact]
    public Task EnvironmentLocal_DoesNotReport() => VerifyValue("""
                var isDev = env.IsDevelopment();
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    ValidateIssuer = !isDev,
                };
        """);

    [Fact]
    public Task WebApplicationBuilderEnvironment_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters.ValidateIssuer = !builder.Environment.IsDevelopment();
                    if (builder.Environment.IsDevelopment())
                    {
                        o.TokenValidationParameters.ValidateLifetime = false;
                    }
                });
                builder.Build().Run();
            }
        }
        """);

    [Fact]
    public Task OwnIsDevelopmentMethodLookAlike_Reports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        static class Deployment
        {
            public static bool IsDevelopment(this string name) => name.Length > 3;
        }

        class C
        {
            void M(TokenValidationParameters parameters, string name)
            {
                if (name.IsDevelopment())
                {
                    {|TVA1001:parameters.ValidateIssuer = false|};
                }
            }
        }
        """);

    [Fact]
    public Task BoolParseConfiguration_ReportsTVA1008() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(
        InitializerSource("{|#0:ValidateIssuer = bool.Parse(config[\"Jwt:ValidateIssuer\"]!)|}"),
        RuntimeValue(0, "ValidateIssuer"));

    [Fact]
    public Task GetValueConfigurationInOptionsLambda_ReportsTVA1008() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(
        MethodSource("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|#0:o.TokenValidationParameters.ValidateAudience = config.GetValue<bool>("Jwt:ValidateAudience")|};
                });
        """),
        RuntimeValue(0, "ValidateAudience"));

    [Fact]
    public Task OptionsObjectProperty_ReportsTVA1008() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(
        MethodSource("""
                {|#0:parameters.ValidateLifetime = settings.ValidateLifetime|};
                {|#1:parameters.ValidateIssuer = options.Value.ValidateIssuer|};
        """),
        RuntimeValue(0, "ValidateLifetime"),
        RuntimeValue(1, "ValidateIssuer"));

    [Fact]
    public Task LocalFromConfiguration_ReportsTVA1008() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(
        MethodSource("""
                var validate = config.GetValue("Jwt:RequireAudience", true);
                {|#0:parameters.RequireAudience = validate|};
        """),
        RuntimeValue(0, "RequireAudience"));

    [Fact]
    public Task MethodParameter_ReportsTVA1008() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(
        InitializerSource("{|#0:RequireSignedTokens = requireSigned|}"),
        RuntimeValue(0, "RequireSignedTokens"));

    [Fact]
    public Task EnvironmentGuardedRuntimeValue_DoesNotReport() => VerifyValue("""
                if (env.IsDevelopment())
                {
                    parameters.ValidateIssuer = config.GetValue<bool>("Jwt:ValidateIssuer");
                }
        """);

    [Fact]
    public Task ConstantTrueNotRuntime_DoesNotReport() => VerifyInitializer("RequireExpirationTime = LocalOn");

    private static string InitializerSource(string assignment) => MethodSource($$"""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    {{assignment}},
                };
        """);

    private static string MethodSource(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        sealed class JwtSettings
        {
            public bool ValidateIssuer { get; set; }
            public bool ValidateLifetime { get; set; }
        }

        class C
        {
            void M(IServiceCollection services, IConfiguration config, JwtSettings settings, IOptions<JwtSettings> options,
                TokenValidationParameters parameters, bool requireSigned)
            {
        {{body}}
            }
        }
        """;
}
