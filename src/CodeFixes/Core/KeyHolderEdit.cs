using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// TVA3001 on a key held in a declaration (<see cref="FixProperties.KeyHolder"/>): the fix rewrites the declaration when it is in
/// the document and every other use still compiles, so the literal leaves the source; else it rewrites the reference at the key.
/// Whether other uses need a constant is a question about the whole solution, answered here rather than for each build.
/// </summary>
internal static class KeyHolderEdit
{
    public static async Task<ImmutableArray<Diagnostic>> ChooseAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (!diagnostic.Properties.TryGetValue(FixProperties.KeyHolder, out var holder) || holder is null || diagnostic.AdditionalLocations.Count != 2)
            {
                continue;
            }

            var (declaration, use) = (diagnostic.AdditionalLocations[0], diagnostic.AdditionalLocations[1]);
            if (await CanRewriteDeclarationAsync(document, holder, declaration, use, cancellationToken).ConfigureAwait(false))
            {
                result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, new[] { declaration }, diagnostic.Properties);
            }
            else if (diagnostic.Properties.TryGetValue(FixProperties.UseKind, out var useKind) && useKind is not null)
            {
                var properties = diagnostic.Properties.Remove(FixProperties.KeyHolder).SetItem(FixProperties.LiteralKind, useKind);
                result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, new[] { use }, properties);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Turns the rewritten declaration of a constant into one that can hold a read: <c>const</c> → a local, or <c>static readonly</c>.</summary>
    public static SyntaxNode ReplaceInDeclaration(SyntaxNode root, ExpressionSyntax literal, ExpressionSyntax read, Diagnostic diagnostic)
    {
        var holder = diagnostic.Properties.TryGetValue(FixProperties.KeyHolder, out var kind) ? kind : null;
        switch (holder)
        {
            case "ConstLocal" when literal.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is { IsConst: true } local:
                var withoutConst = local.ReplaceNode(literal, read);
                var constToken = withoutConst.Modifiers[withoutConst.Modifiers.IndexOf(SyntaxKind.ConstKeyword)];
                withoutConst = withoutConst.WithModifiers(withoutConst.Modifiers.Remove(constToken));
                return root.ReplaceNode(local, withoutConst.WithLeadingTrivia(local.GetLeadingTrivia()));
            case "ConstField" when literal.FirstAncestorOrSelf<FieldDeclarationSyntax>() is { } field && field.Modifiers.IndexOf(SyntaxKind.ConstKeyword) is var index and >= 0:
                var constant = field.Modifiers[index];
                var modifiers = field.Modifiers.RemoveAt(index).InsertRange(index, new[]
                {
                    SyntaxFactory.Token(constant.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                    SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, constant.TrailingTrivia),
                });
                return root.ReplaceNode(field, field.ReplaceNode(literal, read).WithModifiers(modifiers));
            default:
                return root.ReplaceNode(literal, read);
        }
    }

    private static async Task<bool> CanRewriteDeclarationAsync(Document document, string holder, Location declaration, Location use, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || declaration.SourceTree != root.SyntaxTree || use.SourceTree != root.SyntaxTree)
        {
            return false;
        }

        if (holder is not ("ConstLocal" or "ConstField"))
        {
            // a field or property keeps its type: every use still compiles
            return true;
        }

        var declarator = root.FindNode(declaration.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<VariableDeclaratorSyntax>();
        if (declarator?.Parent is not VariableDeclarationSyntax { Variables.Count: 1 }
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || model.GetDeclaredSymbol(declarator, cancellationToken) is not { } symbol)
        {
            return false;
        }

        foreach (var found in await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false))
        {
            foreach (var location in found.Locations)
            {
                if (location.Location.SourceTree?.GetRoot(cancellationToken).FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true) is not { } reference
                    || NeedsConstant(reference))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Places only a constant may stand: attribute arguments, patterns and case labels, default values, other constants.</summary>
    private static bool NeedsConstant(SyntaxNode reference)
    {
        foreach (var node in reference.AncestorsAndSelf())
        {
            switch (node)
            {
                case AttributeArgumentSyntax or PatternSyntax or CaseSwitchLabelSyntax or ParameterSyntax or EnumMemberDeclarationSyntax:
                    return true;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.IsExpression } test when test.Right.Span.Contains(reference.Span):
                    // `value is SigningKey` parses as a type test and binds as a constant pattern
                    return true;
                case LocalDeclarationStatementSyntax local:
                    return local.IsConst;
                case FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case StatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
