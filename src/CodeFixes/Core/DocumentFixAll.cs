using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Applies one document's diagnostics on one tree, tracking the nodes they point at so that several edits in
/// the same initializer compose (the text-merging BatchFixer drops overlapping edits).
/// </summary>
internal sealed class DocumentFixAll : DocumentBasedFixAllProvider
{
    private readonly Func<SyntaxNode, Diagnostic, SyntaxNode?> _findTarget;
    private readonly Func<SyntaxNode, SyntaxNode, Diagnostic, SyntaxNode?> _apply;

    /// <param name="findTarget">The node a diagnostic's fix edits (found in the original tree).</param>
    /// <param name="apply">Applies the fix to the current root given the current version of that node; null when it cannot.</param>
    public DocumentFixAll(Func<SyntaxNode, Diagnostic, SyntaxNode?> findTarget, Func<SyntaxNode, SyntaxNode, Diagnostic, SyntaxNode?> apply)
    {
        _findTarget = findTarget;
        _apply = apply;
    }

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var fixedRoot = Apply(root, diagnostics, fixAllContext.CancellationToken);
        return fixedRoot is null ? document : document.WithSyntaxRoot(fixedRoot);
    }

    public SyntaxNode? Apply(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var targets = ImmutableArray.CreateBuilder<(SyntaxNode Node, Diagnostic Diagnostic)>();
        foreach (var diagnostic in diagnostics)
        {
            if (_findTarget(root, diagnostic) is { } node)
            {
                targets.Add((node, diagnostic));
            }
        }

        if (targets.Count == 0)
        {
            return null;
        }

        var nodes = new SyntaxNode[targets.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = targets[i].Node;
        }

        var current = root.TrackNodes(nodes);
        var changed = false;
        foreach (var (node, diagnostic) in targets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.GetCurrentNode(node) is { } latest && _apply(current, latest, diagnostic) is { } next)
            {
                current = next;
                changed = true;
            }
        }

        return changed ? current : null;
    }
}
