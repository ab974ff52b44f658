using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>Imports a namespace the written code needs (an extension method cannot be qualified), after the file's usings.</summary>
internal static class Usings
{
    public static SyntaxNode Ensure(SyntaxNode root, string namespaceName)
    {
        if (root is not CompilationUnitSyntax unit)
        {
            return root;
        }

        foreach (var directive in unit.DescendantNodes(static node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
        {
            if (directive.Name?.ToString() == namespaceName && directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None))
            {
                return root;
            }
        }

        var line = unit.Usings.Count > 0 && unit.Usings.Last().GetTrailingTrivia().ToFullString().Contains("\r\n") ? "\r\n" : "\n";
        var directiveToAdd = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(line));
        return unit.WithUsings(unit.Usings.Add(directiveToAdd));
    }
}
