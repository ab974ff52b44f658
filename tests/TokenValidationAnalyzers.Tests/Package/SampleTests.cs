using System.Text.RegularExpressions;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// samples/VulnerableApi is what the README's first command builds: its findings are pinned here, so that a rule that
/// stops firing on tutorial-style code (or starts firing on something new) shows up as a failure.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(CorpusBuildsCollection.Name)]
public sealed class SampleTests
{
    private static readonly Lazy<ProcessResult> SampleBuild = new(BuildSample);

    /// <summary>(file, line, id) of every TVA diagnostic of the sample's build.</summary>
    private static readonly string[] Expected =
    {
        "Program.cs:17 TVA1001",
        "Program.cs:18 TVA1002",
        "Program.cs:19 TVA1003",
        "Program.cs:20 TVA1005",
        "Program.cs:27 TVA5002",
        "Program.cs:31 TVA1001",
        "Program.cs:32 TVA2001",
        "Program.cs:44 TVA3001",
        "Program.cs:50 TVA4002",
        "appsettings.json:10 TVA3005",
    };

    [Fact]
    public void VulnerableApi_Build_ReportsExactlyThePinnedDiagnostics()
    {
        var build = SampleBuild.Value;

        Assert.True(build.ExitCode == 0 && !build.TimedOut, "the sample must build (its warnings are not errors)\n" + build);
        var actual = Findings(build);
        Assert.True(actual.SequenceEqual(Expected.OrderBy(x => x, StringComparer.Ordinal), StringComparer.Ordinal),
            $"expected [{string.Join(", ", Expected)}]\n     got [{string.Join(", ", actual)}]\n{build}");
        Assert.All(build.TvaDiagnostics, diagnostic =>
        {
            Assert.Equal("warning", diagnostic.Severity);
            Assert.Equal(RuleCatalogue.ById[diagnostic.Id].HelpLinkUri, diagnostic.HelpLink);
        });
    }

    /// <summary>The sample marks each finding with a trailing <c>// TVAxxxx</c> comment; the comments must tell the truth.</summary>
    [Fact]
    public void VulnerableApi_CommentsNameItsFindings()
    {
        var lines = File.ReadAllLines(RuleCatalogue.PathInRepository("samples", "VulnerableApi", "Program.cs"));
        var marked = lines
            .Select((line, index) => (Match: Regex.Match(line, @"// (TVA\d{4})\s*$"), Line: index + 1))
            .Where(entry => entry.Match.Success)
            .Select(entry => $"Program.cs:{entry.Line} {entry.Match.Groups[1].Value}")
            .OrderBy(x => x, StringComparer.Ordinal);

        Assert.Equal(Expected.Where(x => x.StartsWith("Program.cs:", StringComparison.Ordinal)).OrderBy(x => x, StringComparer.Ordinal), marked);
    }

    private static List<string> Findings(ProcessResult build)
        => build.TvaDiagnostics
            .Select(diagnostic => $"{diagnostic.FileName}:{diagnostic.Line} {diagnostic.Id}")
            .Distinct()
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// dotnet build samples/VulnerableApi, as the README says, but: offline (restore from the package folders this test
    /// project was restored into, no audit, the analyzer projects' restore state left alone), in this test run's
    /// configuration with the analyzer projects as they were built for the tests, and as a rebuild, because an
    /// up-to-date build does not compile and so reports nothing.
    /// </summary>
    private static ProcessResult BuildSample()
    {
        var project = RuleCatalogue.PathInRepository("samples", "VulnerableApi", "VulnerableApi.csproj");
        var restoreArgs = new List<string> { "restore", project, "-p:NuGetAudit=false", "-p:RestoreRecursive=false" };
        foreach (var folder in DotNetCli.RestoredPackageFolders)
        {
            restoreArgs.Add("--source");
            restoreArgs.Add(folder);
        }

        var restore = DotNetCli.Run(RuleCatalogue.RepositoryRoot, null, DotNetCli.DefaultTimeout, restoreArgs.ToArray());
        if (restore.ExitCode != 0)
        {
            return restore;
        }

        return DotNetCli.Run(RuleCatalogue.RepositoryRoot, null, DotNetCli.DefaultTimeout,
            "build", project, "--no-restore", "-c", DotNetCli.Configuration, "-t:Rebuild", "-p:BuildProjectReferences=false");
    }
}
