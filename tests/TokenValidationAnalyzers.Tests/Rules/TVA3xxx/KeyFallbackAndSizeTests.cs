using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3002 (literal fallbacks of configuration and environment reads) and TVA3003 (symmetric keys under 32 bytes).</summary>
public class KeyFallbackAndSizeTests
{
    private static Task VerifyInMethod(string body) => Verify<KeyMaterialRuleSet>.AnalyzerAsync($$"""
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private const string DevelopmentKey = "const-development-signing-key-0123456789";

            void M(IConfiguration config)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task IndexerCoalesceLiteral_ReportsOnlyFallback() => VerifyInMethod("""
                var secret = config["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);

    [Fact]
    public Task IndexerCoalesceLiteralInline_ReportsOnlyFallback() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
        """);

    [Fact]
    public Task IndexerCoalesceConst_ReportsOnlyFallback() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? {|TVA3002:DevelopmentKey|}));
        """);

    [Fact]
    public Task SectionIndexerCoalesceLiteral_ReportsOnlyFallback() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt")["Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
        """);

    [Fact]
    public Task GetValueDefaultArgument_ReportsOnlyFallback() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetValue<string>("Jwt:Key", {|TVA3002:"fallback-signing-key-0123456789abcdef"|})!));
        """);

    [Fact]
    public Task EnvironmentVariableCoalesceLiteral_ReportsOnlyFallback() => VerifyInMethod("""
                var secret = Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);

    [Fact]
    public Task Base64CoalesceLiteral_ReportsOnlyFallback() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Convert.FromBase64String(config["Jwt:Key"] ?? {|TVA3002:"ZmFsbGJhY2stc2lnbmluZy1rZXktMDEyMzQ1Njc4OWFi"|}));
        """);

    [Fact]
    public Task CoalesceThrow_DoesNotReport() => VerifyInMethod("""
                var secret = config["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured");
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);

    [Fact]
    public Task EnvironmentVariableCoalesceThrow_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("JWT_KEY is not configured")));
        """);

    [Fact]
    public Task NoFallback_DoesNotReport() => VerifyInMethod("""
                var a = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));
                var b = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetValue<string>("Jwt:Key")!));
        """);

    [Fact]
    public Task FallbackToAnotherRead_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? config["Legacy:Key"] ?? throw new InvalidOperationException()));
        """);

    [Fact]
    public Task FallbackNotUsedAsKey_DoesNotReport() => VerifyInMethod("""
                var issuer = config["Jwt:Issuer"] ?? "https://issuer.example";
                var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        """);

    [Fact]
    public Task RandomBytes16_ReportsShortKey() => VerifyInMethod("""
                var key = {|TVA3003:new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(16))|};
        """);

    [Fact]
    public Task ZeroedArray20FilledLater_ReportsShortKey() => VerifyInMethod("""
                var bytes = new byte[20];
                RandomNumberGenerator.Fill(bytes);
                var key = {|TVA3003:new SymmetricSecurityKey(bytes)|};
        """);

    [Fact]
    public Task RandomBytesThroughLocal_ReportsShortKey() => VerifyInMethod("""
                var bytes = RandomNumberGenerator.GetBytes(24);
                var key = {|TVA3003:new SymmetricSecurityKey(bytes)|};
        """);

    [Fact]
    public Task GuidBytes_ReportsShortKey() => VerifyInMethod("""
                var key = {|TVA3003:new SymmetricSecurityKey(System.Guid.NewGuid().ToByteArray())|};
        """);

    [Fact]
    public Task GuidBytesThroughLocal_ReportsShortKey() => VerifyInMethod("""
                var id = System.Guid.NewGuid();
                var bytes = id.ToByteArray();
                var key = {|TVA3003:new SymmetricSecurityKey(bytes)|};
        """);

    [Fact]
    public Task GuidBytesInFieldInitializer_ReportsShortKey() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        sealed class Startup
        {
            private readonly SymmetricSecurityKey _key = {|TVA3003:new SymmetricSecurityKey(System.Guid.NewGuid().ToByteArray())|};
        }
        """);

    [Fact]
    public Task GuidText_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(System.Guid.NewGuid().ToString("N") + System.Guid.NewGuid().ToString("N")));
        """);

    [Fact]
    public Task OwnTypesToByteArray_DoesNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        sealed class Guid
        {
            public static Guid NewGuid() => new();
            public byte[] ToByteArray() => new byte[64];
        }
        sealed class KeyFactory
        {
            public SecurityKey Create() => new SymmetricSecurityKey(Guid.NewGuid().ToByteArray());
        }
        """);

    [Fact]
    public Task RandomBytes32_DoesNotReport() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        """);

    [Fact]
    public Task Array64FilledLater_DoesNotReport() => VerifyInMethod("""
                var bytes = new byte[64];
                RandomNumberGenerator.Fill(bytes);
                var key = new SymmetricSecurityKey(bytes);
        """);

    [Fact]
    public Task RandomBytesOfRuntimeLength_DoesNotReport() => VerifyInMethod("""
                var size = config.GetValue<int>("Jwt:KeySize");
                var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(size));
        """);

    [Fact]
    public Task ShortStringLiteral_ReportsOnlyHardcodedKey() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("short"))|};
        """);

    [Fact]
    public Task ShortByteLiteral_ReportsOnlyHardcodedKey() => VerifyInMethod("""
                var key = {|TVA3001:new SymmetricSecurityKey(new byte[] { 1, 2, 3, 4 })|};
        """);

    [Fact]
    public Task ShortLiteralFallback_ReportsOnlyFallback() => VerifyInMethod("""
                var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? {|TVA3002:"dev"|}));
        """);
}
