using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2002 through locals assigned later or in branches, the application's parse helpers and captured locals.</summary>
public class SignatureBypassFollowTests
{
    private static Task VerifyInMethod(string body) => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly JwtSecurityTokenHandler _jwtHandler = new();
            private readonly string _storedToken = "";
            static JwtSecurityToken ParseJwt(string raw) => new JwtSecurityToken(raw);
            static SecurityToken ParseJson(string raw) => new JsonWebToken(raw);
            JwtSecurityToken ReadWithHandler(string raw) => _jwtHandler.ReadJwtToken(raw);
            static SecurityToken ParseIndirectly(string raw) => ParseJwt(raw);
            static SecurityToken ParseThreeDeep(string raw) => ParseIndirectly(raw);
            static SecurityToken ParseAndCheck(string raw)
            {
                var jwt = new JwtSecurityToken(raw);
                if (jwt.SignatureAlgorithm != "RS256")
                {
                    throw new SecurityTokenInvalidSignatureException("bad");
                }

                return jwt;
            }
            SecurityToken ValidateAndParse(string raw, TokenValidationParameters parameters)
            {
                _jwtHandler.ValidateToken(raw, parameters, out var validated);
                return validated;
            }
            static SecurityToken ParseOther(string raw) => new JwtSecurityToken("a.b.c");
            protected virtual SecurityToken ParseVirtual(string raw) => new JwtSecurityToken(raw);
            void M(TokenValidationParameters p, bool x)
            {
        {{body}}
            }
        }
        """);

    [Theory]
    [InlineData("ParseJwt(token)")]
    [InlineData("ParseJson(token)")]
    [InlineData("ReadWithHandler(token)")]
    [InlineData("ParseIndirectly(token)")]
    public Task LocalFromParseHelper_Reports(string call) => VerifyInMethod($$"""
                {|TVA2002:p.SignatureValidator = (token, parameters) =>
                {
                    var jwt = {{call}};
                    return jwt;
                }|};
        """);

    [Theory]
    [InlineData("ParseThreeDeep(token)")]
    [InlineData("ParseAndCheck(token)")]
    [InlineData("ValidateAndParse(token, parameters)")]
    [InlineData("ParseOther(token)")]
    [InlineData("ParseVirtual(token)")]
    [InlineData("ParseJwt(_storedToken)")]
    public Task HelperThatChecksOrParsesSomethingElse_DoesNotReport(string call) => VerifyInMethod($$"""
                p.SignatureValidator = (token, parameters) =>
                {
                    var jwt = {{call}};
                    return jwt;
                };
        """);

    [Fact]
    public Task LocalAssignedInBranches_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) =>
                {
                    JwtSecurityToken jwt;
                    if (x)
                    {
                        jwt = new JwtSecurityToken(token);
                    }
                    else
                    {
                        jwt = _jwtHandler.ReadJwtToken(token);
                    }

                    return jwt;
                }|};
        """);

    [Fact]
    public Task LocalAssignedOnLaterLine_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) =>
                {
                    SecurityToken jwt = null!;
                    jwt = new JsonWebToken(token);
                    return jwt;
                }|};
        """);

    [Fact]
    public Task LocalAssignedFromOtherInputOnOneBranch_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator = (token, parameters) =>
                {
                    JwtSecurityToken jwt;
                    if (x)
                    {
                        jwt = new JwtSecurityToken(token);
                    }
                    else
                    {
                        jwt = new JwtSecurityToken(_storedToken);
                    }

                    return jwt;
                };
        """);

    [Fact]
    public Task CapturedHandler_Reports() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                {|TVA2002:p.SignatureValidator = (t, _) => handler.ReadJwtToken(t)|};
        """);

    [Fact]
    public Task CapturedParseDelegate_Reports() => VerifyInMethod("""
                Func<string, SecurityToken> parse = t => new JwtSecurityToken(t);
                {|TVA2002:p.SignatureValidator = (t, _) => parse(t)|};
        """);

    [Fact]
    public Task CapturedValidatingDelegate_DoesNotReport() => VerifyInMethod("""
                Func<string, SecurityToken> parse = t =>
                {
                    _jwtHandler.ValidateToken(t, p, out var validated);
                    return validated;
                };
                p.SignatureValidator = (t, _) => parse(t);
        """);

    [Fact]
    public Task CapturedDelegateParsingOtherInput_DoesNotReport() => VerifyInMethod("""
                Func<string, SecurityToken> parse = t => new JwtSecurityToken(_storedToken);
                p.SignatureValidator = (t, _) => parse(t);
        """);

    [Fact]
    public Task ParsesStoredTokenInsteadOfInput_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator = (token, parameters) => new JwtSecurityToken(_storedToken);
        """);

    [Fact]
    public Task ValidatesThenReturnsParsed_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator = (token, parameters) =>
                {
                    var jwt = ParseJwt(token);
                    _jwtHandler.ValidateToken(token, parameters, out _);
                    return jwt;
                };
        """);

    [Fact]
    public Task CompoundAddition_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator += (token, parameters) => new JwtSecurityToken(token)|};
        """);

    [Fact]
    public Task CompoundSubtraction_DoesNotReport() => VerifyInMethod("""
                p.SignatureValidator -= (token, parameters) => new JwtSecurityToken(token);
        """);

    [Fact]
    public Task LocalsAssignedFromEachOther_Reports() => VerifyInMethod("""
                {|TVA2002:p.SignatureValidator = (token, parameters) =>
                {
                    SecurityToken first = new JwtSecurityToken(token);
                    SecurityToken second = first;
                    first = second;
                    return second;
                }|};
        """);

    [Fact]
    public Task RecursiveCapturedDelegate_DoesNotReport() => VerifyInMethod("""
                Func<string, SecurityToken> parse = null!;
                parse = t => parse(t);
                p.SignatureValidator = (t, _) => parse(t);
        """);
}
