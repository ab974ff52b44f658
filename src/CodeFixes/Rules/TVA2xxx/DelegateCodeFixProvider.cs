using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;

/// <summary>
/// TVA2001/TVA2002: remove the delegate assignment, so that IdentityModel runs its own validation again; where the delegate was
/// the only supplier of valid issuers or audiences, the value read from configuration takes its place.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DelegateCodeFixProvider))]
public sealed class DelegateCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        "TVA2001", "TVA2002");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id + ".RemoveDelegate";

    private static string Title(Diagnostic diagnostic) => ActionFixes.Action(diagnostic) == FixProperties.ActionReplace
        ? $"Remove the delegate and validate against {ActionFixes.Member(diagnostic)} read from configuration"
        : "Remove the delegate (use the library's validation)";
}
