using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// TVA5002 on Katana options built inline in <c>app.Use…Authentication(new … { … });</c>: the parameters can only be configured
/// by statements, so the options move into a new local declared before the registration, the checks are added to it, and
/// the registration passes the local.
/// </summary>
internal static class AadValidationRegistrationEdit
{
    private static readonly string[] Names = { "options", "authenticationOptions", "katanaOptions" };

    public static SyntaxNode? Apply(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic, string authority)
    {
        var tracked = root.TrackNodes(statement);
        tracked = AadValidationEdit.RemoveSwitchOffs(tracked, diagnostic);
        if (tracked.GetCurrentNode(statement) is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call, Parent: BlockSyntax } registration
            || OptionsArgument(call) is not { } creation
            || FreeName(registration) is not { } name)
        {
            return null;
        }

        var indentation = AadValidationEdit.IndentationOf(registration);
        var declaration = SyntaxFactory.ParseStatement($"var {name} = {creation.WithoutLeadingTrivia().ToFullString()};")
            .WithLeadingTrivia(registration.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        var statements = new List<SyntaxNode> { declaration };
        statements.AddRange(AadValidationEdit.Lines(name, OnLocal(name, authority, diagnostic), diagnostic, indentation));
        // the comments and blank lines above the registration now stand above the new local
        statements.Add(registration.ReplaceNode(creation, SyntaxFactory.IdentifierName(name).WithTriviaFrom(creation)).WithLeadingTrivia(indentation));
        return AadValidationEdit.Finish(tracked.ReplaceNode(registration, statements), diagnostic);
    }

    /// <summary>The authority with a member of the new local (<c>.Authority</c>) resolved on it, after its prefix if any.</summary>
    private static string OnLocal(string name, string authority, Diagnostic diagnostic)
    {
        if (!authority.StartsWith(".", System.StringComparison.Ordinal))
        {
            return authority;
        }

        return diagnostic.Properties.TryGetValue(FixProperties.AuthorityPrefix, out var prefix) && prefix is not null
            ? prefix + " + " + name + authority
            : name + authority;
    }

    private static ExpressionSyntax? OptionsArgument(InvocationExpressionSyntax call)
    {
        ExpressionSyntax? found = null;
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (argument.Expression is BaseObjectCreationExpressionSyntax creation)
            {
                if (found is not null)
                {
                    return null;
                }

                found = creation;
            }
        }

        return found;
    }

    /// <summary>A name no identifier of the enclosing member uses, so the new local neither clashes nor shadows.</summary>
    private static string? FreeName(StatementSyntax statement)
    {
        var scope = (SyntaxNode?)statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? statement.SyntaxTree.GetRoot();
        var used = new HashSet<string>();
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                used.Add(token.ValueText);
            }
        }

        foreach (var name in Names)
        {
            if (!used.Contains(name))
            {
                return name;
            }
        }

        return null;
    }
}
