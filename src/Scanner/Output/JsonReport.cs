using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Results;
using TokenValidationAnalyzers.Scanner.Rules;

namespace TokenValidationAnalyzers.Scanner.Output;

/// <summary>
/// <c>--format json</c>: the report for machines, in the shape docs/scanner.md documents (<c>schemaVersion</c> 1).
/// Paths are relative to the scanned root; nothing absolute, nothing from the source but rule messages.
/// </summary>
public static class JsonReport
{
    public const int SchemaVersion = 1;

    public static void Write(Stream stream, ScanReport report, string failOn, int exitCode)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("tool", "tva-scan");
        json.WriteString("version", RuleCatalog.Version);
        json.WriteString("target", report.Target);
        json.WriteString("failOn", failOn);
        json.WriteNumber("exitCode", exitCode);
        json.WriteStartObject("summary");
        json.WriteNumber("error", report.Count(FindingLevel.Error));
        json.WriteNumber("warning", report.Count(FindingLevel.Warning));
        json.WriteNumber("note", report.Count(FindingLevel.Note));
        json.WriteNumber("projects", report.Projects.Count);
        json.WriteNumber("projectsAnalyzed", report.Projects.Count(project => project.Status == ProjectStatus.Analyzed));
        json.WriteEndObject();
        json.WriteStartArray("problems");
        foreach (var problem in report.Problems)
        {
            json.WriteStringValue(problem);
        }

        json.WriteEndArray();
        json.WriteStartArray("projects");
        foreach (var project in report.Projects)
        {
            json.WriteStartObject();
            json.WriteString("path", project.Path);
            json.WriteString("status", StatusName(project.Status));
            json.WriteStartArray("targetFrameworks");
            project.TargetFrameworks.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteNumber("findings", report.Findings.Count(finding => finding.Project == project.Path));
            json.WriteStartArray("errors");
            project.Errors.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rules");
        foreach (var group in report.Findings.GroupBy(finding => finding.RuleId).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var rule = RuleCatalog.Find(group.Key);
            json.WriteStartObject();
            json.WriteString("id", group.Key);
            json.WriteString("title", rule?.Title ?? "");
            json.WriteString("helpUri", rule?.HelpUri ?? "");
            json.WriteNumber("count", group.Count());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("level", FindingLevels.Name(finding.Level));
            json.WriteString("message", finding.Message);
            json.WriteString("path", finding.Path);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.EndColumn);
            json.WriteString("project", finding.Project);
            json.WriteString("helpUri", RuleCatalog.Find(finding.RuleId)?.HelpUri ?? "");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string StatusName(ProjectStatus status) => status switch
    {
        ProjectStatus.Analyzed => "analyzed",
        ProjectStatus.Failed => "failed",
        _ => "not-built",
    };
}
