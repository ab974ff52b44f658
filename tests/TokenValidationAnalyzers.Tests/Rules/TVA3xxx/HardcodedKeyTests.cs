using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001: every shape key material can be written in, traced to a literal; public keys and runtime values stay silent.</summary>
public class HardcodedKeyTests
{
    private static string InMethod(string body) => $$"""
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private static readonly string ReadonlyKey = "static-readonly-signing-key-0123456789";
            private static string MutableKey = "mutable-static-signing-key-0123456789";
            private readonly string _instanceKey = "instance-field-signing-key-0123456789";

            void M(IConfiguration config, string parameterKey, byte[] parameterBytes)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<KeyMaterialRuleSet>.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task InlineString_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|};
        """);

    [Fact]
    public Task InlineStringAsciiEncoding_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.ASCII.GetBytes("ascii-hardcoded-signing-key-0123456789"))|};
        """);

    [Fact]
    public Task ConfigurationRead_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));
        """);

    [Fact]
    public Task ConstInAnotherClass_Reports() => Verify<KeyMaterialRuleSet>.AnalyzerAsync(new[]
    {
        InMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secrets.SigningKey))|};
        """),
        """
        static class Secrets
        {
            public const string SigningKey = "const-hardcoded-signing-key-0123456789";
        }
        """,
    });

    [Fact]
    public Task StaticPropertyInAnotherClass_DoesNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync(new[]
    {
        InMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secrets.SigningKey));
        """),
        """
        static class Secrets
        {
            public static string SigningKey => System.Environment.GetEnvironmentVariable("JWT_KEY")!;
        }
        """,
    });

    [Fact]
    public Task StaticReadonlyField_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ReadonlyKey))|};
        """);

    [Fact]
    public Task StaticReadonlyFieldInAnotherFile_Reports() => Verify<KeyMaterialRuleSet>.AnalyzerAsync(new[]
    {
        InMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Keys.Shared))|};
        """),
        """
        static class Keys
        {
            public static readonly string Shared = "shared-readonly-signing-key-0123456789";
        }
        """,
    });

    [Fact]
    public Task MutableStaticAndInstanceFields_DoNotReport() => VerifyInMethod("""
                var first = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(MutableKey));
                var second = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_instanceKey));
        """);

    [Fact]
    public Task Local_Reports() => VerifyInMethod("""
                var secret = "local-hardcoded-signing-key-0123456789";
                var bytes = Encoding.UTF8.GetBytes(secret);
                var key = {|TVA3001:new SymmetricSecurityKey(bytes)|};
        """);

    [Fact]
    public Task ConstLocal_Reports() => VerifyInMethod("""
                const string secret = "const-local-signing-key-0123456789ab";
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret))|};
        """);

    [Fact]
    public Task ParameterAndLocalFromParameter_DoNotReport() => VerifyInMethod("""
                var secret = parameterKey;
                var first = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
                var second = new SymmetricSecurityKey(parameterBytes);
        """);

    [Fact]
    public Task Base64Literal_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Convert.FromBase64String("c2lnbmluZy1rZXktZnJvbS1iYXNlNjQtMDEyMzQ1Njc4OQ=="))|};
        """);

    [Fact]
    public Task Base64FromConfiguration_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:Key"]!));
        """);

    [Fact]
    public Task Utf8LiteralToArray_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey("utf8-literal-signing-key-0123456789abc"u8.ToArray())|};
        """);

    [Fact]
    public Task ByteArrayLiteral_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(new byte[] { 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08 })|};
        """);

    [Fact]
    public Task RandomBytes_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        """);

    [Fact]
    public Task JsonWebKeyWithSymmetricK_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new JsonWebKey("{\"kty\":\"oct\",\"k\":\"c2lnbmluZy1rZXktMDEyMzQ1Njc4OWFiY2RlZg\"}")|};
        """);

    [Fact]
    public Task JsonWebKeyWithPrivateD_Reports() => VerifyInMethod("""
                var key = {|TVA3001:new JsonWebKey("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83O\",\"y\":\"x_FE\",\"d\":\"jpsQ\"}")|};
        """);

    [Fact]
    public Task JsonWebKeyPublicRsa_DoesNotReport() => VerifyInMethod("""
                var key = new JsonWebKey("{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\"}");
        """);

    [Fact]
    public Task JsonWebKeyFromConfiguration_DoesNotReport() => VerifyInMethod("""
                var key = new JsonWebKey(config["Jwt:Jwk"]!);
        """);

    [Fact]
    public Task RsaImportFromPemPrivateKey_Reports() => VerifyInMethod("""
                using var rsa = RSA.Create();
                {|TVA3001:rsa.ImportFromPem("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----")|};
        """);

    [Fact]
    public Task RsaImportFromPemPrivateKeyThroughLocal_Reports() => VerifyInMethod("""
                const string pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
                using var rsa = RSA.Create();
                {|TVA3001:rsa.ImportFromPem(pem)|};
        """);

    [Fact]
    public Task RsaImportFromPemPublicKey_DoesNotReport() => VerifyInMethod("""
                using var rsa = RSA.Create();
                rsa.ImportFromPem("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----");
        """);

    [Fact]
    public Task RsaFromXmlStringWithPrivateExponent_Reports() => VerifyInMethod("""
                using var rsa = RSA.Create();
                {|TVA3001:rsa.FromXmlString("<RSAKeyValue><Modulus>0vx7ag==</Modulus><Exponent>AQAB</Exponent><D>X4cTteJY</D></RSAKeyValue>")|};
        """);

    [Fact]
    public Task RsaFromXmlStringPublic_DoesNotReport() => VerifyInMethod("""
                using var rsa = RSA.Create();
                rsa.FromXmlString("<RSAKeyValue><Modulus>0vx7ag==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>");
        """);

    [Fact]
    public Task RsaImportPkcs8PrivateKeyByteLiteral_Reports() => VerifyInMethod("""
                using var rsa = RSA.Create();
                {|TVA3001:rsa.ImportPkcs8PrivateKey(new byte[] { 0x30, 0x82, 0x04, 0xbd, 0x02, 0x01 }, out _)|};
        """);

    [Fact]
    public Task RsaImportPkcs8PrivateKeyFromParameter_DoesNotReport() => VerifyInMethod("""
                using var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(parameterBytes, out _);
        """);

    [Fact]
    public Task X509CertificateFromLiteralBytesWithPassword_Reports() => VerifyInMethod("""
                var certificate = {|TVA3001:new X509Certificate2(new byte[] { 0x30, 0x82, 0x0a, 0x1f }, "pfx-password")|};
        """);

    [Fact]
    public Task X509CertificateFromLiteralBytesWithoutPassword_DoesNotReport() => VerifyInMethod("""
                var certificate = new X509Certificate2(new byte[] { 0x30, 0x82, 0x0a, 0x1f });
        """);

    [Fact]
    public Task X509CertificateFromFile_DoesNotReport() => VerifyInMethod("""
                var certificate = new X509Certificate2("cert.pfx", "pfx-password");
        """);

    [Fact]
    public Task EcdsaImportFromPemPrivateKey_Reports() => VerifyInMethod("""
                using var ecdsa = ECDsa.Create();
                {|TVA3001:ecdsa.ImportFromPem("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY\n-----END EC PRIVATE KEY-----")|};
        """);

    [Fact]
    public Task EcdsaImportFromPemPublicKey_DoesNotReport() => VerifyInMethod("""
                using var ecdsa = ECDsa.Create();
                ecdsa.ImportFromPem("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----");
        """);

    [Fact]
    public Task EcdsaImportPkcs8PrivateKeyByteLiteral_Reports() => VerifyInMethod("""
                using var ecdsa = ECDsa.Create();
                {|TVA3001:ecdsa.ImportPkcs8PrivateKey(new byte[] { 0x30, 0x81, 0x87, 0x02, 0x01, 0x00 }, out _)|};
        """);

    [Fact]
    public Task EcdsaImportECPrivateKeyByteLiteral_Reports() => VerifyInMethod("""
                using var ecdsa = ECDsa.Create();
                {|TVA3001:ecdsa.ImportECPrivateKey(new byte[] { 0x30, 0x77, 0x02, 0x01, 0x01, 0x04 }, out _)|};
        """);

    [Fact]
    public Task EcdsaImportFromConfiguration_DoesNotReport() => VerifyInMethod("""
                using var ecdsa = ECDsa.Create();
                ecdsa.ImportFromPem(config["Jwt:PrivateKeyPem"]);
                ecdsa.ImportECPrivateKey(Convert.FromBase64String(config["Jwt:PrivateKey"]!), out _);
        """);

    [Fact]
    public Task ConfigurationReadsOfEveryShape_DoNotReport() => VerifyInMethod("""
                var a = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt")["Key"]!));
                var b = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetValue<string>("Jwt:Key")!));
                var c = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt:Key").Value!));
                var d = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_KEY")!));
                using var rsa = RSA.Create();
                rsa.ImportFromPem(config["Jwt:PrivateKeyPem"]);
        """);
}
