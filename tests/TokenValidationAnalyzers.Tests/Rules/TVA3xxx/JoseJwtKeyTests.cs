using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001–TVA3003 on the keys jose-jwt's <c>JWT.Encode</c>/<c>Decode</c> are given.</summary>
public class JoseJwtKeyTests
{
    private static string InMethod(string body) => $$"""
        using System.Security.Cryptography;
        using System.Text;
        using Jose;
        using Microsoft.Extensions.Configuration;
        class C
        {
            private const string ConstKey = "const-hardcoded-signing-key-0123456789";
            private static readonly byte[] ReadonlyBytes = { 0x3f, 0x11, 0x52, 0x7a, 0x09, 0x44, 0x6b, 0x21, 0x3f, 0x11, 0x52, 0x7a, 0x09, 0x44, 0x6b, 0x21 };

            string M(IConfiguration config, string token, object payload, RSA rsa)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<KeyMaterialRuleSet>.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task EncodeWithEncodedLiteral_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA3001:Encode|}(payload, Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"), JwsAlgorithm.HS256);
        """);

    [Fact]
    public Task DecodeWithByteArrayLiteral_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA3001:Decode|}(token, new byte[] { 0x3f, 0x11, 0x52, 0x7a, 0x09, 0x44, 0x6b, 0x21 });
        """);

    [Fact]
    public Task DecodeWithStaticReadonlyBytes_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA3001:Decode|}(token, ReadonlyBytes, JwsAlgorithm.HS256);
        """);

    [Fact]
    public Task DecodeToObjectWithConstThroughLocal_Reports() => VerifyInMethod("""
                var key = Encoding.UTF8.GetBytes(ConstKey);
                var claims = Jose.JWT.{|TVA3001:Decode|}<Dictionary<string, object>>(token, key);
                return claims.Count.ToString();
        """);

    [Fact]
    public Task EncodeWithUtf8Literal_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA3001:Encode|}(payload, "utf8-hardcoded-signing-key-0123456789"u8.ToArray(), JwsAlgorithm.HS512);
        """);

    [Fact]
    public Task PasswordForKeyWrapping_Reports() => VerifyInMethod("""
                return Jose.JWT.{|TVA3001:Encode|}(payload, "hardcoded-password", JweAlgorithm.PBES2_HS256_A128KW, JweEncryption.A128GCM);
        """);

    [Fact]
    public Task UsingInsideNamespace_Reports() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        namespace App
        {
            using System.Text;
            using Jose;

            static class Tokens
            {
                public static string Issue(object payload)
                    => JWT.{|TVA3001:Encode|}(payload, Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"), JwsAlgorithm.HS256);
            }
        }
        """);

    [Fact]
    public Task KeyFromConfiguration_DoesNotReport() => VerifyInMethod("""
                return Jose.JWT.Decode(token, Encoding.UTF8.GetBytes(config["Jwt:Key"]!), JwsAlgorithm.HS256);
        """);

    [Fact]
    public Task PublicRsaKey_DoesNotReport() => VerifyInMethod("""
                using var publicKey = RSA.Create();
                publicKey.ImportFromPem("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----");
                return Jose.JWT.Decode(token, publicKey, JwsAlgorithm.RS256) + Jose.JWT.Encode(payload, rsa, JwsAlgorithm.RS256);
        """);

    [Fact]
    public Task FallbackOnConfiguration_ReportsTheFallback() => VerifyInMethod("""
                var secret = config["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                return Jose.JWT.Decode(token, Encoding.UTF8.GetBytes(secret), JwsAlgorithm.HS256);
        """);

    [Fact]
    public Task ShortHmacKey_ReportsSize() => VerifyInMethod("""
                return Jose.JWT.{|TVA3003:Encode|}(payload, RandomNumberGenerator.GetBytes(16), JwsAlgorithm.HS256);
        """);

    [Fact]
    public Task ShortHmacKeyWithConstAlgorithm_ReportsSize() => VerifyInMethod("""
                const JwsAlgorithm algorithm = JwsAlgorithm.HS384;
                return Jose.JWT.{|TVA3003:Decode|}(token, RandomNumberGenerator.GetBytes(16), algorithm);
        """);

    [Fact]
    public Task ShortContentKey_DoesNotReportSize() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, RandomNumberGenerator.GetBytes(16), JweAlgorithm.DIR, JweEncryption.A128GCM);
        """);

    [Fact]
    public Task LookAlikeJwtClass_DoesNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        namespace MyApp.Security
        {
            public static class JWT
            {
                public static string Encode(object payload, object key, string alg) => "";
            }

            static class Use
            {
                static string M() => JWT.Encode(new object(), "inline-hardcoded-signing-key-0123456789", "HS256");
            }
        }
        """);

    [Fact]
    public async Task WithoutIdentityModel_Reports()
    {
        var test = new Verify<KeyMaterialRuleSet>.Test { TestCode = InMethod("""
                return Jose.JWT.{|TVA3001:Encode|}(payload, Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"), JwsAlgorithm.HS256);
        """) };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.JwtLibrariesWithoutIdentityModel);
        await test.RunAsync();
    }
}
