using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>
/// TVA6002 on the other JWT libraries: the payload of a JWT.Net decode that does not verify (as TVA7001 decides) or of
/// jose-jwt's <c>JWT.Payload</c>, in compilations that may not reference IdentityModel at all.
/// </summary>
public class UnvalidatedClaimsJwtLibraryTests
{
    private const string Usings = """
        using System.Security.Claims;
        using JWT;
        using JWT.Builder;
        """;

    private static Task VerifyInMethod(string body) => Verify<HandlerUseRuleSet>.AnalyzerAsync(TestReferences.JwtLibrariesWithoutIdentityModel, $$"""
        {{Usings}}
        class C
        {
            private readonly IJwtDecoder _decoder = null!;
            object? M(string raw, string key)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task UnverifiedDecodeIntoIdentity_Reports() => VerifyInMethod("""
                var payload = _decoder.{|TVA6002:DecodeToObject|}(raw, key, verify: false);
                return new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, payload["sub"].ToString()!) }, "Bearer"));
        """);

    [Fact]
    public Task UnverifiedBuilderPayloadDecidesAccess_Reports() => VerifyInMethod("""
                var payload = new JwtBuilder().{|TVA6002:Decode|}<Dictionary<string, object>>(raw);
                if (payload["role"].ToString() == "admin")
                {
                    return true;
                }

                return false;
        """);

    [Fact]
    public Task JosePayloadDecidesAccess_Reports() => VerifyInMethod("""
                var claims = Jose.JWT.{|TVA6002:Payload|}<Dictionary<string, object>>(raw);
                return claims.TryGetValue("scope", out var scope) && scope.ToString() == "write";
        """);

    [Fact]
    public Task VerifiedDecodeIntoIdentity_DoesNotReport() => VerifyInMethod("""
                var payload = _decoder.DecodeToObject(raw, key, verify: true);
                var verified = new JwtBuilder().WithSecret(key).MustVerifySignature().Decode<Dictionary<string, object>>(raw);
                return new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, payload["sub"].ToString()! + verified["sub"]) }, "Bearer");
        """);

    [Fact]
    public Task UnverifiedPayloadOnlyLogged_DoesNotReport() => VerifyInMethod("""
                var payload = Jose.JWT.Payload(raw);
                Console.WriteLine(payload);
                return payload.Length;
        """);

    [Fact]
    public Task LookAlikePayloadMethod_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync(TestReferences.JwtLibrariesWithoutIdentityModel, """
        using System.Security.Claims;
        namespace MyApp
        {
            static class JWT
            {
                public static Dictionary<string, string> Payload(string token) => new();
            }

            class C
            {
                ClaimsIdentity M(string raw) => new(new[] { new Claim(ClaimTypes.Role, JWT.Payload(raw)["role"]) });
            }
        }
        """);
}
