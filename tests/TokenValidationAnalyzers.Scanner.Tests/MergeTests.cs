using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Cli;
using TokenValidationAnalyzers.Scanner.Output;
using TokenValidationAnalyzers.Scanner.Results;
using TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

namespace TokenValidationAnalyzers.Scanner.Tests;

/// <summary><c>tva-scan merge orders-api.sarif billing.sarif --summary summary.md --sarif all.sarif</c>, in process.</summary>
public sealed class MergeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("tva-scan-merge-").FullName;

    [Fact]
    public void Merge_WritesOneTableAcrossRepositories_AndOneValidSarif()
    {
        var orders = Write("orders-api", "/work/orders-api", new[]
        {
            Finding("TVA1001", FindingLevel.Warning, "src/Orders/Program.cs", 12),
            Finding("TVA3001", FindingLevel.Warning, "src/Orders/Program.cs", 20),
            Finding("TVA1007", FindingLevel.Note, "src/Orders/Auth.cs", 4),
        }, Array.Empty<string>());
        var billing = Write("billing", "/work/billing", new[] { Finding("TVA1001", FindingLevel.Error, "Billing/Startup.cs", 40) },
            new[] { "Billing.Tests/Billing.Tests.csproj failed to build: error CS0246" });
        var summary = Path.Combine(_directory, "summary.md");
        var merged = Path.Combine(_directory, "all.sarif");

        var exitCode = ScannerCommandLine.Create().Parse(new[] { "merge", orders, billing, "--summary", summary, "--sarif", merged }).Invoke();

        Assert.Equal(0, exitCode);
        var lines = File.ReadAllLines(summary);
        Assert.Equal("# Token validation findings: 4 in 2 repositories", lines[0]);
        Assert.Contains("| orders-api | 0 | 2 | 1 | complete |", lines);
        Assert.Contains("| billing | 1 | 0 | 0 | incomplete: Billing.Tests/Billing.Tests.csproj failed to build: error CS0246 |", lines);
        Assert.Contains("| **Total** | 1 | 2 | 1 | |", lines);
        Assert.Contains("| Rule | Title | orders-api | billing | Total |", lines);
        Assert.Contains(lines, line => line.StartsWith("| TVA1001 | [Issuer validation is disabled](", StringComparison.Ordinal)
            && line.EndsWith("| 1 | 1 | 2 |", StringComparison.Ordinal));

        var sarif = File.ReadAllText(merged);
        Assert.Empty(SarifSchema.Errors(sarif));
        using var document = JsonDocument.Parse(sarif);
        var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal(new[] { "orders-api", "billing" }, run.GetProperty("originalUriBaseIds").EnumerateObject().Select(entry => entry.Name));
        Assert.Equal("file:///work/billing/", run.GetProperty("originalUriBaseIds").GetProperty("billing").GetProperty("uri").GetString());
        var last = run.GetProperty("results").EnumerateArray().Last().GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("Billing/Startup.cs", last.GetProperty("uri").GetString());
        Assert.Equal("billing", last.GetProperty("uriBaseId").GetString());
        Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Finding Finding(string ruleId, FindingLevel level, string path, int line)
        => new(ruleId, level, $"message of {ruleId}", path, line, 5, line, 30, "");

    private string Write(string name, string root, IReadOnlyList<Finding> findings, IReadOnlyList<string> problems)
    {
        var path = Path.Combine(_directory, name + ".sarif");
        SarifWriter.Write(path, new[] { new SarifSource(SarifWriter.SourceRoot, root, findings, problems) });
        return path;
    }
}
