using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA7xxx;

/// <summary>
/// TVA7001: verify the signature (<c>.MustVerifySignature()</c> before a builder's decode, <c>verify: true</c>);
/// TVA7002: remove the assignment that turns a lifetime check off.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(JwtLibraryCodeFixProvider))]
public sealed class JwtLibraryCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TVA7001", "TVA7002");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id == "TVA7001" ? id + ".VerifySignature" : id + ".RemoveAssignment";

    private static string Title(Diagnostic diagnostic) => ActionFixes.Action(diagnostic) switch
    {
        FixProperties.ActionInsertCall => "Verify the signature (call MustVerifySignature())",
        FixProperties.ActionSetValue => "Verify the signature (verify: true)",
        _ => "Remove the assignment (check the lifetime as the library does by default)",
    };
}
