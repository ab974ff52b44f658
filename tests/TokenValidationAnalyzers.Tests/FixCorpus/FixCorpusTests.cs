using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>
/// Fix All at solution scope for every fix-bearing rule, one rule after another, over the fix corpus: every diagnostic
/// of a fix-bearing rule is offered a fix, the fixed solution compiles, only rules without a fix still report, and the
/// fixed code passes <see cref="OutputCheck.All"/>.
/// Gaps that other changes are closing are listed in <see cref="KnownGaps"/>.
/// </summary>
public sealed class FixCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FixAllAtSolutionScope_EveryRule_OffersFixesCompilesAndLeavesOnlyRulesWithoutAFix()
    {
        using var workspace = new AdhocWorkspace();
        var solution = CorpusWorkspace.Create(workspace);
        var fixer = new SolutionFixer();
        var corpusErrors = await SolutionFixer.CompilerErrorsAsync(solution);
        Assert.True(corpusErrors.Count == 0, "the corpus itself must compile:\n  " + string.Join("\n  ", corpusErrors));

        var before = await fixer.TvaFindingsAsync(solution);
        var fixedSolution = await fixer.FixEveryRuleAsync(solution);
        var after = await fixer.TvaFindingsAsync(fixedSolution);
        var errors = await SolutionFixer.CompilerErrorsAsync(fixedSolution);
        var fixBearing = Corpus.FixBearingRules;
        output.WriteLine(CorpusReport.Table(fixer.Counts, before, after, fixBearing));
        await DumpAsync(fixedSolution);

        Assert.Empty(fixer.AnalyzerFailures);
        var gaps = new GapLedger();
        var notOffered = gaps.Unexpected(fixer.NotOffered);
        var introduced = gaps.Unexpected(fixer.ErrorsIntroduced);
        var left = gaps.Unexpected(after.Where(finding => fixBearing.Contains(finding.Rule)));
        var problems = new StringBuilder();
        CorpusReport.Append(problems, "(1) diagnostics of a fix-bearing rule without a code action", notOffered);
        CorpusReport.Append(problems, "(2) compiler errors after a rule's Fix All (rule: error)", introduced);
        CorpusReport.Append(problems, "(2) compiler errors in the fixed solution", errors.Where(error => !fixer.ErrorsIntroduced.Any(known => known.File == error.File && known.Project == error.Project)));
        CorpusReport.Append(problems, "(3) diagnostics of a fix-bearing rule left after Fix All", left);
        var texts = new Dictionary<(string, string), string>();
        foreach (var document in fixedSolution.Projects.SelectMany(project => project.Documents))
        {
            texts[CorpusWorkspace.Where(document.Project, document.FilePath)] = (await document.GetTextAsync()).ToString();
        }

        CorpusReport.Append(problems, "(4) fixed code that does not say what it must", gaps.Unexpected(OutputCheck.Failures((project, file) => texts.GetValueOrDefault((project, file)))));
        CorpusReport.Append(problems, "KnownGaps entries that no longer happen: remove them", gaps.Unused());
        Assert.True(problems.Length == 0, problems.ToString());
        Assert.True(before.Count(finding => fixBearing.Contains(finding.Rule)) > 0, "the corpus reports nothing that a fix applies to");
    }

    /// <summary>Set TVA_FIX_CORPUS_OUT to a folder to get the fixed corpus there, for a look at what the fixes wrote.</summary>
    private static async Task DumpAsync(Solution solution)
    {
        var folder = Environment.GetEnvironmentVariable("TVA_FIX_CORPUS_OUT");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        foreach (var document in solution.Projects.SelectMany(project => project.Documents).Where(document => document.Name != "GlobalUsings.g.cs"))
        {
            var (project, file) = CorpusWorkspace.Where(document.Project, document.FilePath);
            var path = Path.Combine(folder, project, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, (await document.GetTextAsync()).ToString());
        }
    }
}
