using TokenValidationAnalyzers.Rules;
using TokenValidationAnalyzers.Scanner.Rules;

namespace TokenValidationAnalyzers.Scanner.Tests;

public sealed class RuleCatalogTests
{
    [Fact]
    public void EveryRule_HasASecuritySeverityAndACwe()
    {
        Assert.Equal(Descriptors.All.Select(d => d.Id), RuleCatalog.All.Select(rule => rule.Id));
        Assert.All(RuleCatalog.All, rule => Assert.InRange(rule.SecuritySeverity, 0.1, 10.0));
        Assert.All(RuleCatalog.All, rule => Assert.True(rule.Cwe > 0));
    }

    [Fact]
    public void SuggestionRules_RankLow_AndSignatureBypasses_Critical()
    {
        Assert.All(RuleCatalog.All.Where(rule => rule.DefaultLevel == "note"), rule => Assert.True(rule.SecuritySeverity < 4.0, rule.Id));
        Assert.All(new[] { "TVA1004", "TVA2002", "TVA3001", "TVA3004", "TVA7001" }, id => Assert.True(RuleCatalog.Find(id)!.SecuritySeverity >= 9.0, id));
    }

    [Theory]
    [InlineData("TVA1001", "IssuerValidationIsDisabled")]
    [InlineData("TVA3005", "SigningKeyIsCommittedInAppsettingsjson")]
    [InlineData("TVA3004", "TheNoneAlgorithmIsAllowed")]
    public void Name_IsTheTitleAsAnIdentifier(string id, string name)
        => Assert.Equal(name, RuleCatalog.Find(id)!.Name);
}
