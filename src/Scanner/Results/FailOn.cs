namespace TokenValidationAnalyzers.Scanner.Results;

/// <summary>The exit code contract: 0 nothing at or above the threshold, 1 findings at or above it, 2 the scan is incomplete.</summary>
public static class FailOn
{
    public const int Clean = 0;
    public const int FindingsAtThreshold = 1;
    public const int ScanIncomplete = 2;

    public static readonly string[] Names = { "error", "warning", "note", "none" };

    public static int ExitCode(ScanReport report, string failOn)
    {
        if (report.Problems.Count > 0)
        {
            return ScanIncomplete;
        }

        return FindingLevels.Parse(failOn) is { } threshold && report.Findings.Any(finding => finding.Level >= threshold)
            ? FindingsAtThreshold
            : Clean;
    }
}
