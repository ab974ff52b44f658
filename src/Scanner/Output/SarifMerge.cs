using System.Text;
using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Results;
using TokenValidationAnalyzers.Scanner.Rules;

namespace TokenValidationAnalyzers.Scanner.Output;

/// <summary>
/// <c>tva-scan merge</c>: the SARIF files of many repositories' scans (each named after its repository, e.g.
/// <c>orders-api.sarif</c>) become one Markdown summary, and optionally one SARIF file whose results keep their paths
/// relative to their own repository (one <c>originalUriBaseIds</c> entry per repository).
/// </summary>
public static class SarifMerge
{
    public static IReadOnlyList<SarifSource> Read(IEnumerable<string> files)
    {
        var sources = new List<SarifSource>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var baseId = sources.Any(source => source.BaseId == name) ? $"{name}-{sources.Count + 1}" : name;
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var findings = new List<Finding>();
            var problems = new List<string>();
            var root = "";
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (run.TryGetProperty("originalUriBaseIds", out var bases) && bases.TryGetProperty(SarifWriter.SourceRoot, out var sourceRoot)
                    && Uri.TryCreate(sourceRoot.GetProperty("uri").GetString(), UriKind.Absolute, out var rootUri))
                {
                    root = rootUri.LocalPath;
                }

                foreach (var result in Items(run, "results"))
                {
                    var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                    var region = location.GetProperty("region");
                    var line = region.GetProperty("startLine").GetInt32();
                    var column = region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 1;
                    findings.Add(new Finding(
                        result.GetProperty("ruleId").GetString() ?? "",
                        FindingLevels.Parse(result.TryGetProperty("level", out var level) ? level.GetString() : "warning") ?? FindingLevel.Warning,
                        result.GetProperty("message").GetProperty("text").GetString() ?? "",
                        Uri.UnescapeDataString(location.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? ""),
                        line, column,
                        region.TryGetProperty("endLine", out var endLine) ? endLine.GetInt32() : line,
                        region.TryGetProperty("endColumn", out var endColumn) ? endColumn.GetInt32() : column,
                        Project(result)));
                }

                foreach (var invocation in Items(run, "invocations"))
                {
                    foreach (var notification in Items(invocation, "toolExecutionNotifications"))
                    {
                        problems.Add(notification.GetProperty("message").GetProperty("text").GetString() ?? "");
                    }
                }
            }

            sources.Add(new SarifSource(baseId, root.Length > 0 ? root : Path.GetDirectoryName(Path.GetFullPath(file))!, findings, problems));
        }

        return sources;
    }

    public static string Summary(IReadOnlyList<SarifSource> sources)
    {
        var text = new StringBuilder();
        var all = sources.SelectMany(source => source.Findings).ToList();
        text.Append($"# Token validation findings: {all.Count} in {sources.Count} repositories\n\n");
        text.Append("| Repository | Errors | Warnings | Notes | Scan |\n|---|---:|---:|---:|---|\n");
        foreach (var source in sources)
        {
            text.Append($"| {source.BaseId} | {Count(source.Findings, FindingLevel.Error)} | {Count(source.Findings, FindingLevel.Warning)} | "
                + $"{Count(source.Findings, FindingLevel.Note)} | {(source.Problems.Count == 0 ? "complete" : "incomplete: " + Cell(source.Problems[0]))} |\n");
        }

        text.Append($"| **Total** | {Count(all, FindingLevel.Error)} | {Count(all, FindingLevel.Warning)} | {Count(all, FindingLevel.Note)} | |\n\n");
        var rules = all.Select(finding => finding.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (rules.Count > 0)
        {
            text.Append("| Rule | Title | " + string.Join(" | ", sources.Select(source => source.BaseId)) + " | Total |\n");
            text.Append("|---|---|" + string.Concat(sources.Select(_ => "---:|")) + "---:|\n");
            foreach (var id in rules)
            {
                var rule = RuleCatalog.Find(id);
                var title = rule is null ? "" : $"[{Cell(rule.Title)}]({rule.HelpUri})";
                text.Append($"| {id} | {title} | "
                    + string.Join(" | ", sources.Select(source => source.Findings.Count(finding => finding.RuleId == id)))
                    + $" | {all.Count(finding => finding.RuleId == id)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Project(JsonElement result)
        => result.TryGetProperty("properties", out var properties) && properties.TryGetProperty("project", out var project)
            ? project.GetString() ?? ""
            : "";

    private static IEnumerable<JsonElement> Items(JsonElement element, string name)
        => element.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static int Count(IEnumerable<Finding> findings, FindingLevel level) => findings.Count(finding => finding.Level == level);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
