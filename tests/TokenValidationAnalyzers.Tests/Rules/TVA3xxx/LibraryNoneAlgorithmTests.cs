using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3004 in jose-jwt: <c>JwsAlgorithm.none</c> or <c>"none"</c> given to <c>JWT.Encode</c>/<c>Decode</c>.</summary>
public class LibraryNoneAlgorithmTests
{
    private static string InMethod(string body) => $$"""
        using Jose;
        class C
        {
            private const JwsAlgorithm Unsigned = JwsAlgorithm.none;

            string M(string token, object payload, byte[] key)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task JoseEncodeWithNone_Reports() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:JwsAlgorithm.none|});
        """);

    [Fact]
    public Task JoseDecodeWithNamedNone_Reports() => VerifyInMethod("""
                return Jose.JWT.Decode(token, null, {|TVA3004:alg: JwsAlgorithm.none|});
        """);

    [Fact]
    public Task JoseDecodeWithConstNone_Reports() => VerifyInMethod("""
                return Jose.JWT.Decode<Dictionary<string, object>>(token, key, {|TVA3004:Unsigned|}).Count.ToString();
        """);

    [Fact]
    public Task JoseEncodeWithNoneString_Reports() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:"none"|});
        """);

    [Fact]
    public Task JoseWithHmac_DoesNotReport() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, key, JwsAlgorithm.HS256) + Jose.JWT.Decode(token, key, "HS256");
        """);

    [Fact]
    public Task LookAlikeEnum_DoesNotReport() => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync("""
        namespace MyApp
        {
            public enum JwsAlgorithm { none, HS256 }

            public static class JWT
            {
                public static string Encode(object payload, object key, JwsAlgorithm algorithm) => "";
            }

            static class Use
            {
                static string M() => JWT.Encode(new object(), new byte[0], JwsAlgorithm.none);
            }
        }
        """);

    [Fact]
    public Task JoseNone_HasNoFix() => Verify<AlgorithmAndLifetimeRuleSet, NoneAlgorithmCodeFixProvider>.NoCodeFixAsync(InMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:JwsAlgorithm.none|});
        """));

    [Fact]
    public async Task WithoutIdentityModel_Reports()
    {
        var test = new Verify<AlgorithmAndLifetimeRuleSet>.Test { TestCode = InMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:JwsAlgorithm.none|});
        """) };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.JwtLibrariesWithoutIdentityModel);
        await test.RunAsync();
    }
}
