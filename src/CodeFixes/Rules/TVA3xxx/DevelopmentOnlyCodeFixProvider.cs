using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;

/// <summary>TVA3007/TVA5008: confine the development-only call to development, when an environment is in scope.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DevelopmentOnlyCodeFixProvider))]
public sealed class DevelopmentOnlyCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TVA3007", "TVA5008");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, _ => "Run it only in development (if IsDevelopment())", EquivalenceKey);

    public static string EquivalenceKey(string id) => id + ".OnlyInDevelopment";
}
