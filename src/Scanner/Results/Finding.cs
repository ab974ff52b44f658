namespace TokenValidationAnalyzers.Scanner.Results;

/// <summary>SARIF's result levels, in rising order so that a threshold compares with <c>&gt;=</c>.</summary>
public enum FindingLevel
{
    Note = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>
/// One finding of one rule. <see cref="Path"/> is relative to the scanned root with forward slashes (absolute only for
/// a file outside it); the message is the rule's, which names where a key is, never its value.
/// </summary>
public sealed record Finding(
    string RuleId, FindingLevel Level, string Message, string Path, int Line, int Column, int EndLine, int EndColumn, string Project);

public static class FindingLevels
{
    public static string Name(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "note",
    };

    public static FindingLevel? Parse(string? level) => level switch
    {
        "error" => FindingLevel.Error,
        "warning" => FindingLevel.Warning,
        "note" => FindingLevel.Note,
        _ => null,
    };
}
