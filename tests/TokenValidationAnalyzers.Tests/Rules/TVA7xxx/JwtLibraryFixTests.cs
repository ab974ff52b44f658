using TokenValidationAnalyzers.CodeFixes.Rules.TVA7xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA7xxx;

/// <summary>TVA7001: verify the signature; TVA7002: remove the switch that turns a lifetime check off.</summary>
public class JwtLibraryFixTests
{
    [Fact]
    public Task Fix_InsertsMustVerifySignatureBeforeDecode() => Verify<JwtLibraryRuleSet, JwtLibraryCodeFixProvider>.CodeFixAsync("""
        using JWT.Algorithms;
        using JWT.Builder;
        class C
        {
            string M(string token, string key)
            {
                var builder = new JwtBuilder().WithSecret(key);
                var first = builder.{|TVA7001:Decode|}(token);
                return new JwtBuilder()
                    .WithAlgorithm(new HMACSHA256Algorithm())
                    .WithSecret(key)
                    .{|TVA7001:Decode|}(token) + first;
            }
        }
        """, """
        using JWT.Algorithms;
        using JWT.Builder;
        class C
        {
            string M(string token, string key)
            {
                var builder = new JwtBuilder().WithSecret(key);
                var first = builder.MustVerifySignature().Decode(token);
                return new JwtBuilder()
                    .WithAlgorithm(new HMACSHA256Algorithm())
                    .WithSecret(key)
                    .MustVerifySignature()
                    .Decode(token) + first;
            }
        }
        """);

    [Fact]
    public Task Fix_SetsVerifyToTrue() => Verify<JwtLibraryRuleSet, JwtLibraryCodeFixProvider>.CodeFixAsync("""
        using JWT;
        class C
        {
            object M(IJwtDecoder decoder, string token, string key)
                => decoder.{|TVA7001:Decode|}(token, key, verify: false) + decoder.{|TVA7001:DecodeToObject|}(token, key, false).Count;
        }
        """, """
        using JWT;
        class C
        {
            object M(IJwtDecoder decoder, string token, string key)
                => decoder.Decode(token, key, verify: true) + decoder.DecodeToObject(token, key, true).Count;
        }
        """);

    [Fact]
    public Task Fix_RemovesLifetimeSwitches() => Verify<JwtLibraryRuleSet, JwtLibraryCodeFixProvider>.CodeFixAsync(TestReferences.WithJwtNet10, """
        using JWT;
        using JWT.Builder;
        class C
        {
            string M(string token, string key)
            {
                var parameters = new ValidationParameters { {|TVA7002:ValidateIssuedTime = false|}, TimeMargin = 10 };
                {|TVA7002:parameters.ValidateExpirationTime = false|};
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters(parameters)
                    .WithValidationParameters(p => {|TVA7002:p.ValidateExpirationTime = false|}).Decode(token);
            }
        }
        """, """
        using JWT;
        using JWT.Builder;
        class C
        {
            string M(string token, string key)
            {
                var parameters = new ValidationParameters { TimeMargin = 10 };
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters(parameters)
                    .WithValidationParameters(p => { }).Decode(token);
            }
        }
        """);

    [Fact]
    public Task NonePresetAndJoseDecode_HaveNoFix() => Verify<JwtLibraryRuleSet, JwtLibraryCodeFixProvider>.NoCodeFixAsync("""
        class C
        {
            string M(string token) => Jose.JWT.{|TVA7001:Decode|}(token, null, Jose.JwsAlgorithm.none);
        }
        """);
}
