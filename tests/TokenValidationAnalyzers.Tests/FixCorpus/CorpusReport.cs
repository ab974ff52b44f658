using System.Collections.Immutable;
using System.Text;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>Skips the findings that <see cref="KnownGaps"/> lists, and remembers which entries were needed.</summary>
internal sealed class GapLedger
{
    private readonly HashSet<KnownGap> _used = new();

    public List<Finding> Unexpected(IEnumerable<Finding> findings)
    {
        var unexpected = new List<Finding>();
        foreach (var finding in findings)
        {
            var gap = KnownGaps.All.FirstOrDefault(candidate => candidate.Covers(finding.Rule, finding.Project, finding.File));
            if (gap is null)
            {
                unexpected.Add(finding);
            }
            else
            {
                _used.Add(gap);
            }
        }

        return unexpected;
    }

    public IEnumerable<KnownGap> Unused() => KnownGaps.All.Where(gap => !_used.Contains(gap));
}

/// <summary>What the corpus tests print and how they word a failure.</summary>
internal static class CorpusReport
{
    /// <summary>Diagnostics found and fixed per rule and project, then the rules without a fix that still report.</summary>
    public static string Table(
        IReadOnlyDictionary<(string Rule, string Project), (int Found, int Left)> counts, IReadOnlyList<Finding> before, IReadOnlyList<Finding> after, ImmutableArray<string> fixBearing)
    {
        var projects = Corpus.Projects.Select(project => project.Name).ToList();
        var text = new StringBuilder("Fix-bearing rules: found/fixed per project\n");
        text.Append("rule    ").AppendJoin("", projects.Select(name => $"| {name,-14}")).Append('\n');
        foreach (var rule in fixBearing)
        {
            text.Append($"{rule} ");
            foreach (var project in projects)
            {
                var cell = counts.TryGetValue((rule, project), out var count) ? $"{count.Found}/{count.Found - count.Left}" : "-";
                text.Append($"| {cell,-14}");
            }

            text.Append('\n');
        }

        text.Append("Rules without a fix: before -> after\n");
        foreach (var rule in before.Concat(after).Select(finding => finding.Rule).Where(rule => !fixBearing.Contains(rule)).Distinct().Order(StringComparer.Ordinal))
        {
            text.Append($"{rule} {before.Count(finding => finding.Rule == rule)} -> {after.Count(finding => finding.Rule == rule)}: ")
                .AppendJoin(", ", after.Where(finding => finding.Rule == rule).Select(finding => $"{finding.Project}/{finding.File}:{finding.Line}"))
                .Append('\n');
        }

        return text.ToString();
    }

    public static void Append<T>(StringBuilder problems, string heading, IEnumerable<T> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            problems.Append(heading).Append(":\n  ").AppendJoin("\n  ", list).Append('\n');
        }
    }
}
