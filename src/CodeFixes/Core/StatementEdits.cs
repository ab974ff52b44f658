using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>Removing and moving whole statements, keeping the surrounding layout.</summary>
internal static class StatementEdits
{
    public static SyntaxNode? Remove(SyntaxNode root, StatementSyntax statement)
    {
        switch (statement.Parent)
        {
            case BlockSyntax or SwitchSectionSyntax:
                return root.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepDirectives);
            case GlobalStatementSyntax global:
                return root.RemoveNode(global, SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepDirectives);
            case null:
                return null;
            default:
                return root.ReplaceNode(statement, SyntaxFactory.Block().WithTriviaFrom(statement));
        }
    }

    /// <summary>Moves the statement after the statement at the diagnostic's additional location, in the same block.</summary>
    public static SyntaxNode? MoveAfter(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count != 1
            || DocumentFixAll.Current(root, diagnostic.AdditionalLocations[0])?.FirstAncestorOrSelf<StatementSyntax>() is not { } anchor
            || anchor.Parent != statement.Parent || statement.Parent is not BlockSyntax)
        {
            return null;
        }

        var tracked = root.TrackNodes(statement, anchor);
        var moved = tracked.GetCurrentNode(statement)!;
        var withoutStatement = tracked.RemoveNode(moved, SyntaxRemoveOptions.KeepNoTrivia);
        if (withoutStatement?.GetCurrentNode(anchor) is not { } currentAnchor)
        {
            return null;
        }

        return withoutStatement.InsertNodesAfter(currentAnchor, new[] { moved });
    }
}
