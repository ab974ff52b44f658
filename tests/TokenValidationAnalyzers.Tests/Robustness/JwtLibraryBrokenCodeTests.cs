using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>Half-written JWT.Net and jose-jwt calls, with and without IdentityModel referenced: no analyzer may throw.</summary>
public class JwtLibraryBrokenCodeTests
{
    private const string Usings = """
        using System.Text;
        using JWT;
        using JWT.Algorithms;
        using JWT.Builder;
        using Jose;

        """;

    public static readonly TheoryData<string> BrokenSnippets = new()
    {
        "class C { string M() => new JwtBuilder().WithSecret(",
        "class C { string M() => new JwtBuilder().WithSecret(\"k\", ",
        "class C { string M(IJwtDecoder d, string t) => d.Decode(t, \"secret\", ",
        "class C { string M(IJwtEncoder e) => e.Encode(new object(), Encoding.UTF8.GetBytes(",
        "class C { string M(IJwtEncoder e) => e.Encode(null, null, null); }",
        "class C { string M() => Jose.JWT.Encode(new object(), new byte[] { 1, 2, }, JwsAlgorithm.",
        "class C { string M(string t) => Jose.JWT.Decode(t, null, JwsAlgorithm.none",
        "class C { string M(string t) => Jose.JWT.Decode(t, Undefined.Key, (JwsAlgorithm)99); }",
        "class C { string M() => new JwtBuilder().WithSecret(new[] { \"a\", Missing }).Encode(); }",
    };

    [Theory]
    [MemberData(nameof(BrokenSnippets))]
    public async Task BrokenCall_DoesNotThrow(string snippet)
    {
        foreach (var references in new[] { TestReferences.All, TestReferences.JwtLibrariesWithoutIdentityModel })
        {
            var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, Usings + snippet }, references, OutputKind.DynamicallyLinkedLibrary);
            Assert.Empty(run.Failures);
        }
    }
}
