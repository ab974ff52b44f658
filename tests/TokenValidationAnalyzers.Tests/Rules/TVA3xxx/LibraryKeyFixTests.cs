using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>The TVA3001–TVA3003 fixes on keys given to JWT.Net and jose-jwt: exact output, Fix All, compiling code.</summary>
public class LibraryKeyFixTests
{
    private const string ReadSigningKey = """configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string Tokens(string body) => $$"""
        using System.Security.Cryptography;
        using System.Text;
        using JWT;
        using JWT.Algorithms;
        using JWT.Builder;
        using Jose;
        using Microsoft.Extensions.Configuration;
        sealed class Tokens(IConfiguration configuration)
        {
            public string Issue(IJwtEncoder encoder, object payload, string token)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task BuilderSecret_Fix_ReadsTheStringFromConfiguration() => VerifyFix(Tokens("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).{|TVA3001:WithSecret|}("inline-hardcoded-signing-key-0123456789").Encode();
        """), Tokens($$"""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret({{ReadSigningKey}}).Encode();
        """));

    [Fact]
    public Task EncoderAndDecoderKeys_FixAll_ReadsEachFromConfiguration() => VerifyFix(Tokens("""
                var secret = "local-hardcoded-signing-key-0123456789";
                var issued = encoder.{|TVA3001:Encode|}(payload, "inline-hardcoded-signing-key-0123456789");
                return issued + new JwtDecoder(null!, null!).{|TVA3001:Decode|}(token, secret, verify: true);
        """), Tokens($$"""
                var secret = {{ReadSigningKey}};
                var issued = encoder.Encode(payload, {{ReadSigningKey}});
                return issued + new JwtDecoder(null!, null!).Decode(token, secret, verify: true);
        """));

    [Fact]
    public Task JoseEncodedLiteral_Fix_KeepsTheEncoding() => VerifyFix(Tokens("""
                return Jose.JWT.{|TVA3001:Encode|}(payload, Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"), JwsAlgorithm.HS256);
        """), Tokens($$"""
                return Jose.JWT.Encode(payload, Encoding.UTF8.GetBytes({{ReadSigningKey}}), JwsAlgorithm.HS256);
        """));

    [Fact]
    public Task JoseUtf8Literal_Fix_EncodesTheConfiguredString() => VerifyFix(Tokens("""
                return Jose.JWT.{|TVA3001:Decode|}(token, "utf8-hardcoded-signing-key-0123456789"u8.ToArray(), JwsAlgorithm.HS256);
        """), Tokens($$"""
                return Jose.JWT.Decode(token, Encoding.UTF8.GetBytes({{ReadSigningKey}}), JwsAlgorithm.HS256);
        """));

    [Fact]
    public Task BuilderFallback_Fix_ThrowsWhenMissing() => VerifyFix(Tokens("""
                return new JwtBuilder().WithSecret(configuration["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}).Decode(token);
        """), Tokens("""
                return new JwtBuilder().WithSecret(configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured")).Decode(token);
        """));

    [Fact]
    public Task ShortBuilderSecret_Fix_Uses32Bytes() => VerifyFix(Tokens("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).{|TVA3003:WithSecret|}(RandomNumberGenerator.GetBytes(16)).Encode();
        """), Tokens("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret(RandomNumberGenerator.GetBytes(32)).Encode();
        """));

    [Fact]
    public Task ShortHs512Secret_Fix_Uses64Bytes() => VerifyFix(Tokens("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA512Algorithm()).{|TVA3003:WithSecret|}(RandomNumberGenerator.GetBytes(16)).Encode();
        """), Tokens("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA512Algorithm()).WithSecret(RandomNumberGenerator.GetBytes(64)).Encode();
        """));

    [Fact]
    public Task JoseByteArrayLiteral_Fix_DecodesBase64FromConfiguration() => VerifyFix(Tokens("""
                return Jose.JWT.{|TVA3001:Decode|}(token, new byte[] { 0x3f, 0x11, 0x52, 0x7a, 0x09, 0x44, 0x6b, 0x21 });
        """), Tokens($$"""
                return Jose.JWT.Decode(token, Convert.FromBase64String({{ReadSigningKey}}));
        """));

    [Fact]
    public Task ConstFieldSecret_Fix_RewritesTheDeclaration() => VerifyFix("""
        using JWT.Builder;
        sealed class Tokens
        {
            private const string SigningKey = "const-hardcoded-signing-key-0123456789";

            public string Issue() => new JwtBuilder().{|TVA3001:WithSecret|}(SigningKey).Encode();
        }
        """, """
        using JWT.Builder;
        sealed class Tokens
        {
            private static readonly string SigningKey = Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured");

            public string Issue() => new JwtBuilder().WithSecret(SigningKey).Encode();
        }
        """);

    [Fact]
    public async Task WithoutIdentityModel_Fix_ReadsFromConfiguration()
    {
        var test = new Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.Test
        {
            TestCode = Tokens("""
                return Jose.JWT.{|TVA3001:Encode|}(payload, Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"), JwsAlgorithm.HS256);
        """),
            FixedCode = Tokens($$"""
                return Jose.JWT.Encode(payload, Encoding.UTF8.GetBytes({{ReadSigningKey}}), JwsAlgorithm.HS256);
        """),
        };
        foreach (var state in new[] { test.TestState, test.FixedState, test.BatchFixedState })
        {
            state.AdditionalReferences.Clear();
            state.AdditionalReferences.AddRange(TestReferences.JwtLibrariesWithoutIdentityModel);
        }

        await test.RunAsync();
    }
}
