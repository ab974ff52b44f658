using System.Text.Json;

namespace TokenValidationAnalyzers.Scanner.Results;

/// <summary>
/// Reads the SARIF 2.1 log the C# compiler wrote for one project: its TVA results that no <c>#pragma</c> or
/// <c>[SuppressMessage]</c> suppressed (those carry <c>suppressions</c>), and its compile errors. Everything else the
/// compiler reported (CS, CA, IDE results) is left out. Only the rule's message and the location are kept: a log's
/// other properties may hold what a fix would need, and they never leave this class.
/// </summary>
public static class CompilerLog
{
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<string> Errors) Read(string log, string root, string project)
    {
        var findings = new List<Finding>();
        var errors = new List<string>();
        using var document = JsonDocument.Parse(File.ReadAllText(log));
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() ?? "" : "";
                var level = FindingLevels.Parse(result.TryGetProperty("level", out var l) ? l.GetString() : "warning");
                var suppressed = result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0;
                if (level is null || suppressed)
                {
                    continue;
                }

                var (path, line, column, endLine, endColumn) = Location(result, root);
                var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
                if (IsRule(ruleId))
                {
                    findings.Add(new Finding(ruleId, level.Value, message, path, line, column, endLine, endColumn, project));
                }
                else if (level == FindingLevel.Error)
                {
                    errors.Add(path.Length == 0 ? $"error {ruleId}: {message}" : $"{path}({line},{column}): error {ruleId}: {message}");
                }
            }
        }

        return (findings, errors);
    }

    public static bool IsRule(string ruleId) => ruleId.Length == 7 && ruleId.StartsWith("TVA", StringComparison.Ordinal) && ruleId[3..].All(char.IsAsciiDigit);

    private static (string Path, int Line, int Column, int EndLine, int EndColumn) Location(JsonElement result, string root)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0
            || !locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            return ("", 0, 0, 0, 0);
        }

        var uri = physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var u) ? u.GetString() ?? "" : "";
        var file = Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : uri;
        var region = physical.TryGetProperty("region", out var r) ? r : default;
        int Number(string name, int fallback)
            => region.ValueKind == JsonValueKind.Object && region.TryGetProperty(name, out var value) ? value.GetInt32() : fallback;
        var line = Number("startLine", 1);
        var column = Number("startColumn", 1);
        return (Build.ScanTarget.Relative(root, file), line, column, Number("endLine", line), Number("endColumn", column));
    }
}
