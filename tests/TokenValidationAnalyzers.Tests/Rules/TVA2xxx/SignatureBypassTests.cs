using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2002: a SignatureValidator that returns the raw input parsed but never verified.</summary>
public class SignatureBypassTests
{
    private static Task VerifyInMethod(string body) => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly JwtSecurityTokenHandler _jwtHandler = new();
            private readonly JsonWebTokenHandler _handler = new();
            private readonly ILogger _logger;
            public C(ILogger logger) => _logger = logger;
            static bool VerifyWithKeyVault(string token) => token.Length > 0;
            static SecurityToken Parse(string token) => new JsonWebToken(token);
            void M(TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Theory]
    [InlineData("new JwtSecurityToken(token)")]
    [InlineData("new JsonWebToken(token)")]
    [InlineData("_jwtHandler.ReadJwtToken(token)")]
    [InlineData("new JwtSecurityTokenHandler().ReadJwtToken(token)")]
    [InlineData("_handler.ReadJsonWebToken(token)")]
    [InlineData("_handler.ReadToken(token)")]
    [InlineData("_jwtHandler.ReadToken(token)")]
    public Task ReturnsRawParse_Reports(string parse) => VerifyInMethod($$"""
                {|TVA2002:p.SignatureValidator = (token, parameters) => {{parse}}|};
        """);

    [Fact]
    public Task InitializerForm_Reports() => VerifyInMethod("""
                var q = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    {|TVA2002:SignatureValidator = (token, parameters) => new JsonWebToken(token)|},
                };
        """);

    [Fact]
    public Task UsingConfiguration_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidatorUsingConfiguration = (token, parameters, configuration) => new JsonWebToken(token)|};
        """);

    [Fact]
    public Task ThroughLocal_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) =>
                {
                    var jwt = _jwtHandler.ReadJwtToken(token);
                    return jwt;
                }|};
        """);

    [Fact]
    public Task ThroughCast_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) => (SecurityToken)_handler.ReadJsonWebToken(token)|};
        """);

    [Fact]
    public Task AnonymousMethod_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = delegate (string token, TokenValidationParameters parameters) { return new JwtSecurityToken(token); }|};
        """);

    [Fact]
    public Task LocalFunction_Reports() => VerifyInMethod("""
                SecurityToken Bypass(string token, TokenValidationParameters parameters) => new JsonWebToken(token);
                {|TVA2002:p.SignatureValidator = Bypass|};
        """);

    [Fact]
    public Task LoggingOnly_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) =>
                {
                    _logger.LogDebug("Skipping signature check for {Token}", token);
                    Console.WriteLine(token);
                    return new JsonWebToken(token);
                }|};
        """);

    [Fact]
    public Task CallsValidateToken_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator = (token, parameters) =>
                {
                    _jwtHandler.ValidateToken(token, parameters, out _);
                    return _jwtHandler.ReadJwtToken(token);
                };
        """);

    [Fact]
    public Task CallsVerifyMethodInCondition_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator = (token, parameters) =>
                {
                    var ok = VerifyWithKeyVault(token);
                    return new JsonWebToken(token);
                };
        """);

    [Fact]
    public Task Throws_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator = (token, parameters) =>
                {
                    var jwt = new JsonWebToken(token);
                    if (!VerifyWithKeyVault(jwt.EncodedHeader + "." + jwt.EncodedPayload))
                    {
                        throw new SecurityTokenInvalidSignatureException("bad signature");
                    }

                    return jwt;
                };
        """);

    [Fact]
    public Task ReturnsAppParseHelperResult_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) => Parse(token)|};
        """);

    [Fact]
    public Task EnvironmentGuarded_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p, IWebHostEnvironment env)
            {
                if (env.IsDevelopment())
                {
                    p.SignatureValidator = (token, parameters) => new JsonWebToken(token);
                }
            }
        }
        """);
}
