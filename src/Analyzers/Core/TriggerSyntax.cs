using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The syntax behind a candidate <see cref="TriggerText"/> found: the node whose operator or keyword starts exactly at
/// that position, or none where the text was a comment, a string, disabled code or another construct.
/// </summary>
internal static class TriggerSyntax
{
    /// <summary>The call whose argument list opens at <paramref name="paren"/>, and the name of the method it calls.</summary>
    public static InvocationExpressionSyntax? InvocationAt(SyntaxNode root, int paren, out SyntaxToken name)
    {
        if (ParentOfTokenAt(root, paren, SyntaxKind.OpenParenToken) is not ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation })
        {
            name = default;
            return null;
        }

        name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier,
            SimpleNameSyntax simple => simple.Identifier,
            _ => default,
        };
        return name.IsKind(SyntaxKind.IdentifierToken) ? invocation : null;
    }

    /// <summary>The simple assignment whose <c>=</c> is at <paramref name="equals"/>.</summary>
    public static AssignmentExpressionSyntax? AssignmentAt(SyntaxNode root, int equals)
        => ParentOfTokenAt(root, equals, SyntaxKind.EqualsToken) is AssignmentExpressionSyntax assignment
            && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? assignment : null;

    /// <summary>The <c>a ?? b</c> whose operator starts at <paramref name="question"/>.</summary>
    public static BinaryExpressionSyntax? FallbackAt(SyntaxNode root, int question)
        => ParentOfTokenAt(root, question, SyntaxKind.QuestionQuestionToken) is BinaryExpressionSyntax coalesce
            && coalesce.IsKind(SyntaxKind.CoalesceExpression) ? coalesce : null;

    /// <summary>The object creation (named or target-typed) whose <c>new</c> is at <paramref name="keyword"/>.</summary>
    public static BaseObjectCreationExpressionSyntax? CreationAt(SyntaxNode root, int keyword)
        => ParentOfTokenAt(root, keyword, SyntaxKind.NewKeyword) as BaseObjectCreationExpressionSyntax;

    /// <summary>The node holding the token of that kind that starts exactly at <paramref name="position"/>.</summary>
    private static SyntaxNode? ParentOfTokenAt(SyntaxNode root, int position, SyntaxKind kind)
    {
        var token = root.FindToken(position);
        return token.SpanStart == position && token.IsKind(kind) ? token.Parent : null;
    }
}
