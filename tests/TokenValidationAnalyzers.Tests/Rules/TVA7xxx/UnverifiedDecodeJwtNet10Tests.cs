using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA7xxx;

/// <summary>TVA7001 on JWT.Net 10.x (a reference stub): the builder verifies unless told not to.</summary>
public class UnverifiedDecodeJwtNet10Tests
{
    private static Task VerifyInMethod(string body) => Verify<JwtLibraryRuleSet>.AnalyzerAsync(TestReferences.WithJwtNet10, $$"""
        using JWT;
        using JWT.Algorithms;
        using JWT.Builder;
        class C
        {
            object? M(string token, string key, IJwtDecoder decoder)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task BuilderWithoutMustVerifySignature_DoesNotReport() => VerifyInMethod("""
                return JwtBuilder.Create().WithAlgorithm(new HMACSHA256Algorithm()).WithSecret(key).Decode(token);
        """);

    [Fact]
    public Task DoNotVerifySignature_Reports() => VerifyInMethod("""
                return JwtBuilder.Create().WithSecret(key).DoNotVerifySignature().{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task WithVerifySignatureFalse_Reports() => VerifyInMethod("""
                var builder = JwtBuilder.Create().WithSecret(key);
                builder.WithVerifySignature(false);
                return builder.{|TVA7001:Decode|}<Dictionary<string, object>>(token);
        """);

    [Fact]
    public Task ValidationParametersNone_Reports() => VerifyInMethod("""
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters({|TVA7002:ValidationParameters.None|}).{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task ValidateSignatureFalseInParametersLambda_Reports() => VerifyInMethod("""
                return JwtBuilder.Create().WithValidationParameters(p => p.ValidateSignature = false).{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task OnlyLifetimeChecksInParametersLambda_DoesNotReport() => VerifyInMethod("""
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters(p => p.TimeMargin = 30).Decode(token);
        """);

    [Fact]
    public Task DecodeWithDefaultVerify_DoesNotReport() => VerifyInMethod("""
                return decoder.Decode(token, key);
        """);

    [Fact]
    public Task DecodeWithVerifyFalse_Reports() => VerifyInMethod("""
                return decoder.{|TVA7001:DecodeToObject|}(token, key, verify: false);
        """);
}
