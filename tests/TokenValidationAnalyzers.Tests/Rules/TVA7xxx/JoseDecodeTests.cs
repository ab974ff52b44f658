using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA7xxx;

/// <summary>
/// TVA7001 on jose-jwt 5.3.0: <c>JWT.Decode</c> verifies with the algorithm the token's header names unless the call expects
/// one, and 'none' accepts exactly the null key; a null key with 'none' expected, or nothing expected, accepts unsigned tokens.
/// </summary>
public class JoseDecodeTests
{
    private static Task VerifyInMethod(string body) => Verify<JwtLibraryRuleSet>.AnalyzerAsync($$"""
        using Jose;
        class C
        {
            object? M(string token, byte[] key, JwtSettings settings)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task DecodeWithNullKeyAndNone_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA7001:Decode|}(token, null, JwsAlgorithm.none);
        """);

    [Fact]
    public Task DecodeWithoutKey_Reports() => VerifyInMethod("""
                var a = Jose.JWT.{|TVA7001:Decode|}(token);
                var b = Jose.JWT.{|TVA7001:Decode|}<Dictionary<string, object>>(token, null);
                return a + b;
        """);

    [Fact]
    public Task DecodeWithNoneByName_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA7001:DecodeBytes|}(token, null, "none");
        """);

    [Fact]
    public Task DecodeWithKey_DoesNotReport() => VerifyInMethod("""
                var a = Jose.JWT.Decode(token, key, JwsAlgorithm.HS256);
                var b = Jose.JWT.Decode(token, key);
                return a + b;
        """);

    [Fact]
    public Task DecodeWithNullKeyExpectingSignedAlgorithm_DoesNotReport() => VerifyInMethod("""
                return Jose.JWT.Decode(token, null, JwsAlgorithm.RS256);
        """);

    [Fact]
    public Task DecodeWithOwnSettings_DoesNotReport() => VerifyInMethod("""
                return Jose.JWT.Decode(token, null, settings);
        """);

    [Fact]
    public Task EncryptedTokenOverload_DoesNotReport() => VerifyInMethod("""
                return Jose.JWT.Decode(token, key, JweAlgorithm.DIR, JweEncryption.A256GCM);
        """);

    [Fact]
    public Task LookAlikeJwtClass_DoesNotReport() => Verify<JwtLibraryRuleSet>.AnalyzerAsync("""
        namespace MyApp
        {
            enum JwsAlgorithm { none }
            static class JWT
            {
                public static string Decode(string token, object? key = null, JwsAlgorithm alg = JwsAlgorithm.none) => token;
            }

            class C
            {
                string M(string token) => JWT.Decode(token, null, JwsAlgorithm.none);
            }
        }
        """);
}
