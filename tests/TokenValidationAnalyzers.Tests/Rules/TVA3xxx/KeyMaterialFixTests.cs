using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>Fixes of TVA3001 (read from configuration), TVA3002 (throw when missing) and TVA3003 (raise the size): exact output and Fix All.</summary>
public class KeyMaterialFixTests
{
    private const string ReadSigningKey = """configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string WithConfiguration(string body) => $$"""
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create(IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    private static string WithoutConfiguration(string body) => $$"""
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create()
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task HardcodedString_Fix_ReadsFromConfigurationParameter() => VerifyFix(WithConfiguration("""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|};
        """), WithConfiguration($$"""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}));
        """));

    [Fact]
    public Task HardcodedStringInLocal_Fix_ReplacesTheLocalsLiteral() => VerifyFix(WithConfiguration("""
                var secret = "local-hardcoded-signing-key-0123456789"; // signing
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret))|};
        """), WithConfiguration($$"""
                var secret = {{ReadSigningKey}}; // signing
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """));

    [Fact]
    public Task HardcodedStringWithoutConfiguration_Fix_ReadsEnvironmentVariable() => VerifyFix(WithoutConfiguration("""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|};
        """), WithoutConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")));
        """));

    [Fact]
    public Task HardcodedStringNextToAuthRead_Fix_UsesTheAuthSection() => VerifyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class ValidationFactory(IConfiguration config)
        {
            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = config["Auth:Issuer"],
                IssuerSigningKey = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|},
            };
        }
        """, """
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class ValidationFactory(IConfiguration config)
        {
            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = config["Auth:Issuer"],
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Auth:SigningKey"] ?? throw new InvalidOperationException("Auth:SigningKey is not configured"))),
            };
        }
        """);

    [Fact]
    public Task HardcodedByteArray_Fix_DecodesBase64FromConfiguration() => VerifyFix(WithConfiguration("""
                return {|TVA3001:new SymmetricSecurityKey(new byte[] { 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08 })|};
        """), WithConfiguration($$"""
                return new SymmetricSecurityKey(Convert.FromBase64String({{ReadSigningKey}}));
        """));

    [Fact]
    public Task TwoHardcodedKeys_FixAll_ReadsBothFromConfiguration() => VerifyFix(WithConfiguration("""
                var first = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("first-hardcoded-signing-key-0123456789"))|};
                var second = {|TVA3001:new SymmetricSecurityKey(new byte[] { 0x3f, 0x91, 0x0c, 0x7a })|};
                return first;
        """), WithConfiguration($$"""
                var first = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}));
                var second = new SymmetricSecurityKey(Convert.FromBase64String({{ReadSigningKey}}));
                return first;
        """));

    [Fact]
    public Task IndexerFallback_Fix_ThrowsWhenMissing() => VerifyFix(WithConfiguration("""
                var secret = configuration["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """), WithConfiguration("""
                var secret = configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """));

    [Fact]
    public Task SectionIndexerFallback_Fix_NamesTheFullPath() => VerifyFix(WithConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration.GetSection("Jwt")["Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
        """), WithConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration.GetSection("Jwt")["Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured")));
        """));

    [Fact]
    public Task GetValueDefaultArgument_Fix_RemovesDefaultAndThrows() => VerifyFix(WithConfiguration("""
                var secret = configuration.GetValue<string>("Jwt:Key", {|TVA3002:"fallback-signing-key-0123456789abcdef"|});
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """), WithConfiguration("""
                var secret = configuration.GetValue<string>("Jwt:Key") ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """));

    [Fact]
    public Task GetValueDefaultArgumentAsArgument_Fix_RemovesDefaultAndThrows() => VerifyFix(WithConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration.GetValue<string>("Jwt:Key", {|TVA3002:"fallback-signing-key-0123456789abcdef"|})!));
        """), WithConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes((configuration.GetValue<string>("Jwt:Key") ?? throw new InvalidOperationException("Jwt:Key is not configured"))!));
        """));

    [Fact]
    public Task GetValueInferredTypeArgument_Fix_WritesTheTypeArgument() => VerifyFix(WithConfiguration("""
                var secret = configuration.GetValue("Jwt:Key", {|TVA3002:"fallback-signing-key-0123456789abcdef"|});
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """), WithConfiguration("""
                var secret = configuration.GetValue<string>("Jwt:Key") ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """));

    [Fact]
    public Task EnvironmentVariableFallback_Fix_NamesTheVariable() => VerifyFix(WithoutConfiguration("""
                var secret = Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """), WithoutConfiguration("""
                var secret = Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("JWT_KEY is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """));

    [Fact]
    public Task EnvironmentVariableFallbackInline_Fix_NamesTheVariable() => VerifyFix(WithoutConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
        """), WithoutConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("JWT_KEY is not configured")));
        """));

    [Fact]
    public Task TwoFallbacks_FixAll_ThrowsForBoth() => VerifyFix(WithConfiguration("""
                var first = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
                var second = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration.GetValue<string>("Jwt:OtherKey", {|TVA3002:"other-fallback-key-0123456789abcdef"|})!));
                return first;
        """), WithConfiguration("""
                var first = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured")));
                var second = new SymmetricSecurityKey(Encoding.UTF8.GetBytes((configuration.GetValue<string>("Jwt:OtherKey") ?? throw new InvalidOperationException("Jwt:OtherKey is not configured"))!));
                return first;
        """));

    [Fact]
    public Task ShortRandomKey_Fix_Uses32Bytes() => VerifyFix(WithoutConfiguration("""
                return {|TVA3003:new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(16))|};
        """), WithoutConfiguration("""
                return new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        """));

    [Fact]
    public Task ShortArrayFilledLater_Fix_Uses32Bytes() => VerifyFix(WithoutConfiguration("""
                var bytes = new byte[20];
                RandomNumberGenerator.Fill(bytes);
                return {|TVA3003:new SymmetricSecurityKey(bytes)|};
        """), WithoutConfiguration("""
                var bytes = new byte[32];
                RandomNumberGenerator.Fill(bytes);
                return new SymmetricSecurityKey(bytes);
        """));

    [Fact]
    public Task GuidKey_Fix_Uses32RandomBytes() => VerifyFix(WithoutConfiguration("""
                return {|TVA3003:new SymmetricSecurityKey(System.Guid.NewGuid().ToByteArray())|};
        """), WithoutConfiguration("""
                return new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        """));

    [Fact]
    public Task GuidKeyWithoutCryptographyUsing_Fix_QualifiesTheGenerator() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create() => {|TVA3003:new SymmetricSecurityKey(System.Guid.NewGuid().ToByteArray())|};
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create() => new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }
        """);

    [Fact]
    public Task GuidKeyAndShortRandomKey_FixAll_RaisesBoth() => VerifyFix(WithoutConfiguration("""
                var first = {|TVA3003:new SymmetricSecurityKey(System.Guid.NewGuid().ToByteArray())|};
                var second = {|TVA3003:new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(8))|};
                return first;
        """), WithoutConfiguration("""
                var first = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
                var second = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
                return first;
        """));

    private static string WithAlgorithm(string algorithm, string size) => $$"""
        using System.Security.Cryptography;
        using Microsoft.IdentityModel.Tokens;
        sealed class InternalTokenKey
        {
            public SigningCredentials Create()
            {
                var keyBytes = new byte[{{size}}];
                RandomNumberGenerator.Fill(keyBytes);
                return new SigningCredentials({{(size == "16" ? "{|TVA3003:new SymmetricSecurityKey(keyBytes)|}" : "new SymmetricSecurityKey(keyBytes)")}}, SecurityAlgorithms.{{algorithm}});
            }
        }
        """;

    [Fact]
    public Task ShortKeyWithHmacSha384_Fix_Uses48Bytes() => VerifyFix(WithAlgorithm("HmacSha384", "16"), WithAlgorithm("HmacSha384", "48"));

    [Fact]
    public Task ShortKeyWithHmacSha512_Fix_Uses64Bytes() => VerifyFix(WithAlgorithm("HmacSha512", "16"), WithAlgorithm("HmacSha512", "64"));

    [Fact]
    public Task ShortKeyWithHmacSha256_Fix_Uses32Bytes() => VerifyFix(WithAlgorithm("HmacSha256", "16"), WithAlgorithm("HmacSha256", "32"));

    [Fact]
    public Task TwoShortKeys_FixAll_RaisesBoth() => VerifyFix(WithoutConfiguration("""
                var first = {|TVA3003:new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(16))|};
                var second = {|TVA3003:new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(8))|};
                return first;
        """), WithoutConfiguration("""
                var first = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
                var second = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
                return first;
        """));
}
