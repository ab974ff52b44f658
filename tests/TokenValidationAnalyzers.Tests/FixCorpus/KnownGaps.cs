namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>A fix gap that another change is closing: the corpus assertions skip it until that change is merged.</summary>
/// <param name="File">The path in the project, '/' separators.</param>
internal sealed record KnownGap(string Rule, string Project, string File, string Problem, string FixedBy)
{
    public bool Covers(string rule, string project, string file)
        => Rule == rule && Project == project && File == file;

    public override string ToString() => $"{Rule} {Project}/{File}: {Problem} ({FixedBy})";
}

/// <summary>
/// The gaps the fix corpus exposes today. Each entry skips the assertions for its rule in its file: no code action
/// offered, a compile error after the rule's Fix All, a diagnostic left after it, or a failed <see cref="OutputCheck"/>.
/// An entry that no longer happens fails the corpus tests, so that it is removed when the change that closes it is merged.
/// </summary>
internal static class KnownGaps
{
    public static IReadOnlyList<KnownGap> All { get; } = new KnownGap[]
    {
    };
}
