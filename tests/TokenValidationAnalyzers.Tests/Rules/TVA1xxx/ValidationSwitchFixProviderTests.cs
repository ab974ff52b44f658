using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>What the provider offers: which IDs it fixes and the equivalence keys its actions carry.</summary>
public class ValidationSwitchFixProviderTests
{
    [Fact]
    public Task ReplayCacheAndRuntimeSwitch_HaveNoFix()
    {
        var provider = new ValidationSwitchCodeFixProvider();
        Assert.DoesNotContain("TVA1007", provider.FixableDiagnosticIds);
        Assert.DoesNotContain("TVA1008", provider.FixableDiagnosticIds);
        Assert.Equal(8, provider.FixableDiagnosticIds.Length);
        foreach (var id in provider.FixableDiagnosticIds)
        {
            Assert.StartsWith(id + ".", ValidationSwitchCodeFixProvider.EquivalenceKey(id), StringComparison.Ordinal);
        }

        return Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.NoCodeFixAsync("""
            using Microsoft.IdentityModel.Tokens;
            static class C
            {
                public static void Set(TokenValidationParameters p, bool lifetime)
                {
                    {|TVA1007:p.ValidateTokenReplay = true|};
                    {|TVA1008:p.ValidateLifetime = lifetime|};
                }
            }
            """);
    }

    [Theory]
    [InlineData("TVA1003", "ValidateLifetime = false")]
    [InlineData("TVA1004", "RequireSignedTokens = false")]
    public Task RegisteredAction_UsesPublicEquivalenceKey(string id, string assignment)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync($$"""
            using Microsoft.IdentityModel.Tokens;
            class C
            {
                TokenValidationParameters P() => new TokenValidationParameters { ValidIssuer = "i", ValidAudience = "a", {|{{id}}:{{assignment}}|} };
            }
            """, """
            using Microsoft.IdentityModel.Tokens;
            class C
            {
                TokenValidationParameters P() => new TokenValidationParameters { ValidIssuer = "i", ValidAudience = "a" };
            }
            """, Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), ValidationSwitchCodeFixProvider.EquivalenceKey(id));

    [Fact]
    public Task MissingIssuerAction_UsesPublicEquivalenceKey()
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync("""
            using Microsoft.IdentityModel.Tokens;
            class C
            {
                TokenValidationParameters P() => {|TVA1009:new TokenValidationParameters()|} { ValidAudience = "a" };
            }
            """, """
            using Microsoft.IdentityModel.Tokens;
            class C
            {
                TokenValidationParameters P() => new TokenValidationParameters() { ValidAudience = "a", ValidIssuer = Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured") };
            }
            """, Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), ValidationSwitchCodeFixProvider.EquivalenceKey("TVA1009"));
}
