using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA4xxx;

/// <summary>TVA4001 sets the skew limit; TVA4002 caps the expiry at the limit; TVA4003 adds a one-hour expiry.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TokenLifetimeCodeFixProvider))]
public sealed class TokenLifetimeCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        "TVA4001", "TVA4002", "TVA4003");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id switch
    {
        "TVA4001" => id + ".SetLimit",
        "TVA4002" => id + ".CapExpiry",
        _ => id + ".AddExpiry",
    };

    private static string Title(Diagnostic diagnostic) => diagnostic.Id switch
    {
        "TVA4001" => "Limit the clock skew",
        "TVA4002" => "Cap the token lifetime at the limit",
        _ => "Expire the token after one hour",
    };
}
