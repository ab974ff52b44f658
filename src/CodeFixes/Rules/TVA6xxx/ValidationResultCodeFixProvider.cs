using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.CodeFixes.Core;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Rules.TVA6xxx;

/// <summary>
/// TVA6001: after the statement that produces the validation result, insert
/// <c>if (!result.IsValid) throw result.Exception;</c> — storing a discarded result in a new local first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ValidationResultCodeFixProvider))]
public sealed class ValidationResultCodeFixProvider : CodeFixProvider
{
    private static readonly DocumentFixAll FixAll = new(FindTarget, Apply);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("TVA6001");

    public override FixAllProvider GetFixAllProvider() => FixAll;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => SingleEditCodeFix.RegisterAsync(context, FixAll, static _ => "Check IsValid and throw the validation exception", EquivalenceKey);

    public static string EquivalenceKey(string id) => id + ".CheckIsValid";

    private static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(FixProperties.ResultVariable))
        {
            return null;
        }

        var statement = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<StatementSyntax>();
        return statement?.Parent switch
        {
            BlockSyntax or SwitchSectionSyntax => statement,
            GlobalStatementSyntax global => global,
            _ => null,
        };
    }

    private static SyntaxNode? Apply(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
    {
        var global = target as GlobalStatementSyntax;
        if ((global?.Statement ?? target) is not StatementSyntax statement
            || !diagnostic.Properties.TryGetValue(FixProperties.ResultVariable, out var name) || name is null)
        {
            return null;
        }

        var indentation = IndentationOf(statement);
        var lineEnd = statement.GetTrailingTrivia().Count > 0 ? statement.GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.EndOfLine("\n"));
        var check = SyntaxFactory.ParseStatement($"if (!{name}.IsValid) throw {name}.Exception;")
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(LineEnding(lineEnd)));

        var discarded = diagnostic.Properties.TryGetValue(FixProperties.ResultIsDiscarded, out var flag) && flag == "true";
        if (discarded)
        {
            // the analyzer's name was free at the call; Fix All may already have used it, or a later block declares it
            name = FreeName(statement, name);
            check = SyntaxFactory.ParseStatement($"if (!{name}.IsValid) throw {name}.Exception;")
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(LineEnding(lineEnd)));
        }

        if (!discarded)
        {
            return global is null
                ? root.InsertNodesAfter(statement, new[] { check })
                : root.InsertNodesAfter(global, new[] { SyntaxFactory.GlobalStatement(check) });
        }

        var expression = statement switch
        {
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard } => discard.Right,
            ExpressionStatementSyntax expressionStatement => expressionStatement.Expression,
            _ => null,
        };
        if (expression is null)
        {
            return null;
        }

        var declaration = SyntaxFactory.ParseStatement($"var {name} = {expression.WithoutTrivia().ToFullString()};")
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(lineEnd);
        return global is null
            ? root.ReplaceNode(statement, new SyntaxNode[] { declaration, check })
            : root.ReplaceNode(global, new SyntaxNode[] { SyntaxFactory.GlobalStatement(declaration), SyntaxFactory.GlobalStatement(check) });
    }

    private static string FreeName(StatementSyntax statement, string name)
    {
        var scope = (SyntaxNode?)statement.FirstAncestorOrSelf<MemberDeclarationSyntax>(static member => member is not GlobalStatementSyntax)
            ?? statement.SyntaxTree.GetRoot();
        var declared = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax variable:
                    declared.Add(variable.Identifier.ValueText);
                    break;
                case SingleVariableDesignationSyntax designation:
                    declared.Add(designation.Identifier.ValueText);
                    break;
                case ParameterSyntax parameter:
                    declared.Add(parameter.Identifier.ValueText);
                    break;
                case ForEachStatementSyntax loop:
                    declared.Add(loop.Identifier.ValueText);
                    break;
            }
        }

        // the analyzer's sequence: result, validationResult, validationResult2, …
        var candidate = name;
        for (var i = 1; declared.Contains(candidate); i++)
        {
            candidate = i == 1 && name != "validationResult" ? "validationResult" : "validationResult" + (i == 1 ? 2 : i);
        }

        return candidate;
    }

    private static SyntaxTriviaList IndentationOf(StatementSyntax statement)
    {
        var leading = statement.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }

    private static string LineEnding(SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return item.ToString();
            }
        }

        return "\n";
    }
}
