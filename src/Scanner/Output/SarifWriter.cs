using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Results;
using TokenValidationAnalyzers.Scanner.Rules;

namespace TokenValidationAnalyzers.Scanner.Output;

/// <summary>A source tree whose findings a SARIF run holds: results' URIs are relative to <see cref="Root"/>.</summary>
public sealed record SarifSource(string BaseId, string Root, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Problems);

/// <summary>
/// Writes one SARIF 2.1.0 log with one run of the tool <c>TokenValidationAnalyzers</c>, as GitHub code scanning and
/// Azure DevOps read it: every rule with its help and <c>security-severity</c>, results whose locations are relative
/// to a base id (<c>%SRCROOT%</c> for a scan) that <c>originalUriBaseIds</c> maps to the scanned root.
/// </summary>
public static class SarifWriter
{
    public const string SourceRoot = "%SRCROOT%";

    public static void Write(string path, IReadOnlyList<SarifSource> sources)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        json.WriteStartObject("originalUriBaseIds");
        foreach (var source in sources)
        {
            json.WriteStartObject(source.BaseId);
            json.WriteString("uri", DirectoryUri(source.Root));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var source in sources)
        {
            foreach (var finding in source.Findings)
            {
                WriteResult(json, finding, source);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        var problems = sources.SelectMany(source => source.Problems).ToList();
        json.WriteBoolean("executionSuccessful", problems.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", problem);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary><c>file:///repo/</c>: a directory URI ends with a slash, or relative URIs would resolve against its parent.</summary>
    public static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "TokenValidationAnalyzers");
        json.WriteString("version", RuleCatalog.Version);
        json.WriteString("semanticVersion", RuleCatalog.Version);
        json.WriteString("informationUri", RuleCatalog.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteText(json, "shortDescription", rule.Title);
            WriteText(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description} How to fix it and how to configure the rule: {rule.HelpUri}");
            json.WriteString("markdown", $"{rule.Description}\n\nHow to fix it and how to configure the rule: [{rule.Id}]({rule.HelpUri})");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultLevel);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("security-severity", rule.SecuritySeverity.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("precision", "high");
            json.WriteStartArray("tags");
            json.WriteStringValue("security");
            json.WriteStringValue("jwt");
            json.WriteStringValue($"external/cwe/cwe-{rule.Cwe}");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, SarifSource source)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        var index = RuleCatalog.All.ToList().FindIndex(rule => rule.Id == finding.RuleId);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", FindingLevels.Name(finding.Level));
        WriteText(json, "message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var relative = !Path.IsPathRooted(finding.Path);
        json.WriteString("uri", relative ? EscapePath(finding.Path) : new Uri(finding.Path).AbsoluteUri);
        if (relative)
        {
            json.WriteString("uriBaseId", source.BaseId);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("project", finding.Project);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
