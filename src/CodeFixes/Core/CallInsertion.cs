using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary><c>builder.Decode(token)</c> → <c>builder.MustVerifySignature().Decode(token)</c>, on the reported call's line layout.</summary>
internal static class CallInsertion
{
    public static SyntaxNode? Before(SyntaxNode root, InvocationExpressionSyntax call, string method)
    {
        if (call.Expression is not MemberAccessExpressionSyntax access)
        {
            return null;
        }

        // a chain written one call per line keeps that layout: the new call gets a line of its own, indented as the next one
        var receiver = access.Expression;
        var inserted = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            receiver,
            SyntaxFactory.Token(SyntaxKind.DotToken).WithLeadingTrivia(access.OperatorToken.LeadingTrivia),
            SyntaxFactory.IdentifierName(method))).WithTrailingTrivia(receiver.GetTrailingTrivia());
        return root.ReplaceNode(access, access.WithExpression(inserted));
    }
}
