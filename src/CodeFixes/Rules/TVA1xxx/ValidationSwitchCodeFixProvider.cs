using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;

/// <summary>
/// TVA1001–TVA1006: remove the switch (the library default validates); TVA1001/TVA1002 and TVA1009/TVA1010 also
/// write the valid issuer or audience, read from configuration, when the analyzer found nothing that supplies it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValidationSwitchCodeFixProvider))]
public sealed class ValidationSwitchCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        "TVA1001", "TVA1002", "TVA1003",
        "TVA1004", "TVA1005", "TVA1006",
        "TVA1009", "TVA1010");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id switch
    {
        "TVA1009" or "TVA1010" => id + ".AddValueFromConfiguration",
        _ => id + ".RemoveAssignment",
    };

    private static string Title(Diagnostic diagnostic) => ActionFixes.Action(diagnostic) switch
    {
        FixProperties.ActionRemove => "Remove the assignment (validate as the library does by default)",
        _ => $"Validate against {ActionFixes.Member(diagnostic)} read from configuration",
    };
}
