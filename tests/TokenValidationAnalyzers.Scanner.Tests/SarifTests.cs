using System.Globalization;
using System.Text.Json;
using TokenValidationAnalyzers.Rules;
using TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

namespace TokenValidationAnalyzers.Scanner.Tests;

/// <summary>The <c>--sarif</c> file of the Fixtures/Shop scan (<see cref="ShopScan"/>), as GitHub code scanning reads it.</summary>
[Trait("Category", "EndToEnd")]
[Collection(ScansCollection.Name)]
public sealed class SarifTests
{
    /// <summary>What the line a result points at must hold, per rule of the fixture.</summary>
    private static readonly Dictionary<string, string> LineHolds = new()
    {
        ["TVA1001"] = "ValidateIssuer = false",
        ["TVA1003"] = "ValidateLifetime = false",
        ["TVA3001"] = "new SymmetricSecurityKey",
        ["TVA3005"] = "\"Key\":",
    };

    private readonly ShopScan _scan;

    public SarifTests(ShopScan scan) => _scan = scan;

    [Fact]
    public void Sarif_IsValidAgainstTheSarif210Schema()
        => Assert.Empty(SarifSchema.Errors(File.ReadAllText(_scan.SarifPath)));

    [Fact]
    public void Sarif_HasOneRunOfTheTool_WithEveryRulesMetadata()
    {
        Assert.Single(_scan.Sarif!.RootElement.GetProperty("runs").EnumerateArray());
        var driver = _scan.SarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("TokenValidationAnalyzers", driver.GetProperty("name").GetString());
        Assert.Equal("0.1.0", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Descriptors.All.Select(d => d.Id), rules.Select(rule => rule.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            var title = Descriptors.All.Single(d => d.Id == id).Title.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.NotEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()!);
            Assert.Contains(rule.GetProperty("helpUri").GetString()!, rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.EndsWith($"/docs/rules/{id}.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            var severity = double.Parse(rule.GetProperty("properties").GetProperty("security-severity").GetString()!, CultureInfo.InvariantCulture);
            Assert.InRange(severity, 0.1, 10.0);
            Assert.Contains("security", rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()));
        }
    }

    [Fact]
    public void Sarif_ResultPaths_AreRelativeToSrcRoot_AndPointAtTheFixturesLines()
    {
        var root = _scan.SarifRun.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(_scan.Repository + "/").AbsoluteUri, root);
        var rules = _scan.SarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = _scan.SarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.False(result.TryGetProperty("suppressions", out _));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var artifact = location.GetProperty("artifactLocation");
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            var uri = artifact.GetProperty("uri").GetString()!;
            Assert.False(Uri.IsWellFormedUriString(uri, UriKind.Absolute), uri);
            var file = new Uri(new Uri(root), uri).LocalPath;
            Assert.True(File.Exists(file), $"{uri} does not resolve to a fixture file ({file})");
            var line = File.ReadAllLines(file)[location.GetProperty("region").GetProperty("startLine").GetInt32() - 1];
            var column = location.GetProperty("region").GetProperty("startColumn").GetInt32();
            Assert.Contains(LineHolds[ruleId], line[(column - 1)..], StringComparison.Ordinal);
        }
    }
}
