using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;

/// <summary>TVA3004: remove 'none' from the allowed algorithms, or the whole list when it holds nothing else.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoneAlgorithmCodeFixProvider))]
public sealed class NoneAlgorithmCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TVA3004");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id + ".RemoveNone";

    private static string Title(Diagnostic diagnostic) => ActionFixes.Action(diagnostic) == FixProperties.ActionRemove
        ? "Remove the assignment (accept the key's algorithms, signed)"
        : "Remove 'none' from the allowed algorithms";
}
