using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>Validators that replace a switched-off check (TVA1001–TVA1003), and look-alikes that are never reported.</summary>
public class SwitchExemptionTests
{
    private static Task VerifyInMethod(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static string CheckIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
                => issuer.StartsWith("https://login.example.com/", StringComparison.Ordinal) ? issuer : throw new SecurityTokenInvalidIssuerException(issuer);

            static string CheckIssuerWithConfiguration(string issuer, SecurityToken token, TokenValidationParameters parameters, BaseConfiguration configuration)
                => issuer == configuration.Issuer ? issuer : throw new SecurityTokenInvalidIssuerException(issuer);

            static bool CheckAudience(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
                => audiences.Contains("api") ? true : throw new SecurityTokenInvalidAudienceException("audience");

            static bool CheckLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
                => expires > DateTime.UtcNow ? true : throw new SecurityTokenExpiredException("expired");

            void M(IServiceCollection services)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task IssuerValidatorInInitializer_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAudience = "api", ValidateIssuer = false, IssuerValidator = CheckIssuer };
        """);

    [Fact]
    public Task IssuerValidatorUsingConfigurationInInitializer_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidAudience = "api",
                    ValidateIssuer = false,
                    IssuerValidatorUsingConfiguration = CheckIssuerWithConfiguration,
                };
        """);

    [Fact]
    public Task AudienceValidatorAddedWithPlusEquals_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://login.example.com/", ValidateAudience = false };
                p.AudienceValidator += CheckAudience;
        """);

    [Fact]
    public Task AudienceValidatorRemovedWithMinusEquals_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://login.example.com/", {|TVA1002:ValidateAudience = false|} };
                p.AudienceValidator -= CheckAudience;
        """);

    [Fact]
    public Task IssuerValidatorLaterThroughSameLocal_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAudience = "api", ValidateIssuer = false };
                p.IssuerValidator = CheckIssuer;
        """);

    [Fact]
    public Task IssuerValidatorThroughOptionsMemberChain_DoesNotReport() => VerifyInMethod("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters.ValidateIssuer = false;
                    o.TokenValidationParameters.IssuerValidator = CheckIssuer;
                });
        """);

    [Fact]
    public Task IssuerValidatorThroughAliasOfOptionsParameters_DoesNotReport() => VerifyInMethod("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = false };
                    var tvp = o.TokenValidationParameters;
                    tvp.IssuerValidatorUsingConfiguration = CheckIssuerWithConfiguration;
                });
        """);

    [Fact]
    public Task IssuerValidatorOnDifferentLocal_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|} };
                var other = new TokenValidationParameters { ValidAudience = "api", IssuerValidator = CheckIssuer };
        """);

    [Fact]
    public Task IssuerValidatorOnDifferentOptionsLambda_Reports() => VerifyInMethod("""
                services.AddAuthentication()
                    .AddJwtBearer("A", o => o.TokenValidationParameters.IssuerValidator = CheckIssuer)
                    .AddJwtBearer("B", o => {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|});
        """);

    [Fact]
    public Task IssuerValidatorOnReplacedParameters_Reports() => VerifyInMethod("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters.IssuerValidator = CheckIssuer;
                    o.TokenValidationParameters = new TokenValidationParameters { {|TVA1001:ValidateIssuer = false|} };
                });
        """);

    [Fact]
    public Task IssuerValidatorOnLocalBeforeReassignment_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAudience = "api", IssuerValidator = CheckIssuer };
                p = new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|} };
        """);

    [Fact]
    public Task IssuerValidatorSetToNull_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|}, IssuerValidator = null };
        """);

    [Fact]
    public Task IssuerValidatorInNestedInitializer_DoesNotReport() => VerifyInMethod("""
                var o = new JwtBearerOptions { TokenValidationParameters = { ValidateIssuer = false, IssuerValidator = CheckIssuer } };
        """);

    [Fact]
    public Task IssuerValidatorAfterNestedInitializer_DoesNotReport() => VerifyInMethod("""
                var o = new JwtBearerOptions { TokenValidationParameters = { ValidateIssuer = false } };
                o.TokenValidationParameters.IssuerValidator = CheckIssuer;
        """);

    [Fact]
    public Task IssuerValidatorInSubclassConstructor_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyParameters : TokenValidationParameters
        {
            public MyParameters()
            {
                ValidateIssuer = false;
                IssuerValidator = (issuer, token, parameters) => issuer == "https://issuer.test" ? issuer : throw new SecurityTokenInvalidIssuerException(issuer);
            }
        }
        """);

    [Fact]
    public Task AudienceValidatorDoesNotExemptIssuer_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|}, AudienceValidator = CheckAudience };
        """);

    [Fact]
    public Task AudienceValidatorInInitializer_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidateAudience = false, AudienceValidator = CheckAudience };
        """);

    [Fact]
    public Task AudienceValidatorThroughOptionsMemberChain_DoesNotReport() => VerifyInMethod("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters.AudienceValidator = CheckAudience;
                    o.TokenValidationParameters.ValidateAudience = false;
                });
        """);

    [Fact]
    public Task AudienceValidatorOnDifferentLocal_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", {|TVA1002:ValidateAudience = false|} };
                var other = new TokenValidationParameters { ValidIssuer = "https://issuer.test", AudienceValidator = CheckAudience };
        """);

    [Fact]
    public Task LifetimeValidatorInInitializer_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    ValidateLifetime = false,
                    LifetimeValidator = CheckLifetime,
                };
        """);

    [Fact]
    public Task LifetimeValidatorLaterThroughSameLocal_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                p.ValidateLifetime = false;
                p.LifetimeValidator = CheckLifetime;
        """);

    [Fact]
    public Task LifetimeValidatorDoesNotExemptRequireExpirationTime_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    LifetimeValidator = CheckLifetime,
                    {|TVA1005:RequireExpirationTime = false|},
                };
        """);

    [Fact]
    public Task LifetimeValidatorOnDifferentLocal_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                var other = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                {|TVA1003:p.ValidateLifetime = false|};
                other.LifetimeValidator = CheckLifetime;
        """);

    [Fact]
    public Task AppSettingsClassLookAlike_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class JwtSettings
        {
            public bool ValidateIssuer { get; set; }
            public bool ValidateLifetime { get; set; }
            public bool RequireHttpsMetadata { get; set; }
        }

        class C
        {
            JwtSettings Create()
            {
                var s = new JwtSettings { ValidateIssuer = false, RequireHttpsMetadata = false };
                s.ValidateLifetime = false;
                return s;
            }
        }
        """);

    [Fact]
    public Task ParameterNamedLikeSwitch_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static void Configure(bool ValidateIssuer, bool RequireSignedTokens = true)
            {
                ValidateIssuer = false;
                RequireSignedTokens = false;
                Configure(ValidateIssuer: false, RequireSignedTokens: false);
            }
        }
        """);

    [Fact]
    public Task OwnTokenValidationParametersType_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        namespace MyApp
        {
            class TokenValidationParameters
            {
                public bool ValidateIssuer { get; set; }
                public bool ValidateTokenReplay { get; set; }
            }

            class C
            {
                object Create()
                {
                    var p = new MyApp.TokenValidationParameters { ValidateIssuer = false, ValidateTokenReplay = true };
                    p.ValidateIssuer = false;
                    var anonymous = new { ValidateIssuer = false, ValidateLifetime = false };
                    return anonymous;
                }
            }
        }
        """);
}
