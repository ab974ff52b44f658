using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Scanner.Tests;

/// <summary>
/// Scans that cannot finish, or take other input than a solution: a directory without a solution where one project
/// does not restore and another fails to build, a global.json that pins an SDK this machine lacks, a project file with
/// <c>--fail-on</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(ScansCollection.Name)]
public sealed class OtherScansTests : IDisposable
{
    private readonly FixtureRoot _root = new();
    private readonly ITestOutputHelper _output;

    public OtherScansTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void DirectoryWithoutSolution_WithProjectsThatDoNotRestoreOrBuild_ReportsTheOthersFindings_AndExitsTwo()
    {
        var repository = _root.Copy("Mixed");

        var run = Scan(repository, ".", "--format", "json");

        Assert.True(run.ExitCode == 2, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        var report = json.RootElement;
        Assert.Equal("*.csproj", report.GetProperty("target").GetString());
        var projects = report.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("path").GetString()!, p => p);
        Assert.Equal("failed", projects["Broken/Broken.csproj"].GetProperty("status").GetString());
        Assert.Contains(projects["Broken/Broken.csproj"].GetProperty("errors").EnumerateArray(),
            error => error.GetString()!.StartsWith("Broken/Reports.cs(6,19): error CS0246:", StringComparison.Ordinal));
        Assert.Equal("analyzed", projects["Orders/Orders.csproj"].GetProperty("status").GetString());
        Assert.Equal("failed", projects["Billing/Billing.csproj"].GetProperty("status").GetString());
        Assert.Contains(projects["Billing/Billing.csproj"].GetProperty("errors").EnumerateArray(),
            error => error.GetString()!.StartsWith("error NU1101: Unable to find package Contoso.Billing.Client.", StringComparison.Ordinal));
        var finding = Assert.Single(report.GetProperty("findings").EnumerateArray());
        Assert.Equal(
            ("TVA1004", "Orders/Program.cs", 10),
            (finding.GetProperty("ruleId").GetString(), finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32()));
        Assert.Contains(report.GetProperty("problems").EnumerateArray(),
            problem => problem.GetString()!.StartsWith("Broken/Broken.csproj failed to build: ", StringComparison.Ordinal));
        Assert.Contains(report.GetProperty("problems").EnumerateArray(),
            problem => problem.GetString() == "restore failed for Billing/Billing.csproj; projects that did not restore are not analyzed");
        Assert.Contains("Broken/Broken.csproj failed to build", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalJsonPinsAnSdkThatIsMissing_ExitsTwo_AndSaysWhich()
    {
        var repository = _root.Copy("PinnedSdk");

        var run = Scan(repository, "Api/Api.csproj");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("global.json asks for is not installed", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("(version 6.0.100, rollForward disable)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("| Api.csproj | not-built |", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("installed SDKs: ", run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("TVA", run.StandardOutput.Replace("tva-scan", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectFile_FailOnError_ExitsZero_AndStillPrintsTheWarnings()
    {
        var repository = _root.Copy("Single");

        var run = Scan(Path.Combine(repository, "src", "Gateway"), "Gateway.csproj", "--fail-on", "error");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Program.cs(10,5): warning TVA4001: ClockSkew of 2 hour(s) exceeds the limit of", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("exit code 0 (--fail-on error)", run.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private ProcessRun Scan(string workingDirectory, params string[] args)
    {
        var run = ScannerProcess.Scan(_root, workingDirectory, args);
        _output.WriteLine($"tva-scan {string.Join(' ', args)}: exit code {run.ExitCode} in {run.Elapsed.TotalSeconds:F1} s");
        return run;
    }
}
