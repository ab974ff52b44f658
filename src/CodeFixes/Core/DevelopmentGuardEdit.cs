using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>Wraps a statement, or the development-only calls of a chain, in <c>if (&lt;environment&gt;.IsDevelopment()) { … }</c>, keeping comments and layout.</summary>
internal static class DevelopmentGuardEdit
{
    public static SyntaxNode? Wrap(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic)
    {
        if (Environment(diagnostic) is not { } environment || !IsGuardable(statement))
        {
            return null;
        }

        var line = EndOfLine(statement);
        var guarded = Guard(environment, statement.WithoutTrivia().ToFullString(), Indentation(statement), line);
        var edited = root.ReplaceNode(statement, guarded.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia()));
        return WithNamespace(edited, diagnostic);
    }

    /// <summary>
    /// <c>var b = receiver; if (env.IsDevelopment()) { b.DevCall(); } b.Rest();</c> — the receiver, the guarded calls and the rest
    /// of the chain keep their order; the local is left out when the receiver is already a name.
    /// </summary>
    public static SyntaxNode? SplitChain(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic)
    {
        if (Environment(diagnostic) is not { } environment || !IsGuardable(statement) || diagnostic.AdditionalLocations.Count != 2
            || DocumentFixAll.Current(root, diagnostic.AdditionalLocations[0]) is not InvocationExpressionSyntax last
            || DocumentFixAll.Current(root, diagnostic.AdditionalLocations[1]) is not ExpressionSyntax { Parent: MemberAccessExpressionSyntax firstCall } receiver
            || !statement.Span.Contains(last.Span) || !last.Span.Contains(receiver.Span))
        {
            return null;
        }

        var local = diagnostic.Properties.TryGetValue(FixProperties.LocalName, out var name) ? name : null;
        var builder = SyntaxFactory.IdentifierName(local ?? receiver.WithoutTrivia().ToFullString());
        var line = EndOfLine(statement);
        var indentation = Indentation(statement);
        var statements = new List<StatementSyntax>();
        if (local is not null)
        {
            statements.Add(SyntaxFactory.ParseStatement($"var {local} = {receiver.WithoutTrivia().ToFullString()};"));
        }

        var calls = last.ReplaceNode(firstCall, OnBuilder(firstCall, builder));
        statements.Add(Guard(environment, calls.WithoutTrivia().ToFullString() + ";", indentation, line));
        if (last.Parent is MemberAccessExpressionSyntax rest && rest.Expression == last)
        {
            statements.Add(statement.ReplaceNode(rest, OnBuilder(rest, builder)).WithoutTrivia());
        }

        for (var i = 0; i < statements.Count; i++)
        {
            var leading = i == 0 ? statement.GetLeadingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(indentation));
            var trailing = i == statements.Count - 1 ? statement.GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine(line));
            statements[i] = statements[i].WithLeadingTrivia(leading).WithTrailingTrivia(trailing);
        }

        var edited = statement.Parent is GlobalStatementSyntax global
            ? root.ReplaceNode(global, statements.ConvertAll(s => (SyntaxNode)SyntaxFactory.GlobalStatement(s)))
            : root.ReplaceNode(statement, statements);
        return WithNamespace(edited, diagnostic);
    }

    /// <summary><c>receiver\n    .Call()</c> → <c>builder.Call()</c>.</summary>
    private static MemberAccessExpressionSyntax OnBuilder(MemberAccessExpressionSyntax access, ExpressionSyntax builder)
        => access.WithExpression(builder).WithOperatorToken(access.OperatorToken.WithoutTrivia());

    private static string? Environment(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.EnvironmentExpression, out var environment) ? environment : null;

    private static bool IsGuardable(StatementSyntax statement)
        => statement is ExpressionStatementSyntax && statement.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax;

    private static StatementSyntax Guard(string environment, string body, string indentation, string line)
        => SyntaxFactory.ParseStatement(
            $"if ({environment}.IsDevelopment()){line}{indentation}{{{line}{indentation}    {body.Replace(line, line + "    ")}{line}{indentation}}}");

    private static SyntaxNode WithNamespace(SyntaxNode edited, Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.EnvironmentNamespace, out var extensions) && extensions is not null
            ? Usings.Ensure(edited, extensions)
            : edited;

    private static string Indentation(StatementSyntax statement) => AadValidationEdit.IndentationOf(statement).ToFullString();

    private static string EndOfLine(StatementSyntax statement)
        => statement.GetTrailingTrivia().ToFullString().Contains("\r\n") ? "\r\n" : "\n";
}
