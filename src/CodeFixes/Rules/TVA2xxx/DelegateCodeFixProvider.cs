using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;

/// <summary>TVA2001/TVA2002: remove the delegate assignment, so that IdentityModel runs its own validation again.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DelegateCodeFixProvider))]
public sealed class DelegateCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        "TVA2001", "TVA2002");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, static _ => "Remove the delegate (use the library's validation)", EquivalenceKey);

    public static string EquivalenceKey(string id) => id + ".RemoveDelegate";
}
