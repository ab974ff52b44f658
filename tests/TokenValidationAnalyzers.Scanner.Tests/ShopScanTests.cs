using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Scanner.Tests;

/// <summary>
/// <c>tva-scan .</c> over a multi-project repository (Fixtures/Shop), scanned once for all these tests: the findings of
/// each project, the project's own suppressions, its own CustomAfterMicrosoftCommonTargets, the console tables, the
/// JSON report, and that nothing but bin/ and obj/ changes in the checkout. SARIF: <see cref="SarifTests"/>.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(ScansCollection.Name)]
public sealed class ShopScanTests
{
    /// <summary>Every finding the scan must report, and nothing else: the test project's is a note (the package's test preset).</summary>
    private static readonly string[] ExpectedFindings =
    {
        "src/Shop.Api/Program.cs(12,5): warning TVA1001",
        "src/Shop.Api/Program.cs(13,24): warning TVA3001",
        "src/Shop.Api/appsettings.json(10,5): warning TVA3005",
        "src/Shop.Core/OrderTokens.cs(13,9): warning TVA1003",
        "tests/Shop.Api.Tests/OrderTokensTests.cs(16,13): note TVA1001",
    };

    private static readonly string[] Projects =
    {
        "src/Shop.Api/Shop.Api.csproj", "src/Shop.Core/Shop.Core.csproj", "src/Shop.Legacy/Shop.Legacy.csproj", "tests/Shop.Api.Tests/Shop.Api.Tests.csproj",
    };

    private readonly ShopScan _scan;

    public ShopScanTests(ShopScan scan, ITestOutputHelper output)
    {
        _scan = scan;
        output.WriteLine($"scanned Fixtures/Shop in {scan.Run.Elapsed.TotalSeconds:F1} s");
    }

    private JsonElement Json => (_scan.Json ?? throw new InvalidOperationException("no JSON report:\n" + _scan.Run)).RootElement;

