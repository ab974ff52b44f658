using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;

/// <summary>
/// TVA5001/TVA5003 remove the assignment; TVA5002 adds the Entra issuer validator and signing-key issuer check;
/// TVA5004 switches to https; TVA5005 moves the call after the last replacement; TVA5006 removes the switch.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HostingCodeFixProvider))]
public sealed class HostingCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        "TVA5001", "TVA5002", "TVA5003",
        "TVA5004", "TVA5005", "TVA5006");

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id switch
    {
        "TVA5002" => id + ".AddAadValidation",
        "TVA5004" => id + ".UseHttps",
        "TVA5005" => id + ".MoveAfterReplacement",
        "TVA5006" => id + ".RemoveSwitch",
        _ => id + ".RemoveAssignment",
    };

    private static string Title(Diagnostic diagnostic) => diagnostic.Id switch
    {
        "TVA5002" when ActionFixes.Action(diagnostic) == FixProperties.ActionRemoveAssignmentAt
            => "Remove ValidateIssuer = false (Microsoft.Identity.Web validates the issuer and binds signing keys to it)",
        "TVA5002" => "Validate the issuer and bind signing keys to it (AadIssuerValidator, EnableAadSigningKeyIssuerValidation)",
        "TVA5004" => "Use https",
        "TVA5005" => "Call EnableAadSigningKeyIssuerValidation() after the last replacement",
        "TVA5006" => "Remove the switch",
        "TVA5001" => "Remove the assignment (require HTTPS metadata)",
        _ => "Remove the certificate callback",
    };
}
