using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001–TVA3003 on the keys JWT.Net's builder, encoder and decoder are given.</summary>
public class JwtNetKeyTests
{
    private static string InMethod(string body) => $$"""
        using System.Security.Cryptography;
        using System.Text;
        using JWT;
        using JWT.Algorithms;
        using JWT.Builder;
        using Microsoft.Extensions.Configuration;
        class C
        {
            private const string ConstKey = "const-hardcoded-signing-key-0123456789";
            private static readonly string ReadonlyKey = "static-readonly-signing-key-0123456789";
            private static readonly byte[] ReadonlyBytes = Encoding.UTF8.GetBytes("static-readonly-signing-key-0123456789");

            string M(IConfiguration config, IJwtEncoder encoder, IJwtDecoder decoder, JwtEncoder concreteEncoder, string token, object payload)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<KeyMaterialRuleSet>.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task BuilderWithInlineSecret_Reports() => VerifyInMethod("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).{|TVA3001:WithSecret|}("inline-hardcoded-signing-key-0123456789").Encode();
        """);

    [Fact]
    public Task BuilderWithSecretInLocal_Reports() => VerifyInMethod("""
                var secret = "local-hardcoded-signing-key-0123456789";
                var builder = new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm());
                return builder.{|TVA3001:WithSecret|}(secret).Encode();
        """);

    [Fact]
    public Task BuilderWithConstField_Reports() => VerifyInMethod("""
                return new JwtBuilder().{|TVA3001:WithSecret|}(ConstKey).Decode(token);
        """);

    [Fact]
    public Task BuilderWithStaticReadonlyBytes_Reports() => VerifyInMethod("""
                return new JwtBuilder().{|TVA3001:WithSecret|}(ReadonlyBytes).Decode(token);
        """);

    [Fact]
    public Task BuilderWithUtf8Literal_Reports() => VerifyInMethod("""
                return new JwtBuilder().{|TVA3001:WithSecret|}("utf8-hardcoded-signing-key-0123456789"u8.ToArray()).Decode(token);
        """);

    [Fact]
    public Task BuilderWithSecondOfTwoSecretsHardcoded_Reports() => VerifyInMethod("""
                return new JwtBuilder().{|TVA3001:WithSecret|}(config["Jwt:Key"]!, "old-hardcoded-signing-key-0123456789").Decode(token);
        """);

    [Fact]
    public Task EncodeWithInlineString_Reports() => VerifyInMethod("""
                return encoder.{|TVA3001:Encode|}(payload, "inline-hardcoded-signing-key-0123456789");
        """);

    [Fact]
    public Task ConcreteEncoderWithHeadersAndBytes_Reports() => VerifyInMethod("""
                return concreteEncoder.{|TVA3001:Encode|}(new Dictionary<string, object>(), payload, Encoding.UTF8.GetBytes(ReadonlyKey));
        """);

    [Fact]
    public Task DecodeWithInlineString_Reports() => VerifyInMethod("""
                return decoder.{|TVA3001:Decode|}(token, "inline-hardcoded-signing-key-0123456789", verify: true);
        """);

    [Fact]
    public Task DecodeToObjectWithEncodedString_Reports() => VerifyInMethod("""
                var claims = decoder.{|TVA3001:DecodeToObject|}<Dictionary<string, object>>(token, Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"), true);
                return claims.Count.ToString();
        """);

    [Fact]
    public Task SecretFromConfiguration_DoesNotReport() => VerifyInMethod("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret(config["Jwt:Key"]!).Decode(token);
        """);

    [Fact]
    public Task SecretCommittedInAppSettings_ReportsTheSetting()
    {
        var test = new Verify<KeyMaterialRuleSet>.Test { TestCode = InMethod("""
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret(config["Jwt:Key"]!).Decode(token);
        """) };
        test.TestState.AdditionalFiles.Add(("appsettings.json", """
            { "Jwt": { {|TVA3005:"Key": "committed-signing-key-0123456789abcdef"|} } }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task EmptyKeyForAsymmetricAlgorithm_DoesNotReport() => VerifyInMethod("""
                return encoder.Encode(payload, "") + decoder.Decode(token, new byte[0], verify: true);
        """);

    [Fact]
    public Task PublicKeyPemGivenToDecoder_DoesNotReport() => VerifyInMethod("""
                const string publicKey = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";
                return decoder.Decode(token, publicKey, verify: true) + decoder.Decode(token, Encoding.UTF8.GetBytes(publicKey), verify: true);
        """);

    [Fact]
    public Task FallbackOnConfiguration_ReportsTheFallback() => VerifyInMethod("""
                return new JwtBuilder().WithSecret(config["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}).Decode(token);
        """);

    [Fact]
    public Task FallbackThroughLocal_ReportsTheFallback() => VerifyInMethod("""
                var secret = Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                return encoder.Encode(payload, secret);
        """);

    [Fact]
    public Task ShortArrayFilledLater_ReportsSize() => VerifyInMethod("""
                var secret = new byte[16];
                RandomNumberGenerator.Fill(secret);
                return new JwtBuilder().WithAlgorithm(new HMACSHA256Algorithm()).{|TVA3003:WithSecret|}(secret).Encode();
        """);

    [Fact]
    public Task ShortRandomKey_ReportsSize() => VerifyInMethod("""
                return encoder.{|TVA3003:Encode|}(payload, RandomNumberGenerator.GetBytes(20));
        """);

    [Fact]
    public Task RandomKeyOf32Bytes_DoesNotReport() => VerifyInMethod("""
                return encoder.Encode(payload, RandomNumberGenerator.GetBytes(32));
        """);

    [Fact]
    public Task LookAlikeBuilderInAnotherNamespace_DoesNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        namespace MyApp.Tokens
        {
            public sealed class JwtBuilder
            {
                public JwtBuilder WithSecret(params string[] secrets) => this;
                public string Encode() => "";
            }

            public interface IJwtEncoder
            {
                string Encode(object payload, string key);
            }

            static class Use
            {
                static string M(IJwtEncoder encoder)
                    => new JwtBuilder().WithSecret("inline-hardcoded-signing-key-0123456789").Encode()
                        + encoder.Encode(new object(), "inline-hardcoded-signing-key-0123456789");
            }
        }
        """);

    [Fact]
    public async Task WithoutIdentityModel_Reports()
    {
        var test = new Verify<KeyMaterialRuleSet>.Test { TestCode = InMethod("""
                return new JwtBuilder().{|TVA3001:WithSecret|}("inline-hardcoded-signing-key-0123456789").Decode(token);
        """) };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.JwtLibrariesWithoutIdentityModel);
        await test.RunAsync();
    }
}
