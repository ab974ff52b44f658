using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// The fixes that edit one member assignment or object creation, as the analyzer's <see cref="FixProperties"/>
/// direct: remove the assignment, replace it with a value read from configuration, or add that value to a creation.
/// </summary>
internal static class AssignmentFixes
{
    public static readonly DocumentFixAll FixAll = new(FindTarget, Apply);

    public static string? Action(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Action, out var action) ? action : null;

    public static string Member(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Member, out var member) && member is not null ? member : "the value";

    public static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return Action(diagnostic) == FixProperties.ActionAddMember
            ? node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>()
            : node.FirstAncestorOrSelf<AssignmentExpressionSyntax>();
    }

    public static SyntaxNode? Apply(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
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
