using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>Fixes for keys whose literal reaches them on one branch, through a decoder or at the end of a <c>??</c> chain.</summary>
public class KeyValueFlowFixTests
{
    private const string ReadSigningKey = """configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string WithConfiguration(string body) => $$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create(IConfiguration configuration, bool useFixedKey)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task LiteralInOneBranch_Fix_ReadsThatBranchFromConfiguration() => VerifyFix(WithConfiguration("""
                string key;
                if (useFixedKey) key = "branch-hardcoded-signing-key-0123456789";
                else key = configuration["Jwt:Key"]!;
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
        """), WithConfiguration($$"""
                string key;
                if (useFixedKey) key = {{ReadSigningKey}};
                else key = configuration["Jwt:Key"]!;
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """));

    [Fact]
    public Task HexDecodedLiteral_Fix_DecodesTheConfiguredValue() => VerifyFix(WithConfiguration("""
                return {|TVA3001:new SymmetricSecurityKey(Convert.FromHexString("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"))|};
        """), WithConfiguration($$"""
                return new SymmetricSecurityKey(Convert.FromHexString({{ReadSigningKey}}));
        """));

    [Fact]
    public Task CoalesceChain_Fix_ThrowsInsteadOfTheLastFallback() => VerifyFix(WithConfiguration("""
                var secret = configuration["Jwt:Key"] ?? Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"chain-fallback-signing-key-0123456789"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """), WithConfiguration("""
                var secret = configuration["Jwt:Key"] ?? Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """));

    [Fact]
    public Task LiteralWhenConfigurationIsNull_HasNoFix() => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.NoCodeFixAsync(WithConfiguration("""
                var key = configuration["Jwt:Key"];
                if (key is null) key = {|TVA3002:"missing-fallback-signing-key-0123456789"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """));
}
