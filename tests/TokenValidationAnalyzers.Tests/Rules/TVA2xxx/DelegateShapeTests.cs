using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001 on every shape of RULES.md that reaches a TokenValidationParameters, each with a validating counterpart.</summary>
public class DelegateShapeTests
{
    private const string Accepts = "(a, t, v) => true";
    private const string Rejects = "(a, t, v) => a.Contains(\"api\") ? true : throw new SecurityTokenInvalidAudienceException(\"wrong audience\")";

    private static Task VerifyInMethod(string body) => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly TokenValidationParameters _p = new();
            public TokenValidationParameters Parameters { get; set; } = new();
            void M(TokenValidationParameters parameters, JwtBearerOptions options, JwtBearerOptions? maybe)
            {
        {{body}}
            }
        }
        """);

    [Theory]
    [InlineData("var p = new TokenValidationParameters { ValidAudience = \"api\", {|TVA2001:AudienceValidator = " + Accepts + "|} };")]
    [InlineData("TokenValidationParameters p = new() { {|TVA2001:AudienceValidator = " + Accepts + "|} };")]
    [InlineData("var o = new JwtBearerOptions { TokenValidationParameters = { {|TVA2001:AudienceValidator = " + Accepts + "|} } };")]
    [InlineData("{|TVA2001:_p.AudienceValidator = " + Accepts + "|};")]
    [InlineData("{|TVA2001:Parameters.AudienceValidator = " + Accepts + "|};")]
    [InlineData("{|TVA2001:this.Parameters.AudienceValidator = " + Accepts + "|};")]
    [InlineData("{|TVA2001:options.TokenValidationParameters.AudienceValidator = " + Accepts + "|};")]
    [InlineData("{|TVA2001:maybe!.TokenValidationParameters.AudienceValidator = " + Accepts + "|};")]
    [InlineData("{|TVA2001:(options.TokenValidationParameters).AudienceValidator = " + Accepts + "|};")]
    [InlineData("var tvp = options.TokenValidationParameters; {|TVA2001:tvp.AudienceValidator = " + Accepts + "|};")]
    [InlineData("var copy = parameters.Clone(); {|TVA2001:copy.AudienceValidator = " + Accepts + "|};")]
    public Task Shape_Reports(string body) => VerifyInMethod(body);

    [Theory]
    [InlineData("var p = new TokenValidationParameters { ValidAudience = \"api\", AudienceValidator = " + Rejects + " };")]
    [InlineData("TokenValidationParameters p = new() { AudienceValidator = " + Rejects + " };")]
    [InlineData("var o = new JwtBearerOptions { TokenValidationParameters = { AudienceValidator = " + Rejects + " } };")]
    [InlineData("_p.AudienceValidator = " + Rejects + ";")]
    [InlineData("Parameters.AudienceValidator = " + Rejects + ";")]
    [InlineData("this.Parameters.AudienceValidator = " + Rejects + ";")]
    [InlineData("options.TokenValidationParameters.AudienceValidator = " + Rejects + ";")]
    [InlineData("maybe!.TokenValidationParameters.AudienceValidator = " + Rejects + ";")]
    [InlineData("(options.TokenValidationParameters).AudienceValidator = " + Rejects + ";")]
    [InlineData("var tvp = options.TokenValidationParameters; tvp.AudienceValidator = " + Rejects + ";")]
    [InlineData("var copy = parameters.Clone(); copy.AudienceValidator = " + Rejects + ";")]
    public Task ShapeWithValidatingDelegate_DoesNotReport(string body) => VerifyInMethod(body);

    [Fact]
    public Task SubclassConstructorImplicitThis_Reports() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class LenientParameters : TokenValidationParameters
        {
            public LenientParameters()
            {
                ValidIssuer = "https://issuer.test";
                {|TVA2001:LifetimeValidator = (notBefore, expires, token, parameters) => true|};
            }
        }
        """);

    [Fact]
    public Task SubclassConstructorValidatingDelegate_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class StrictParameters : TokenValidationParameters
        {
            public StrictParameters()
            {
                LifetimeValidator = (notBefore, expires, token, parameters) => expires > DateTime.UtcNow;
            }
        }
        """);

    [Fact]
    public Task ConfigureNamedOptions_Reports() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        sealed class ConfigureJwt : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(string? name, JwtBearerOptions options)
            {
                options.Authority = "https://issuer.test";
                {|TVA2001:options.TokenValidationParameters.IssuerValidator = (issuer, token, parameters) => issuer|};
            }

            public void Configure(JwtBearerOptions options) => Configure(null, options);
        }
        """);

    [Fact]
    public Task PostConfigureLambdaWithEnvironmentTernary_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        class C
        {
            void Configure(IServiceCollection services, IHostEnvironment env)
                => services.PostConfigure<JwtBearerOptions>(options =>
                    options.TokenValidationParameters.LifetimeValidator = env.IsDevelopment() ? (nbf, exp, t, p) => true : null);
        }
        """);
}
