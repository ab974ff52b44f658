using Spectre.Console;
using TokenValidationAnalyzers.Scanner.Results;
using TokenValidationAnalyzers.Scanner.Rules;

namespace TokenValidationAnalyzers.Scanner.Output;

/// <summary>
/// The console report: every finding on a line of its own (as MSBuild prints them), a table per rule and per project,
/// a closing total, and why the scan is incomplete when it is. Spectre.Console tables on a terminal; plain text when the
/// output is redirected, for logs and scripts.
/// </summary>
public static class ConsoleReport
{
    public static void Write(TextWriter writer, ScanReport report, string failOn, int exitCode, bool terminal)
    {
        foreach (var finding in report.Findings)
        {
            writer.WriteLine($"{finding.Path}({finding.Line},{finding.Column}): {FindingLevels.Name(finding.Level)} {finding.RuleId}: {finding.Message}");
        }

        var rules = report.Findings.GroupBy(finding => finding.RuleId).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new[] { group.Key, RuleCatalog.Find(group.Key)?.Title ?? "", Levels(group), Number(group.Count()) })
            .ToList();
        var projects = report.Projects
            .Select(project => new[]
            {
                project.Path, JsonReport.StatusName(project.Status),
                Count(report, project, FindingLevel.Error), Count(report, project, FindingLevel.Warning), Count(report, project, FindingLevel.Note),
            })
            .ToList();
        string[] ruleHeader = { "Rule", "Title", "Level", "Findings" };
        string[] projectHeader = { "Project", "Status", "Errors", "Warnings", "Notes" };
        if (terminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
            if (rules.Count > 0)
            {
                console.Write(Table("Findings by rule", ruleHeader, rules));
            }

            console.Write(Table("Projects", projectHeader, projects));
        }
        else
        {
            writer.WriteLine();
            if (rules.Count > 0)
            {
                PlainTable(writer, "Findings by rule", ruleHeader, rules);
            }

            PlainTable(writer, "Projects", projectHeader, projects);
        }

        var analyzed = report.Projects.Count(project => project.Status == ProjectStatus.Analyzed);
        writer.WriteLine($"tva-scan {report.Target}: {report.Count(FindingLevel.Error)} error(s), {report.Count(FindingLevel.Warning)} warning(s), "
            + $"{report.Count(FindingLevel.Note)} note(s) in {analyzed} of {report.Projects.Count} project(s); exit code {exitCode} (--fail-on {failOn})");
        if (report.Problems.Count > 0)
        {
            writer.WriteLine("The scan is incomplete; the findings above are those of the projects that were analyzed:");
            foreach (var problem in report.Problems)
            {
                writer.WriteLine("  - " + problem);
            }
        }
    }

    private static string Levels(IEnumerable<Finding> findings)
        => string.Join(", ", findings.Select(finding => finding.Level).Distinct().OrderByDescending(level => level).Select(FindingLevels.Name));

    private static string Count(ScanReport report, ProjectOutcome project, FindingLevel level)
        => Number(report.Findings.Count(finding => finding.Project == project.Path && finding.Level == level));

    private static string Number(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Table Table(string title, string[] header, IEnumerable<string[]> rows)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var column in header)
        {
            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    private static void PlainTable(TextWriter writer, string title, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((column, index) => rows.Select(row => row[index].Length).Append(column.Length).Max()).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((cell, index) => cell.PadRight(widths[index]))) + " |";
        writer.WriteLine(title);
        writer.WriteLine(Line(header));
        writer.WriteLine(Line(widths.Select(width => new string('-', width)).ToArray()));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }

        writer.WriteLine();
    }
}
