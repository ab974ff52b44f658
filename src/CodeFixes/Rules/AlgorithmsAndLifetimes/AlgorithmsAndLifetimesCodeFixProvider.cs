using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.AlgorithmsAndLifetimes;

/// <summary>TVA3004 removes 'none'; TVA4001 sets the skew limit; TVA4002 caps the expiry at the limit; TVA4003 adds a one-hour expiry.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AlgorithmsAndLifetimesCodeFixProvider))]
public sealed class AlgorithmsAndLifetimesCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.NoneAlgorithmAllowed, DiagnosticIds.ClockSkewTooLarge, DiagnosticIds.TokenLifetimeTooLong, DiagnosticIds.TokenNeverExpires);

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id switch
    {
        DiagnosticIds.NoneAlgorithmAllowed => id + ".RemoveNone",
        DiagnosticIds.ClockSkewTooLarge => id + ".SetLimit",
        DiagnosticIds.TokenLifetimeTooLong => id + ".CapExpiry",
        _ => id + ".AddExpiry",
    };

    private static string Title(Diagnostic diagnostic) => diagnostic.Id switch
    {
        DiagnosticIds.NoneAlgorithmAllowed => "Remove 'none' from the allowed algorithms",
        DiagnosticIds.ClockSkewTooLarge => "Limit the clock skew",
        DiagnosticIds.TokenLifetimeTooLong => "Cap the token lifetime at the limit",
        _ => "Expire the token after one hour",
    };
}
