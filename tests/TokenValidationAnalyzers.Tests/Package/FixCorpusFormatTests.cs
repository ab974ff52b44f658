using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TokenValidationAnalyzers.Tests.FixCorpus;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// The fix corpus as real projects on disk that reference the packed analyzers: build, <c>dotnet format analyzers
/// --severity warn</c> on the solution, build again. Every diagnostic of a fix-bearing rule is fixed by format, the
/// fixed solution builds, only rules without a fix still report, and the fixed code passes <see cref="OutputCheck.All"/>
/// (<see cref="KnownGaps"/> aside). The OWIN project is not among them (<see cref="CorpusProject.Restorable"/>).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(CorpusBuildsCollection.Name)]
public sealed class FixCorpusFormatTests(PackageFeed feed, ITestOutputHelper output)
{
    private static readonly Regex CompilerError = new(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),\d+\): error (?<id>CS\d{4}): (?<message>.*?)(?: \[[^\]]+\])?\s*$", RegexOptions.Multiline);

    [Fact]
    public void DotNetFormatAnalyzers_OnTheSolution_FixesEveryFixBearingRule_ThenTheSolutionBuilds()
    {
        var solutionDirectory = CorpusOnDisk.Write(feed);
        var consumer = new Consumer(solutionDirectory, feed.PackagesDirectory);
        var reportDirectory = Path.Combine(solutionDirectory, "format-report");

        var before = Log(consumer.Build(CorpusOnDisk.SolutionFile, "--no-incremental"));
        Assert.True(before.ExitCode == 0 && !before.TimedOut, "the corpus must build before the fixes\n" + before);
        RestoredTheAnalyzersOfThisRun();
        var format = Log(consumer.Dotnet("format", "analyzers", CorpusOnDisk.SolutionFile, "--severity", "warn", "--no-restore", "--report", reportDirectory, "-v", "normal"));
        Assert.True(format.ExitCode == 0 && !format.TimedOut, format.ToString());
        var after = Log(consumer.Build(CorpusOnDisk.SolutionFile, "--no-restore", "--no-incremental"));

        var fixBearing = Corpus.FixBearingRules;
        var found = Findings(solutionDirectory, before);
        var left = Findings(solutionDirectory, after);
        var formatted = FormattedDiagnostics(solutionDirectory, reportDirectory);
        output.WriteLine(Table(found, left, fixBearing));

        var gaps = new GapLedger();
        var problems = new StringBuilder();
        CorpusReport.Append(problems, "(1) diagnostics of a fix-bearing rule that dotnet format did not fix",
            gaps.Unexpected(found.Where(finding => fixBearing.Contains(finding.Rule) && !formatted.Contains((finding.Rule, finding.Project, finding.File, finding.Line)))));
        if (after.ExitCode != 0 || after.TimedOut)
        {
            problems.Append("(2) the fixed solution does not build:\n  ").AppendJoin("\n  ", CompilerErrors(after.Output).DefaultIfEmpty(after.ToString())).Append('\n');
        }

        CorpusReport.Append(problems, "(3) diagnostics of a fix-bearing rule left after dotnet format", gaps.Unexpected(left.Where(finding => fixBearing.Contains(finding.Rule))));
        CorpusReport.Append(problems, "(4) fixed code that does not say what it must", gaps.Unexpected(OutputCheck.Failures((project, file) =>
            File.Exists(Path.Combine(solutionDirectory, project, file)) ? File.ReadAllText(Path.Combine(solutionDirectory, project, file)) : null)
            .Where(failure => OnDisk(failure.Project))));
        CorpusReport.Append(problems, "KnownGaps entries that no longer happen: remove them", gaps.Unused().Where(gap => OnDisk(gap.Project)));
        Assert.True(problems.Length == 0, problems + "\n" + format);
        Assert.Contains(found, finding => fixBearing.Contains(finding.Rule));
    }

    /// <summary>The OWIN project is left out: Katana is not served here, it builds only against the stubs of the workspace corpus.</summary>
    private static bool OnDisk(string project) => Corpus.RestorableProjects.Any(candidate => candidate.Name == project);

    /// <summary>
    /// The restored package holds the assemblies just packed, not a same-version copy from another package source (the
    /// global packages folder may hold one from an earlier build, and a restore takes whichever source answers first).
    /// </summary>
    private void RestoredTheAnalyzersOfThisRun()
    {
        foreach (var assembly in new[] { "TokenValidationAnalyzers.dll", "TokenValidationAnalyzers.CodeFixes.dll" })
        {
            var restored = Path.Combine(feed.PackagesDirectory, "tokenvalidationanalyzers", feed.PackageVersion.ToLowerInvariant(), "analyzers", "dotnet", "cs", assembly);
            Assert.True(File.Exists(restored), $"{restored} was not restored");
            Assert.True(File.ReadAllBytes(restored).AsSpan().SequenceEqual(feed.ReadEntry("analyzers/dotnet/cs/" + assembly)),
                $"the restored {assembly} is not the one packed by this run: a stale package of the same version came from another source");
        }
    }

    private ProcessResult Log(ProcessResult result)
    {
        output.WriteLine($"dotnet {result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    /// <summary>The build's TVA diagnostics by corpus project and file.</summary>
    private static List<Finding> Findings(string solutionDirectory, ProcessResult build)
        => build.TvaDiagnostics.Select(diagnostic =>
        {
            var (project, file) = Locate(solutionDirectory, diagnostic.File);
            return new Finding(diagnostic.Id, project, file, diagnostic.Line, diagnostic.Message);
        }).ToList();

    /// <summary>(rule, project, file, line before the fixes) of every diagnostic dotnet format's JSON report says it fixed.</summary>
    private static HashSet<(string Rule, string Project, string File, int Line)> FormattedDiagnostics(string solutionDirectory, string reportDirectory)
    {
        var formatted = new HashSet<(string, string, string, int)>();
        var report = Path.Combine(reportDirectory, "format-report.json");
        if (!File.Exists(report))
        {
            return formatted;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        foreach (var document in json.RootElement.EnumerateArray())
        {
            var (project, file) = Locate(solutionDirectory, document.GetProperty("FilePath").GetString() ?? string.Empty);
            foreach (var change in document.GetProperty("FileChanges").EnumerateArray())
            {
                formatted.Add((change.GetProperty("DiagnosticId").GetString() ?? string.Empty, project, file, change.GetProperty("LineNumber").GetInt32()));
            }
        }

        return formatted;
    }

    private static IEnumerable<string> CompilerErrors(string output)
        => CompilerError.Matches(output.Replace("\r", string.Empty, StringComparison.Ordinal))
            .Select(match => $"{match.Groups["file"].Value.Trim()}({match.Groups["line"].Value}): {match.Groups["id"].Value} {match.Groups["message"].Value}")
            .Distinct();

    private static (string Project, string File) Locate(string solutionDirectory, string path)
    {
        var relative = Path.GetRelativePath(solutionDirectory, path).Replace('\\', '/');
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? ("?", relative) : (relative[..slash], relative[(slash + 1)..]);
    }

    private static string Table(List<Finding> found, List<Finding> left, IReadOnlyCollection<string> fixBearing)
    {
        var text = new StringBuilder("Build diagnostics before -> after dotnet format, per rule and project\n");
        foreach (var group in found.Concat(left).Select(finding => (finding.Rule, finding.Project)).Distinct().OrderBy(key => key.Rule, StringComparer.Ordinal).ThenBy(key => key.Project, StringComparer.Ordinal))
        {
            text.Append($"{group.Rule} {group.Project,-14} {found.Count(finding => (finding.Rule, finding.Project) == group)} -> {left.Count(finding => (finding.Rule, finding.Project) == group)}")
                .Append(fixBearing.Contains(group.Rule) ? string.Empty : " (no fix)").Append('\n');
        }

        return text.ToString();
    }
}
