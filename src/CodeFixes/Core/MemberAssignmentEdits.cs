using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Syntax edits on member assignments that keep the user's layout: an element of an object initializer
/// (<c>ValidateIssuer = false,</c>) or an assignment statement (<c>options.ValidateIssuer = false;</c>).
/// Each returns null when the code has a shape the edit cannot handle cleanly; the fix is then not offered.
/// </summary>
internal static class MemberAssignmentEdits
{
    public static SyntaxNode? Remove(SyntaxNode root, AssignmentExpressionSyntax assignment)
    {
        switch (assignment.Parent)
        {
            case InitializerExpressionSyntax initializer:
                var remaining = RemoveElement(initializer, assignment);
                var empty = remaining.Expressions.Count == 0 && !HasCommentsOrDirectives(remaining);
                return empty && initializer.Parent is BaseObjectCreationExpressionSyntax creation
                    ? root.ReplaceNode(creation, WithoutInitializer(creation, initializer.CloseBraceToken.TrailingTrivia))
                    : root.ReplaceNode(initializer, remaining);
            case ExpressionStatementSyntax statement when statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax:
                return root.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepDirectives);
            case ExpressionStatementSyntax statement:
                return root.ReplaceNode(statement, EmptyBlock(statement));
            case LambdaExpressionSyntax lambda when lambda.ExpressionBody == assignment:
                return root.ReplaceNode(lambda, lambda.WithExpressionBody(null).WithBlock(EmptyBlock(assignment)));
            default:
                return null;
        }
    }

    /// <summary>Turns <c>X = value</c> into <c>member = newValue</c>, keeping the receiver (<c>options.TokenValidationParameters.</c>) and trivia.</summary>
    public static SyntaxNode? Replace(SyntaxNode root, AssignmentExpressionSyntax assignment, string member, ExpressionSyntax value)
    {
        var name = SyntaxFactory.IdentifierName(member);
        ExpressionSyntax? left = assignment.Left switch
        {
            IdentifierNameSyntax identifier => name.WithTriviaFrom(identifier),
            MemberAccessExpressionSyntax access => access.WithName(name.WithTriviaFrom(access.Name)),
            _ => null,
        };
        if (left is null)
        {
            return null;
        }

        // `p.AudienceValidator += …` becomes a plain assignment of the value
        var replaced = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, left,
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTriviaFrom(assignment.OperatorToken), value.WithTriviaFrom(assignment.Right));
        return root.ReplaceNode(assignment, replaced.WithTriviaFrom(assignment));
    }

    /// <summary>Adds <c>member = value</c> to an object creation, creating its initializer when it has none.</summary>
    public static SyntaxNode? AddToInitializer(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, string member, ExpressionSyntax value)
    {
        var element = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(member).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
            value.WithoutTrivia());
        if (creation.Initializer is not { } initializer)
        {
            var created = SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(element.WithTrailingTrivia(SyntaxFactory.Space)),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken));
            var trailing = creation.GetTrailingTrivia();
            var bare = creation.WithoutTrailingTrivia();
            if (bare is ObjectCreationExpressionSyntax { ArgumentList: null } explicitNew)
            {
                bare = explicitNew.WithArgumentList(SyntaxFactory.ArgumentList());
            }

            var withInitializer = bare.WithInitializer(created.WithLeadingTrivia(SyntaxFactory.Space)).WithTrailingTrivia(trailing);
            return root.ReplaceNode(creation, withInitializer);
        }

        return root.ReplaceNode(initializer, AddElement(initializer, element));
    }

    /// <summary>Adds <c>name: value</c> to a creation's arguments, or replaces the value of an explicit <c>name: null</c>.</summary>
    public static SyntaxNode? AddNamedArgument(SyntaxNode root, BaseObjectCreationExpressionSyntax creation, string name, ExpressionSyntax value)
    {
        if (creation.ArgumentList is not { } arguments)
        {
            return null;
        }

        foreach (var argument in arguments.Arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == name)
            {
                return root.ReplaceNode(argument.Expression, value.WithTriviaFrom(argument.Expression));
            }
        }

        var added = SyntaxFactory.Argument(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(name)), default, value.WithoutTrivia());
        var nodes = arguments.Arguments.GetWithSeparators().ToList();
        if (nodes.Count > 0)
        {
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        nodes.Add(added);
        return root.ReplaceNode(arguments, arguments.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(SyntaxFactory.NodeOrTokenList(nodes))));
    }

    /// <summary>Removes one element of an array or collection initializer, or of a collection expression.</summary>
    public static SyntaxNode? RemoveElement(SyntaxNode root, SyntaxNode element)
    {
        switch (element)
        {
            case ExpressionSyntax expression when expression.Parent is InitializerExpressionSyntax initializer:
                return root.ReplaceNode(initializer, RemoveElement(initializer, expression));
            case CollectionElementSyntax item when item.Parent is CollectionExpressionSyntax collection:
                return root.ReplaceNode(collection, collection.WithElements(collection.Elements.Remove(item)));
            case ExpressionSyntax expression when expression.Parent is ExpressionElementSyntax item && item.Parent is CollectionExpressionSyntax collection:
                return root.ReplaceNode(collection, collection.WithElements(collection.Elements.Remove(item)));
            default:
                return null;
        }
    }

    private static InitializerExpressionSyntax AddElement(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return AddFirstElement(initializer, element);
        }

        var indentation = expressions[0].GetLeadingTrivia();
        var nodes = expressions.GetWithSeparators().ToList();
        if (expressions.SeparatorCount == expressions.Count)
        {
            // trailing comma style: `A = 1,\n` → `A = 1,\n B = 2,\n`
            var lastSeparator = expressions.GetSeparator(expressions.SeparatorCount - 1);
            nodes.Add(element.WithLeadingTrivia(indentation));
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(LineEnd(lastSeparator.TrailingTrivia)));
        }
        else
        {
            var last = expressions[expressions.Count - 1];
            var lineEnd = last.GetTrailingTrivia();
            nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
            var separatorTrivia = lineEnd.Count == 0 ? SyntaxFactory.TriviaList(SyntaxFactory.Space) : lineEnd;
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrivia));
            nodes.Add(element.WithLeadingTrivia(indentation).WithTrailingTrivia(lineEnd));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(SyntaxFactory.NodeOrTokenList(nodes)));
    }

    /// <summary><c>{ }</c> → <c>{ X = v }</c>; <c>{\n    }</c> → <c>{\n        X = v\n    }</c>.</summary>
    private static InitializerExpressionSyntax AddFirstElement(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var open = initializer.OpenBraceToken;
        var close = initializer.CloseBraceToken;
        if (!HasLineEnd(open.TrailingTrivia))
        {
            var leading = open.TrailingTrivia.Count == 0 ? SyntaxFactory.TriviaList(SyntaxFactory.Space) : SyntaxFactory.TriviaList();
            var trailing = close.LeadingTrivia.Count == 0 ? SyntaxFactory.TriviaList(SyntaxFactory.Space) : SyntaxFactory.TriviaList();
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(element.WithLeadingTrivia(leading).WithTrailingTrivia(trailing)));
        }

        // the closing brace's indentation plus one level, on its own line
        var indentation = close.LeadingTrivia.ToFullString() + "    ";
        return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(element
            .WithLeadingTrivia(SyntaxFactory.Whitespace(indentation))
            .WithTrailingTrivia(LineEnd(open.TrailingTrivia))));
    }

    private static bool HasLineEnd(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line break of a trivia list without the comments before it (a comment belongs to its own line).</summary>
    private static SyntaxTriviaList LineEnd(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return SyntaxFactory.TriviaList(item);
            }
        }

        return trivia.Count == 0 ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(SyntaxFactory.Space);
    }

    private static InitializerExpressionSyntax RemoveElement(InitializerExpressionSyntax initializer, ExpressionSyntax element)
    {
        var expressions = initializer.Expressions;
        var index = expressions.IndexOf(element);
        var nodes = expressions.GetWithSeparators().ToList();
        var position = nodes.FindIndex(n => n.IsNode && n.AsNode() == element);
        if (position + 1 < nodes.Count)
        {
            // `X = false, // comment\n`: the element and its comma (with the rest of its line) go
            nodes.RemoveRange(position, 2);
        }
        else if (index > 0)
        {
            // the last element without a trailing comma: drop the comma before it, keep that comma's line end
            var separator = nodes[position - 1].AsToken();
            var previous = nodes[position - 2].AsNode()!;
            nodes[position - 2] = previous.WithTrailingTrivia(previous.GetTrailingTrivia().AddRange(separator.TrailingTrivia));
            nodes.RemoveRange(position - 1, 2);
        }
        else
        {
            nodes.Clear();
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(SyntaxFactory.NodeOrTokenList(nodes)));
    }

    /// <summary><c>new P { X = false }</c> without its only element is <c>new P()</c>; a nested <c>P = { }</c> stays.</summary>
    private static ExpressionSyntax WithoutInitializer(BaseObjectCreationExpressionSyntax creation, SyntaxTriviaList trailing) =>
        creation switch
        {
            ObjectCreationExpressionSyntax { ArgumentList: null } explicitNew => explicitNew
                .WithType(explicitNew.Type.WithoutTrailingTrivia())
                .WithArgumentList(SyntaxFactory.ArgumentList().WithTrailingTrivia(trailing))
                .WithInitializer(null),
            _ => creation.WithArgumentList(creation.ArgumentList!.WithTrailingTrivia(trailing)).WithInitializer(null),
        };

    private static bool HasCommentsOrDirectives(InitializerExpressionSyntax initializer)
    {
        foreach (var trivia in initializer.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsDirective)
            {
                return true;
            }
        }

        return false;
    }

    private static BlockSyntax EmptyBlock(SyntaxNode replaced)
        => SyntaxFactory.Block().WithTriviaFrom(replaced);
}
