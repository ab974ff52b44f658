using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TokenValidationAnalyzers.CodeFixes.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.Hosting;

/// <summary>
/// TVA5001/TVA5003 remove the assignment; TVA5002 adds the Entra issuer validator and signing-key issuer check;
/// TVA5004 switches to https; TVA5005 moves the call after the last replacement; TVA5006 removes the switch.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HostingCodeFixProvider))]
public sealed class HostingCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.MetadataOverHttp, DiagnosticIds.MultiTenantWithoutIssuerChecks, DiagnosticIds.BackchannelTlsNotChecked,
        DiagnosticIds.AuthorityOverHttp, DiagnosticIds.SigningKeyIssuerCheckIneffective, DiagnosticIds.SafetySwitchOff);

    public override FixAllProvider GetFixAllProvider() => ActionFixes.FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, ActionFixes.FixAll, Title, EquivalenceKey);

    public static string EquivalenceKey(string id) => id switch
    {
        DiagnosticIds.MultiTenantWithoutIssuerChecks => id + ".AddAadValidation",
        DiagnosticIds.AuthorityOverHttp => id + ".UseHttps",
        DiagnosticIds.SigningKeyIssuerCheckIneffective => id + ".MoveAfterReplacement",
        DiagnosticIds.SafetySwitchOff => id + ".RemoveSwitch",
        _ => id + ".RemoveAssignment",
    };

    private static string Title(Diagnostic diagnostic) => diagnostic.Id switch
    {
        DiagnosticIds.MultiTenantWithoutIssuerChecks => "Validate the issuer and bind signing keys to it (AadIssuerValidator, EnableAadSigningKeyIssuerValidation)",
        DiagnosticIds.AuthorityOverHttp => "Use https",
        DiagnosticIds.SigningKeyIssuerCheckIneffective => "Call EnableAadSigningKeyIssuerValidation() after the last replacement",
        DiagnosticIds.SafetySwitchOff => "Remove the switch",
        DiagnosticIds.MetadataOverHttp => "Remove the assignment (require HTTPS metadata)",
        _ => "Remove the certificate callback",
    };
}
