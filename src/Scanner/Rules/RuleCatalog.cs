using System.Reflection;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Rules;

namespace TokenValidationAnalyzers.Scanner.Rules;

/// <summary>A rule as code scanning shows it: the analyzer's descriptor, a CVSS-like security severity and CWE tags.</summary>
public sealed record RuleInfo(DiagnosticDescriptor Descriptor, double SecuritySeverity, int Cwe)
{
    public string Id => Descriptor.Id;

    public string Title => Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Description => Descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string HelpUri => Descriptor.HelpLinkUri;

    /// <summary>The title as an identifier, SARIF's <c>name</c>: "Issuer validation is disabled" → <c>IssuerValidationIsDisabled</c>.</summary>
    public string Name => string.Concat(Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
        .Where(word => word.Length > 0)
        .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    public string DefaultLevel => Descriptor.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}

public static class RuleCatalog
{
    /// <summary>
    /// GitHub ranks 9.0+ critical, 7.0+ high, 4.0+ medium. Critical: anyone can mint a token the service accepts (no or
    /// bypassed signature, a key in the source or the configuration). High: a token of another issuer, audience or time
    /// passes. Medium: weakens a check without opening it. Low: the suggestions.
    /// </summary>
    private static readonly Dictionary<string, (double Severity, int Cwe)> Ratings = new(StringComparer.Ordinal)
    {
        ["TVA1001"] = (8.1, 287),
        ["TVA1002"] = (8.1, 287),
        ["TVA1003"] = (7.5, 613),
        ["TVA1004"] = (9.1, 347),
        ["TVA1005"] = (7.5, 613),
        ["TVA1006"] = (7.5, 287),
        ["TVA1007"] = (3.7, 294),
        ["TVA1008"] = (3.7, 287),
        ["TVA1009"] = (8.1, 287),
        ["TVA1010"] = (8.1, 287),
        ["TVA2001"] = (8.1, 287),
        ["TVA2002"] = (9.1, 347),
        ["TVA2003"] = (8.1, 347),
        ["TVA2004"] = (9.1, 347),
        ["TVA3001"] = (9.1, 798),
        ["TVA3002"] = (8.1, 798),
        ["TVA3003"] = (6.5, 326),
        ["TVA3004"] = (9.1, 347),
        ["TVA3005"] = (9.1, 798),
        ["TVA3006"] = (9.1, 347),
        ["TVA3007"] = (8.1, 798),
        ["TVA4001"] = (5.3, 613),
        ["TVA4002"] = (5.3, 613),
        ["TVA4003"] = (7.5, 613),
        ["TVA5001"] = (6.5, 319),
        ["TVA5002"] = (9.1, 347),
        ["TVA5003"] = (7.4, 295),
        ["TVA5004"] = (6.5, 319),
        ["TVA5005"] = (8.1, 347),
        ["TVA5006"] = (8.1, 287),
        ["TVA5007"] = (5.3, 598),
        ["TVA5008"] = (6.5, 319),
        ["TVA6001"] = (9.1, 287),
        ["TVA6002"] = (9.1, 345),
        ["TVA6003"] = (9.1, 287),
        ["TVA6004"] = (8.1, 639),
        ["TVA7001"] = (9.1, 347),
        ["TVA7002"] = (7.5, 613),
    };

    public static IReadOnlyList<RuleInfo> All { get; } = Descriptors.All
        .Select(descriptor => Ratings.TryGetValue(descriptor.Id, out var rating)
            ? new RuleInfo(descriptor, rating.Severity, rating.Cwe)
            : throw new InvalidOperationException($"{descriptor.Id} has no security severity in {nameof(RuleCatalog)}"))
        .ToList();

    public static RuleInfo? Find(string id) => All.FirstOrDefault(rule => rule.Id == id);

    public static string Version { get; } =
        typeof(RuleCatalog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string InformationUri { get; } = Descriptors.HelpLinkBase[..Descriptors.HelpLinkBase.IndexOf("/blob/", StringComparison.Ordinal)];
}
