using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>The TVA3004 fix removes 'none' from the allowed algorithms: exact output and Fix All.</summary>
public class NoneAlgorithmFixTests
{
    private static Task VerifyNoneFix(string source, string fixedSource)
        => Verify<AlgorithmAndLifetimeRuleSet, NoneAlgorithmCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InMethod(string body) => $$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        sealed class Tokens
        {
            public object Create(TokenValidationParameters parameters, SigningCredentials credentials, ClaimsIdentity subject, IEnumerable<Claim> claims)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task NoneLastInArray_Fix_RemovesElement() => VerifyNoneFix(InMethod("""
                return new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { "HS256", "none" }|} };
        """), InMethod("""
                return new TokenValidationParameters { ValidAlgorithms = new[] { "HS256" } };
        """));

    [Fact]
    public Task NoneFirstInMultilineArray_Fix_RemovesElementAndItsLine() => VerifyNoneFix(InMethod("""
                return new TokenValidationParameters
                {
                    {|TVA3004:ValidAlgorithms = new[]
                    {
                        SecurityAlgorithms.None,
                        SecurityAlgorithms.RsaSha256,
                    }|},
                };
        """), InMethod("""
                return new TokenValidationParameters
                {
                    ValidAlgorithms = new[]
                    {
                        SecurityAlgorithms.RsaSha256,
                    },
                };
        """));

    [Fact]
    public Task NoneInCollectionExpression_Fix_RemovesElement() => VerifyNoneFix(InMethod("""
                return new TokenValidationParameters { {|TVA3004:ValidAlgorithms = ["HS256", "none"]|} };
        """), InMethod("""
                return new TokenValidationParameters { ValidAlgorithms = ["HS256"] };
        """));

    [Fact]
    public Task NoneFirstInCollectionExpression_Fix_RemovesElement() => VerifyNoneFix(InMethod("""
                return new TokenValidationParameters { {|TVA3004:ValidAlgorithms = ["NONE", "RS256", "ES256"]|} };
        """), InMethod("""
                return new TokenValidationParameters { ValidAlgorithms = ["RS256", "ES256"] };
        """));

    [Fact]
    public Task NoneInListInitializer_Fix_RemovesElement() => VerifyNoneFix(InMethod("""
                return new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new List<string> { "RS256", "none", "ES256" }|} };
        """), InMethod("""
                return new TokenValidationParameters { ValidAlgorithms = new List<string> { "RS256", "ES256" } };
        """));

    /// <summary>An empty list would not compile (<c>new[] { }</c>); without the assignment the library accepts the key's algorithms, signed.</summary>
    [Fact]
    public Task NoneOnlyElement_Fix_RemovesTheAssignment() => VerifyNoneFix(InMethod("""
                return new TokenValidationParameters
                {
                    ValidAudience = "api",
                    {|TVA3004:ValidAlgorithms = new[] { "none" }|},
                };
        """), InMethod("""
                return new TokenValidationParameters
                {
                    ValidAudience = "api",
                };
        """));

    [Fact]
    public Task EveryElementNone_StatementAndCollectionExpression_FixAll_RemovesTheAssignments() => VerifyNoneFix(InMethod("""
                {|TVA3004:parameters.ValidAlgorithms = new[] { SecurityAlgorithms.None, "NONE" }|};
                var p = new TokenValidationParameters { ValidIssuer = "i", {|TVA3004:ValidAlgorithms = ["none"]|} };
                return p;
        """), InMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "i" };
                return p;
        """));

    [Fact]
    public Task OwnSettingsClassWithNoneOnly_DoesNotReport() => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync("""
        sealed class AlgorithmSettings { public string[] ValidAlgorithms { get; set; } = []; }
        static class Settings
        {
            public static AlgorithmSettings Create() => new AlgorithmSettings { ValidAlgorithms = new[] { "none" } };
        }
        """);

    [Fact]
    public Task SigningCredentialsWithNone_NoFix() => Verify<AlgorithmAndLifetimeRuleSet, NoneAlgorithmCodeFixProvider>.NoCodeFixAsync(InMethod("""
                return new SigningCredentials(credentials.Key, {|TVA3004:"none"|});
        """));

    [Fact]
    public Task TwoNoneLists_FixAll_RemovesBoth() => VerifyNoneFix(InMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { "none", "RS256" }|} };
                {|TVA3004:parameters.ValidAlgorithms = ["ES256", "None"]|};
                return p;
        """), InMethod("""
                var p = new TokenValidationParameters { ValidAlgorithms = new[] { "RS256" } };
                parameters.ValidAlgorithms = ["ES256"];
                return p;
        """));
}
