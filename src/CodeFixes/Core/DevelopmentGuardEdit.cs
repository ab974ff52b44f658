using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>Wraps a statement in <c>if (&lt;environment&gt;.IsDevelopment()) { … }</c>, keeping its comments and layout.</summary>
internal static class DevelopmentGuardEdit
{
    public static SyntaxNode? Wrap(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.EnvironmentExpression, out var environment) || environment is null
            || statement is not ExpressionStatementSyntax
            || statement.Parent is not (BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax))
        {
            return null;
        }

        var indentation = AadValidationEdit.IndentationOf(statement).ToFullString();
        var line = EndOfLine(statement);
        var body = statement.WithoutTrivia().ToFullString().Replace(line, line + "    ");
        var guarded = SyntaxFactory.ParseStatement(
            $"if ({environment}.IsDevelopment()){line}{indentation}{{{line}{indentation}    {body}{line}{indentation}}}");
        var edited = root.ReplaceNode(statement, guarded.WithLeadingTrivia(statement.GetLeadingTrivia()).WithTrailingTrivia(statement.GetTrailingTrivia()));
        return diagnostic.Properties.TryGetValue(FixProperties.EnvironmentNamespace, out var extensions) && extensions is not null
            ? Usings.Ensure(edited, extensions)
            : edited;
    }

    private static string EndOfLine(StatementSyntax statement)
        => statement.GetTrailingTrivia().ToFullString().Contains("\r\n") ? "\r\n" : "\n";
}
