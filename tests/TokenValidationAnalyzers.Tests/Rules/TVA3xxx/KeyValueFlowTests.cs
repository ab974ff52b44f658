using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001/TVA3002: every value that can reach the key (assignments, branches, <c>??</c> chains) and pure decoders of a literal.</summary>
public class KeyValueFlowTests
{
    private static Task VerifyInMethod(string body) => Verify<KeyMaterialRuleSet>.AnalyzerAsync($$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            SecurityKey M(IConfiguration config, bool flag, string[] sources)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task LiteralInOneBranch_Reports() => VerifyInMethod("""
                string key;
                if (flag) key = "branch-hardcoded-signing-key-0123456789";
                else key = config["Jwt:Key"]!;
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
        """);

    [Fact]
    public Task LiteralAssignedAfterDeclaration_Reports() => VerifyInMethod("""
                string key;
                key = "later-hardcoded-signing-key-0123456789";
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
        """);

    [Fact]
    public Task LiteralOverwritingConfigurationUnconditionally_Reports() => VerifyInMethod("""
                var key = config["Jwt:Key"]!;
                key = "overwriting-hardcoded-signing-key-0123456789";
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
        """);

    [Fact]
    public Task LiteralInBranchInsideLambda_Reports() => VerifyInMethod("""
                Func<SecurityKey> create = () =>
                {
                    string key;
                    if (flag) key = "lambda-hardcoded-signing-key-0123456789";
                    else key = config["Jwt:Key"]!;
                    return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
                };
                return create();
        """);

    [Fact]
    public Task LiteralWhenConfigurationIsNull_ReportsFallback() => VerifyInMethod("""
                var key = config["Jwt:Key"];
                if (key is null) key = {|TVA3002:"missing-fallback-signing-key-0123456789"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task EmptyPlaceholderOverwritten_DoesNotReport() => VerifyInMethod("""
                var key = "";
                key = config["Jwt:Key"]!;
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task LiteralPlaceholderOverwrittenOnEveryPath_DoesNotReport() => VerifyInMethod("""
                var key = "placeholder-signing-key-0123456789abcdef";
                if (flag) key = config["Jwt:Key"]!;
                else key = Environment.GetEnvironmentVariable("JWT_KEY")!;
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task NullPlaceholderOverwritten_DoesNotReport() => VerifyInMethod("""
                string key = null!;
                key = Environment.GetEnvironmentVariable("JWT_KEY")!;
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task LiteralBeforeLoop_DoesNotReport() => VerifyInMethod("""
                var key = "loop-placeholder-signing-key-0123456789";
                foreach (var source in sources) key = source;
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task CoalesceChainThroughEnvironment_ReportsLastFallback() => VerifyInMethod("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"chain-fallback-signing-key-0123456789"|}));
        """);

    [Fact]
    public Task CoalesceChainOfTwoKeysThroughLocal_ReportsLastFallback() => VerifyInMethod("""
                var secret = config["Jwt:Key"] ?? config["Auth:Key"] ?? {|TVA3002:"chain-fallback-signing-key-0123456789"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);

    [Fact]
    public Task CoalesceChainEndingInAppValue_DoesNotReport() => VerifyInMethod("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? sources[0] ?? "not-a-configuration-fallback-0123456789"));
        """);

    [Fact]
    public Task HexLiteral_Reports() => VerifyInMethod("""
                return {|TVA3001:new SymmetricSecurityKey(Convert.FromHexString("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"))|};
        """);

    [Fact]
    public Task Base64UrlDecodeBytesLiteral_Reports() => VerifyInMethod("""
                return {|TVA3001:new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes("c2lnbmluZy1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"))|};
        """);

    [Fact]
    public Task Base64UrlDecodeLiteral_Reports() => VerifyInMethod("""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Base64UrlEncoder.Decode("c2lnbmluZy1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3")))|};
        """);

    [Fact]
    public Task WebEncodersLiteral_Reports() => VerifyInMethod("""
                return {|TVA3001:new SymmetricSecurityKey(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode("c2lnbmluZy1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3"))|};
        """);

    [Fact]
    public Task LookAlikeDecoder_DoesNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        namespace App
        {
            static class Base64UrlEncoder
            {
                public static byte[] DecodeBytes(string name) => System.IO.File.ReadAllBytes(name);
            }

            class C
            {
                SecurityKey M() => new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes("keys/signing-key-file.bin"));
            }
        }
        """);

    [Fact]
    public Task LiteralInOneSwitchSection_Reports() => VerifyInMethod("""
                string key;
                switch (sources.Length)
                {
                    case 0:
                        key = "switch-hardcoded-signing-key-0123456789";
                        break;
                    default:
                        key = sources[0];
                        break;
                }

                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
        """);

    [Fact]
    public Task LiteralOverwrittenInsideTry_DoesNotReport() => VerifyInMethod("""
                var key = "try-placeholder-signing-key-0123456789";
                try
                {
                    key = config["Jwt:Key"]!;
                }
                finally
                {
                    Console.WriteLine("read");
                }

                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task WrittenByOutArgument_DoesNotReport() => VerifyInMethod("""
                var key = "out-placeholder-signing-key-0123456789";
                Read(out key);
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));

                static void Read(out string value) => value = Environment.GetEnvironmentVariable("JWT_KEY")!;
        """);

    [Fact]
    public Task WrittenInLambda_DoesNotReport() => VerifyInMethod("""
                var key = "lambda-placeholder-signing-key-0123456789";
                Action read = () => key = config["Jwt:Key"]!;
                read();
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task CapturedLiteralLocal_Reports() => VerifyInMethod("""
                var key = "captured-hardcoded-signing-key-0123456789";
                Func<SecurityKey> create = () => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))|};
                return create();
        """);

    [Fact]
    public Task HalfWrittenAssignment_DoesNotThrow() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            SecurityKey M(bool flag)
            {
                string key;
                if (flag) key = {|CS1525:;|}
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|CS0165:key|}));
            }
        }
        """);

    [Fact]
    public Task LiteralWhenEnvironmentIsEmpty_ReportsFallback() => VerifyInMethod("""
                var key = Environment.GetEnvironmentVariable("JWT_KEY");
                if (string.IsNullOrEmpty(key))
                {
                    key = {|TVA3002:"empty-fallback-signing-key-0123456789"|};
                }

                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """);

    [Fact]
    public Task LiteralUnderUnrelatedCondition_ReportsHardcoded() => VerifyInMethod("""
                var key = config["Jwt:Key"];
                if (flag) key = "flag-hardcoded-signing-key-0123456789";
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key!))|};
        """);
}
