using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

public class SmokeTests
{
    [Fact]
    public Task Initializer_Reports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "i",
                ValidAudience = "a",
                {|TVA1003:ValidateLifetime = false|},
            };
        }
        """);

    [Fact]
    public Task Fix_Removes() => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "i",
                {|TVA1003:ValidateLifetime = false|}, // comment
                ValidAudience = "a",
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "i",
                ValidAudience = "a",
            };
        }
        """);
}
