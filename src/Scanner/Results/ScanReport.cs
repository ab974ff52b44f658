namespace TokenValidationAnalyzers.Scanner.Results;

public enum ProjectStatus
{
    /// <summary>Compiled with the analyzers: its findings are in the report.</summary>
    Analyzed,

    /// <summary>Restore or compilation failed: whatever it reported before failing is in the report, the rest is unknown.</summary>
    Failed,

    /// <summary>Never reached the compiler (a dependency failed, or restore did).</summary>
    NotBuilt,
}

public sealed record ProjectOutcome(string Path, ProjectStatus Status, IReadOnlyList<string> TargetFrameworks, IReadOnlyList<string> Errors);

/// <summary>
/// What a scan found. <see cref="Problems"/> are the reasons the scan is incomplete (exit code 2); the findings of the
/// projects that were analyzed are reported all the same.
/// </summary>
public sealed record ScanReport(
    string Root, string Target, IReadOnlyList<ProjectOutcome> Projects, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Problems)
{
    public int Count(FindingLevel level) => Findings.Count(finding => finding.Level == level);
}
