using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;

/// <summary>TVA3004: remove 'none' from the allowed algorithms, when other algorithms remain.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoneAlgorithmCodeFixProvider))]
public sealed class NoneAlgorithmCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TVA3004");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, static _ => "Remove 'none' from the allowed algorithms", EquivalenceKey);

    public static string EquivalenceKey(string id) => id + ".RemoveNone";
}
