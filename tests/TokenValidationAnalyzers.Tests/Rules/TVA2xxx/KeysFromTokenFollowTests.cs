using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2004: token data carried in tuples and returned from the application's helpers into a key fetch.</summary>
public class KeysFromTokenFollowTests
{
    private static Task VerifyResolver(string resolver) => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly HttpClient _http = new();
            private readonly ILogger _logger;
            public C(ILogger logger) => _logger = logger;
            void M(TokenValidationParameters p)
            {
                {{resolver}}
            }

            private static (string, string) GetIssuerAndKid(SecurityToken token) => (token.Issuer, ((JwtSecurityToken)token).Header.Kid);
            private static (string Issuer, string Kid) Describe(SecurityToken token)
            {
                var jwt = (JwtSecurityToken)token;
                return (jwt.Issuer, jwt.Header.Kid);
            }
            private static string IssuerOf(SecurityToken token) => token.Issuer;
            private static string IssuerIndirectly(SecurityToken token) => IssuerOf(token).TrimEnd('/');
            private static string JkuOf(SecurityToken token)
            {
                var jwt = (JwtSecurityToken)token;
                return (string)jwt.Header["jku"];
            }
            private IEnumerable<SecurityKey> FetchKeys(string authority)
                => new JsonWebKeySet(_http.GetStringAsync(authority + "/keys").GetAwaiter().GetResult()).GetSigningKeys();
            private IEnumerable<SecurityKey> FixedKeys(string kid)
                => new JsonWebKeySet(_http.GetStringAsync("https://login.example.test/keys").GetAwaiter().GetResult()).GetSigningKeys().Where(k => k.KeyId == kid);
        }
        """);

    [Theory]
    [InlineData("var (iss, kid2) = GetIssuerAndKid(securityToken); return FetchKeys(iss);")]
    [InlineData("(string iss, string kid2) = GetIssuerAndKid(securityToken); return FetchKeys(iss);")]
    [InlineData("string iss, kid2; (iss, kid2) = GetIssuerAndKid(securityToken); return FetchKeys(iss);")]
    [InlineData("var info = Describe(securityToken); return FetchKeys(info.Issuer);")]
    [InlineData("var info = Describe(securityToken); return FetchKeys(info.Item1);")]
    [InlineData("var pair = GetIssuerAndKid(securityToken); return FetchKeys(pair.Item1);")]
    [InlineData("return FetchKeys(Describe(securityToken).Issuer);")]
    [InlineData("var pair = (securityToken.Issuer, kid); return FetchKeys(pair.Issuer);")]
    [InlineData("var pair = (Authority: securityToken.Issuer, Kid: kid); return FetchKeys(pair.Authority);")]
    [InlineData("var (authority, _) = (securityToken.Issuer, kid); return FetchKeys(authority);")]
    [InlineData("var iss = IssuerOf(securityToken); return FetchKeys(iss);")]
    [InlineData("return FetchKeys(IssuerIndirectly(securityToken));")]
    [InlineData("var jku = JkuOf(securityToken); return new JsonWebKeySet(_http.GetStringAsync(jku).GetAwaiter().GetResult()).GetSigningKeys();")]
    public Task TokenDataInTupleOrHelperResult_Reports(string body) => VerifyResolver($$"""
        {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    {{body}}
                }|};
        """);

    [Theory]
    [InlineData("var (iss, kid2) = GetIssuerAndKid(securityToken); return FixedKeys(kid2);")]
    [InlineData("var info = Describe(securityToken); return FixedKeys(info.Kid);")]
    [InlineData("var pair = GetIssuerAndKid(securityToken); return FixedKeys(pair.Item2);")]
    [InlineData("var pair = (securityToken.Issuer, kid); return FetchKeys(\"https://login.example.test/\" + pair.kid);")]
    [InlineData("var (iss, kid2) = (securityToken.Issuer, kid); return FetchKeys(\"https://login.example.test/\" + kid2);")]
    [InlineData("var info = Describe(securityToken); return FetchKeys(\"https://login.example.test/\" + info.Kid);")]
    [InlineData("var (iss, kid2) = GetIssuerAndKid(securityToken); _logger.LogInformation(\"issuer {Issuer}\", iss); return FixedKeys(kid2);")]
    [InlineData("var iss = IssuerOf(securityToken); _logger.LogInformation(\"issuer {Issuer}\", iss); return FixedKeys(kid);")]
    public Task KidPicksAmongFixedKeysOrDataOnlyLogged_DoesNotReport(string body) => VerifyResolver($$"""
        p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    {{body}}
                };
        """);
}
