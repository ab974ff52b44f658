using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>Less common ways to write key material: target-typed creations, array initializers without <c>new</c>, collection expressions, other import APIs, web-host builders.</summary>
public class KeyMaterialEdgeTests
{
    private static string InMethod(string body) => $$"""
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using System.Text;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private static readonly byte[] InitializerBytes = { 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08 };
            private static readonly byte[] NewBytes = new byte[] { 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08 };

            object M(WebApplicationBuilder builder)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<KeyMaterialRuleSet>.AnalyzerAsync(InMethod(body));

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task TargetTypedNew_Reports() => VerifyInMethod("""
                SymmetricSecurityKey key = {|TVA3001:new(Encoding.UTF8.GetBytes("target-typed-signing-key-0123456789"))|};
                return key;
        """);

    [Fact]
    public Task StaticReadonlyFieldWithNewByteArray_Reports() => VerifyInMethod("""
                return {|TVA3001:new SymmetricSecurityKey(NewBytes)|};
        """);

    [Fact]
    public Task StaticReadonlyFieldWithArrayInitializer_Reports() => VerifyInMethod("""
                return {|TVA3001:new SymmetricSecurityKey(InitializerBytes)|};
        """);

    [Fact]
    public Task LocalWithArrayInitializer_Reports() => VerifyInMethod("""
                byte[] bytes = { 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08 };
                return {|TVA3001:new SymmetricSecurityKey(bytes)|};
        """);

    [Fact]
    public Task ByteCollectionExpression_Reports() => VerifyInMethod("""
                byte[] bytes = [0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08];
                var first = {|TVA3001:new SymmetricSecurityKey(bytes)|};
                return {|TVA3001:new SymmetricSecurityKey([0x3f, 0x91, 0x0c, 0x7a])|};
        """);

    [Fact]
    public Task RawStringJsonWebKeyWithK_Reports() => VerifyInMethod(""""
                return {|TVA3001:new JsonWebKey("""{ "kty": "oct", "k" : "c2lnbmluZy1rZXktMDEyMzQ1Njc4OWFiY2RlZg" }""")|};
        """");

    [Fact]
    public Task JsonWebKeyWithKeyIdNamedK_DoesNotReport() => VerifyInMethod(""""
                return new JsonWebKey("""{ "kty": "RSA", "kid": "k", "n": "0vx7agoebGcQ", "e": "AQAB" }""");
        """");

    [Fact]
    public Task LoadPkcs12FromLiteralBytes_Reports() => VerifyInMethod("""
                return {|TVA3001:X509CertificateLoader.LoadPkcs12(new byte[] { 0x30, 0x82, 0x0a, 0x1f }, "pfx-password")|};
        """);

    [Fact]
    public Task ImportFromEncryptedPemPrivateKey_Reports() => VerifyInMethod("""
                var rsa = RSA.Create();
                {|TVA3001:rsa.ImportFromEncryptedPem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0w\n-----END ENCRYPTED PRIVATE KEY-----", "pem-password")|};
                return rsa;
        """);

    [Fact]
    public Task ImportEncryptedPkcs8PrivateKeyLiteralBytes_ReportsOnTheKeyNotThePassword() => VerifyInMethod("""
                var rsa = RSA.Create();
                {|TVA3001:rsa.ImportEncryptedPkcs8PrivateKey("password", new byte[] { 0x30, 0x82, 0x05, 0x1c }, out _)|};
                rsa.ImportEncryptedPkcs8PrivateKey("password", RandomNumberGenerator.GetBytes(16), out _);
                return rsa;
        """);

    [Fact]
    public Task ImportRsaPrivateKeyLiteralBytes_Reports() => VerifyInMethod("""
                var rsa = RSA.Create();
                {|TVA3001:rsa.ImportRSAPrivateKey(new byte[] { 0x30, 0x82, 0x04, 0xa3 }, out _)|};
                return rsa;
        """);

    [Fact]
    public Task KeyInStaticFieldInitializer_Reports() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        static class Keys
        {
            public static readonly SecurityKey Signing = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("field-initializer-signing-key-0123456789"))|};
        }
        """);

    [Fact]
    public Task BuilderConfigurationFallback_ReportsOnlyFallback() => VerifyInMethod("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:SigningKey"] ?? {|TVA3002:"local-dev-signing-key-0123456789abcdef"|}));
        """);

    [Fact]
    public Task BuilderConfigurationRead_DoesNotReport() => VerifyInMethod("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:SigningKey"]!));
        """);

    [Fact]
    public Task HardcodedKeyWithBuilder_Fix_ReadsBuilderConfiguration() => VerifyFix(InMethod("""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|};
        """), InMethod("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));
        """));

    [Fact]
    public Task TargetTypedNew_Fix_ReadsBuilderConfiguration() => VerifyFix(InMethod("""
                SymmetricSecurityKey key = {|TVA3001:new(Encoding.UTF8.GetBytes("target-typed-signing-key-0123456789"))|};
                return key;
        """), InMethod("""
                SymmetricSecurityKey key = new(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));
                return key;
        """));

    [Fact]
    public Task StaticFieldInitializerNextToInstanceConfiguration_Fix_ReadsEnvironmentVariable() => VerifyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class Keys(IConfiguration configuration)
        {
            public static readonly SecurityKey Signing = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("field-initializer-signing-key-0123456789"))|};
            public string? Issuer => configuration["Jwt:Issuer"];
        }
        """, """
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class Keys(IConfiguration configuration)
        {
            public static readonly SecurityKey Signing = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")));
            public string? Issuer => configuration["Jwt:Issuer"];
        }
        """);

    [Fact]
    public Task StaticFieldInitializerNextToInstanceField_Fix_ReadsEnvironmentVariable() => VerifyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class Keys
        {
            private readonly IConfiguration _configuration;
            public Keys(IConfiguration configuration) => _configuration = configuration;
            public static readonly SecurityKey Signing = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("field-initializer-signing-key-0123456789"))|};
        }
        """, """
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class Keys
        {
            private readonly IConfiguration _configuration;
            public Keys(IConfiguration configuration) => _configuration = configuration;
            public static readonly SecurityKey Signing = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")));
        }
        """);
}
