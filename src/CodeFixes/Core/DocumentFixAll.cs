using System;
using System.Collections.Generic;
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
    /// <param name="apply">Applies the fix to the current root given the current version of that node; null when it cannot.
    /// Nodes at the diagnostic's additional locations are tracked too: find them with <see cref="Current"/>.</param>
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

        diagnostics = await FixInputs.PrepareAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        var fixedRoot = Apply(root, diagnostics, fixAllContext.CancellationToken);
        return fixedRoot is null ? document : document.WithSyntaxRoot(fixedRoot);
    }

    /// <summary>The current version, in <paramref name="root"/>, of the node at a diagnostic's additional location.</summary>
    public static SyntaxNode? Current(SyntaxNode root, Location location)
    {
        foreach (var node in root.GetAnnotatedNodes(AdditionalTarget))
        {
            foreach (var annotation in node.GetAnnotations(AdditionalTarget))
            {
                if (annotation.Data == Key(location))
                {
                    return node;
                }
            }
        }

        return null;
    }

    public SyntaxNode? Apply(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // mark the nodes at additional locations first (spans do not move), so that edits can find them again later
        var additional = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (location.SourceTree == root.SyntaxTree)
                {
                    additional[root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)] = new SyntaxAnnotation(AdditionalTarget, Key(location));
                }
            }
        }

        var annotated = additional.Count == 0
            ? root
            : root.ReplaceNodes(additional.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(additional[original]));
        var targets = new List<(SyntaxNode Node, Diagnostic Diagnostic)>();
        foreach (var diagnostic in diagnostics)
        {
            if (_findTarget(annotated, diagnostic) is { } node)
            {
                targets.Add((node, diagnostic));
            }
        }

        if (targets.Count == 0)
        {
            return null;
        }

        var nodes = new List<SyntaxNode>(targets.Count);
        foreach (var (node, _) in targets)
        {
            nodes.Add(node);
        }

        var injections = ConfigurationInjection.Classes(annotated, targets);
        var injected = new HashSet<string>();
        foreach (var (declaration, _) in injections)
        {
            nodes.Add(declaration);
        }

        var current = annotated.TrackNodes(nodes);
        var changed = false;
        foreach (var (node, diagnostic) in targets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.GetCurrentNode(node) is { } latest && _apply(current, latest, diagnostic) is { } next)
            {
                current = next;
                changed = true;
                if (diagnostic.Properties.TryGetValue(ConfigurationInjection.Into, out var into) && into is not null)
                {
                    injected.Add(into);
                }
            }
        }

        return changed ? ConfigurationInjection.InjectAll(current, injections, injected) : null;
    }

    private const string AdditionalTarget = "TokenValidationAnalyzers.AdditionalTarget";

    private static string Key(Location location) => location.SourceSpan.Start + ":" + location.SourceSpan.Length;
}