    [Fact]
    public void Scan_ReportsTheFindingsOfEveryProject_AndExitsOne()
    {
        Assert.True(_scan.Run.ExitCode == 1, _scan.Run.ToString());
        var reported = Json.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}({f.GetProperty("line").GetInt32()},{f.GetProperty("column").GetInt32()}): "
                + $"{f.GetProperty("level").GetString()} {f.GetProperty("ruleId").GetString()}")
            .ToList();
        Assert.Equal(ExpectedFindings, reported);
        foreach (var finding in ExpectedFindings)
        {
            Assert.Contains(finding + ": ", _scan.Run.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EditorConfigNone_Pragma_AndSuppressMessage_AreNotCounted()
    {
        var core = Json.GetProperty("findings").EnumerateArray()
            .Where(finding => finding.GetProperty("path").GetString() == "src/Shop.Core/OrderTokens.cs")
            .Select(finding => $"{finding.GetProperty("ruleId").GetString()}@{finding.GetProperty("line").GetInt32()}");
        Assert.Equal(new[] { "TVA1003@13" }, core);
        Assert.DoesNotContain("TVA1002", _scan.Run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_ShowsATablePerRuleAndPerProject_AndTheTotal()
    {
        var lines = _scan.Run.StandardOutput.Split('\n').Select(line => line.TrimEnd()).ToList();
        Assert.Contains("Findings by rule", lines);
        Assert.Contains("| TVA1001 | Issuer validation is disabled                | warning, note | 2        |", lines);
        Assert.Contains(lines, line => line.StartsWith("| TVA3005 | Signing key is committed in appsettings.json", StringComparison.Ordinal));
        Assert.Contains("Projects", lines);
        Assert.Contains("| src/Shop.Api/Shop.Api.csproj               | analyzed | 0      | 3        | 0     |", lines);
        Assert.Contains("| src/Shop.Legacy/Shop.Legacy.csproj         | analyzed | 0      | 0        | 0     |", lines);
        Assert.Contains("tva-scan Shop.sln: 0 error(s), 4 warning(s), 1 note(s) in 4 of 4 project(s); exit code 1 (--fail-on warning)", lines);
    }

    [Fact]
    public void Progress_NamesEachProjectAsItCompiles()
    {
        foreach (var project in Projects)
        {
            Assert.Matches($@"\[[1-4]/4\] {project.Replace(".", "\\.", StringComparison.Ordinal)} \(net10\.0\)", _scan.Run.StandardError);
        }
    }

    [Fact]
    public void RepositorysOwnCustomAfterMicrosoftCommonTargets_StillRuns()
    {
        foreach (var project in new[] { "src/Shop.Api", "src/Shop.Core", "src/Shop.Legacy", "tests/Shop.Api.Tests" })
        {
            var stamp = Path.Combine(_scan.Repository, project, "obj", "Debug", "net10.0", "shop-after-targets.stamp");
            Assert.True(File.Exists(stamp), $"{stamp} is missing: the repository's build/Shop.After.targets did not run\n{_scan.Run}");
        }
    }

    [Fact]
    public void Scan_ChangesNothingInTheCheckout_ButBinAndObj()
        => Assert.Equal(_scan.FilesBefore, ShopScan.ListFiles(_scan.Repository));

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        Assert.Equal(1, Json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("tva-scan", Json.GetProperty("tool").GetString());
        Assert.Equal("Shop.sln", Json.GetProperty("target").GetString());
        Assert.Equal(1, Json.GetProperty("exitCode").GetInt32());
        Assert.Equal(4, Json.GetProperty("summary").GetProperty("warning").GetInt32());
        Assert.Equal(1, Json.GetProperty("summary").GetProperty("note").GetInt32());
        Assert.Empty(Json.GetProperty("problems").EnumerateArray());
        var projects = Json.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("path").GetString()!, p => p);
        Assert.Equal(Projects, projects.Keys);
        Assert.All(projects.Values, p => Assert.Equal("analyzed", p.GetProperty("status").GetString()));
        Assert.Equal(3, projects["src/Shop.Api/Shop.Api.csproj"].GetProperty("findings").GetInt32());
        Assert.Equal(0, projects["src/Shop.Legacy/Shop.Legacy.csproj"].GetProperty("findings").GetInt32());
        var rule = Json.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TVA3001");
        Assert.Equal("Signing key is hardcoded", rule.GetProperty("title").GetString());
        Assert.EndsWith("/docs/rules/TVA3001.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        var finding = Json.GetProperty("findings")[0];
        Assert.Equal(
            new[] { "ruleId", "level", "message", "path", "line", "column", "endLine", "endColumn", "project", "helpUri" },
            finding.EnumerateObject().Select(property => property.Name));
    }

    /// <summary>The fixture's keys, one in Program.cs and one in appsettings.json: findings say where they are, never what they are.</summary>
    [Fact]
    public void KeyValues_AppearInNoOutput()
    {
        string[] keys = { "shop-code-key-5d1e8a7c3f9b2e4d6a0c8f1b3e5d7a9c", "shop-settings-key-9c4b7e2a1d8f3c6b0e5a9d2f7c4b1e8a" };
        var outputs = new Dictionary<string, string>
        {
            ["console"] = _scan.Run.Output,
            ["SARIF"] = File.ReadAllText(_scan.SarifPath),
            ["JSON"] = File.ReadAllText(_scan.JsonPath),
        };
        foreach (var key in keys)
        {
            var file = key.StartsWith("shop-code", StringComparison.Ordinal) ? "Program.cs" : "appsettings.json";
            Assert.Contains(key, File.ReadAllText(Path.Combine(_scan.Repository, "src", "Shop.Api", file)), StringComparison.Ordinal);
            foreach (var (name, text) in outputs)
            {
                Assert.False(text.Contains(key, StringComparison.Ordinal), $"the {name} output holds the key {key}");
            }
        }
    }
}
