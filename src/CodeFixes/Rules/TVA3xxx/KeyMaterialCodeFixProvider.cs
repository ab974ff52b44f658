using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;

/// <summary>TVA3001 reads the key from configuration; TVA3002 fails closed instead of falling back; TVA3003 raises the key size.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyMaterialCodeFixProvider))]
public sealed class KeyMaterialCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        "TVA3001", "TVA3002", "TVA3003");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id switch
    {
        "TVA3001" => id + ".ReadFromConfiguration",
        "TVA3002" => id + ".ThrowWhenMissing",
        _ => id + ".RaiseKeySize",
    };

    private static string Title(Diagnostic diagnostic) => diagnostic.Id switch
    {
        "TVA3001" => "Read the key from configuration",
        "TVA3002" => "Throw when the key is not configured",
        _ => "Use a 256-bit key",
    };
}
