using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.CodeFixes.Rules.ValidationSwitches;

/// <summary>
/// TVA1001–TVA1006: remove the switch (the library default validates); TVA1001/TVA1002 and TVA1009/TVA1010 also
/// write the valid issuer or audience, read from configuration, when the analyzer found nothing that supplies it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValidationSwitchCodeFixProvider))]
public sealed class ValidationSwitchCodeFixProvider : CodeFixProvider
{
    private static readonly DocumentFixAll FixAll = new(FindTarget, Apply);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.IssuerValidationDisabled, DiagnosticIds.AudienceValidationDisabled, DiagnosticIds.LifetimeValidationDisabled,
        DiagnosticIds.UnsignedTokensAccepted, DiagnosticIds.TokensWithoutExpiryAccepted, DiagnosticIds.TokensWithoutAudienceAccepted,
        DiagnosticIds.NoValidIssuer, DiagnosticIds.NoValidAudience);

    public override FixAllProvider GetFixAllProvider() => FixAll;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (FindTarget(root, diagnostic) is not { } target || Apply(root, target, diagnostic) is not { } fixedRoot)
            {
                continue;
            }

            var document = context.Document.WithSyntaxRoot(fixedRoot);
            context.RegisterCodeFix(
                CodeAction.Create(Title(diagnostic), _ => Task.FromResult(document), EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }
    }

    public static string EquivalenceKey(string id) => id switch
    {
        DiagnosticIds.NoValidIssuer or DiagnosticIds.NoValidAudience => id + ".AddValueFromConfiguration",
        _ => id + ".RemoveAssignment",
    };

    private static string Title(Diagnostic diagnostic) => Action(diagnostic) switch
    {
        FixProperties.ActionRemove => "Remove the assignment (validate as the library does by default)",
        _ => $"Validate against {Member(diagnostic)} read from configuration",
    };

    private static string? Action(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Action, out var action) ? action : null;

    private static string Member(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Member, out var member) && member is not null ? member : "the value";

    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return Action(diagnostic) == FixProperties.ActionAddMember
            ? node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>()
            : node.FirstAncestorOrSelf<AssignmentExpressionSyntax>();
    }

    private static SyntaxNode? Apply(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
    {
        var member = Member(diagnostic);
        return (Action(diagnostic), target) switch
        {
            (FixProperties.ActionRemove, AssignmentExpressionSyntax assignment) => MemberAssignmentEdits.Remove(root, assignment),
            (FixProperties.ActionReplace, AssignmentExpressionSyntax assignment)
                => MemberAssignmentEdits.Replace(root, assignment, member, ConfiguredValue.Create(diagnostic.Properties)),
            (FixProperties.ActionAddMember, BaseObjectCreationExpressionSyntax creation)
                => MemberAssignmentEdits.AddToInitializer(root, creation, member, ConfiguredValue.Create(diagnostic.Properties)),
            _ => null,
        };
    }
}
