using System.Text.RegularExpressions;

namespace TokenValidationAnalyzers.Tests.Rules.Behaviour;

/// <summary>The source of a fix test as the compiler sees it: the <c>{|TVAnnnn:…|}</c> markup removed.</summary>
internal static partial class Unfixed
{
    public static string Code(string markedSource) => Markup().Replace(markedSource, "").Replace("|}", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\|TVA\d{4}:")]
    private static partial Regex Markup();
}
