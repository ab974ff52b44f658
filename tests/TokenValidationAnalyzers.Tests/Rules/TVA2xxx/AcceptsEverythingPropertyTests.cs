using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001 on each validation delegate property: "return true" validators and "return the input" validators.</summary>
public class AcceptsEverythingPropertyTests
{
    private static Task VerifyInitializer(string members) => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private const string Fixed = "https://issuer.test";
            private static readonly HashSet<string> Allowed = new() { "https://issuer.test" };
            TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
        {{members}}
            };
        }
        """);

    [Theory]
    [InlineData("AudienceValidator = (audiences, token, parameters) => true")]
    [InlineData("LifetimeValidator = (notBefore, expires, token, parameters) => true")]
    [InlineData("IssuerSigningKeyValidator = (key, token, parameters) => true")]
    [InlineData("IssuerSigningKeyValidatorUsingConfiguration = (key, token, parameters, configuration) => true")]
    [InlineData("AlgorithmValidator = (algorithm, key, token, parameters) => true")]
    [InlineData("TokenReplayValidator = (expires, token, parameters) => true")]
    public Task ReturnsTrue_Reports(string assignment) => VerifyInitializer($$"""
                {|TVA2001:{{assignment}}|},
        """);

    [Theory]
    [InlineData("AudienceValidator = (audiences, token, parameters) => false")]
    [InlineData("LifetimeValidator = (notBefore, expires, token, parameters) => expires > DateTime.UtcNow")]
    [InlineData("IssuerSigningKeyValidator = (key, token, parameters) => key.KeyId == \"k1\"")]
    [InlineData("AlgorithmValidator = (algorithm, key, token, parameters) => algorithm == SecurityAlgorithms.RsaSha256")]
    [InlineData("TokenReplayValidator = (expires, token, parameters) => expires is not null")]
    public Task ReturnsCondition_DoesNotReport(string assignment) => VerifyInitializer($$"""
                {{assignment}},
        """);

    [Fact]
    public Task AudienceValidatorReturningContains_DoesNotReport() => VerifyInitializer("""
                AudienceValidator = (audiences, token, parameters) => audiences.Contains("api"),
        """);

    [Theory]
    [InlineData("IssuerValidator = (issuer, token, parameters) => issuer")]
    [InlineData("IssuerValidator = (issuer, token, parameters) => \"https://issuer.test\"")]
    [InlineData("IssuerValidator = (issuer, token, parameters) => Fixed")]
    [InlineData("IssuerValidator = (issuer, token, parameters) => token.Issuer")]
    [InlineData("IssuerValidator = (issuer, token, parameters) => ((JwtSecurityToken)token).Issuer")]
    [InlineData("IssuerValidator = (issuer, token, parameters) => ((JsonWebToken)token).Issuer")]
    [InlineData("IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) => issuer")]
    [InlineData("IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) => token.Issuer")]
    [InlineData("TypeValidator = (type, token, parameters) => type")]
    [InlineData("TypeValidator = (type, token, parameters) => \"JWT\"")]
    public Task ReturnsInputOrConstant_Reports(string assignment) => VerifyInitializer($$"""
                {|TVA2001:{{assignment}}|},
        """);

    [Fact]
    public Task IssuerValidatorBlockBodyReturningIssuer_Reports() => VerifyInitializer("""
                {|TVA2001:IssuerValidator = (issuer, token, parameters) =>
                {
                    Console.WriteLine(issuer);
                    return issuer;
                }|},
        """);

    [Fact]
    public Task IssuerValidatorAnonymousMethodWithoutParameterListReturningConstant_Reports() => VerifyInitializer("""
                {|TVA2001:IssuerValidator = delegate { return "https://issuer.test"; }|},
        """);

    [Fact]
    public Task IssuerValidatorAllowListThatThrows_DoesNotReport() => VerifyInitializer("""
                IssuerValidator = (issuer, token, parameters) =>
                {
                    if (!Allowed.Contains(issuer))
                    {
                        throw new SecurityTokenInvalidIssuerException($"Issuer '{issuer}' is not allowed.");
                    }

                    return issuer;
                },
        """);

    [Fact]
    public Task IssuerValidatorAllowListThrowExpression_DoesNotReport() => VerifyInitializer("""
                IssuerValidator = (issuer, token, parameters) => Allowed.Contains(issuer) ? issuer : throw new SecurityTokenInvalidIssuerException("not allowed"),
        """);

    [Fact]
    public Task IssuerValidatorReturningLibraryValidation_DoesNotReport() => VerifyInitializer("""
                IssuerValidator = (issuer, token, parameters) => Validators.ValidateIssuer(issuer, token, parameters),
        """);

    [Fact]
    public Task TypeValidatorReturningOtherParameter_DoesNotReport() => VerifyInitializer("""
                TypeValidator = (type, token, parameters) => parameters.ValidTypes.First(),
        """);

    [Fact]
    public Task SeveralValidatorsInOneInitializer_ReportsEach() => VerifyInitializer("""
                {|TVA2001:AudienceValidator = (a, t, p) => true|},
                {|TVA2001:LifetimeValidator = (nbf, exp, t, p) => true|},
                {|TVA2001:IssuerValidator = (i, t, p) => i|},
        """);

    [Fact]
    public Task NestedOptionsInitializer_Reports() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions Create() => new JwtBearerOptions
            {
                Authority = "https://issuer.test",
                TokenValidationParameters = { {|TVA2001:LifetimeValidator = (nbf, exp, t, p) => true|} },
            };
        }
        """);

    [Fact]
    public Task OptionsLambdaMemberChain_Reports() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        class C
        {
            void Configure(IServiceCollection services) => services.AddAuthentication().AddJwtBearer(options =>
            {
                options.Authority = "https://issuer.test";
                {|TVA2001:options.TokenValidationParameters.IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) => issuer|};
                {|TVA2001:options.TokenValidationParameters.IssuerSigningKeyValidatorUsingConfiguration = (key, token, parameters, configuration) => true|};
            });
        }
        """);

    [Fact]
    public Task LookAlikeProperty_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        class Settings
        {
            public Func<IEnumerable<string>, bool>? AudienceValidator { get; set; }
        }
        class C
        {
            void M(Settings s) => s.AudienceValidator = a => true;
        }
        """);
}
