using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace TokenValidationAnalyzers.CodeFixes.Core;

internal static partial class ConfigurationInjection
{
    private const string Namespace = "Microsoft.Extensions.Configuration";

    /// <summary>Adds the constructor parameter (and field) the plan chose to the class; once per class, however many values read it.</summary>
    public static SyntaxNode Inject(SyntaxNode root, ClassDeclarationSyntax declaration, Diagnostic planned)
    {
        var updated = declaration.ParameterList is { } primary
            ? declaration.WithParameterList(AddParameter(primary))
            : WithField(declaration, planned.Properties.TryGetValue(ExistingParameter, out var existing) ? existing : null);
        root = root.ReplaceNode(declaration, updated);
        return planned.Properties.TryGetValue(AddUsing, out var add) && add == "true" ? AddUsingDirective(root) : root;
    }

    private static List<ConstructorDeclarationSyntax> InstanceConstructors(ClassDeclarationSyntax declaration)
    {
        var constructors = new List<ConstructorDeclarationSyntax>();
        foreach (var member in declaration.Members)
        {
            if (member is ConstructorDeclarationSyntax constructor && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                constructors.Add(constructor);
            }
        }

        return constructors;
    }

    private static ClassDeclarationSyntax WithField(ClassDeclarationSyntax declaration, string? existingParameter)
    {
        var lineEnd = LineEnd(declaration);
        var indentation = Indentation(declaration.CloseBraceToken.LeadingTrivia) + "    ";
        var members = new List<MemberDeclarationSyntax>(declaration.Members);
        var lastField = members.FindLastIndex(static member => member is FieldDeclarationSyntax);
        var at = lastField + 1;
        members.Insert(at, Member($"private readonly {TypeName} {FieldName};", indentation, lineEnd));
        var constructors = InstanceConstructors(declaration);
        if (constructors.Count == 0)
        {
            members.Insert(++at, Member($"public {declaration.Identifier.ValueText}({TypeName} {ParameterName}) => {FieldName} = {ParameterName};", indentation, lineEnd)
                .WithLeadingTrivia(lineEnd, SyntaxFactory.Whitespace(indentation)));
        }
        else
        {
            var index = members.IndexOf(constructors[0]);
            members[index] = WithAssignment(constructors[0], existingParameter, indentation, lineEnd);
        }

        // the first members of the class: keep a blank line before what followed them
        if (lastField < 0 && at + 1 < members.Count && !members[at + 1].GetLeadingTrivia().Any(SyntaxKind.EndOfLineTrivia))
        {
            members[at + 1] = members[at + 1].WithLeadingTrivia(members[at + 1].GetLeadingTrivia().Insert(0, lineEnd));
        }

        return declaration.WithMembers(SyntaxFactory.List(members));
    }

    /// <summary>Assigns the field first in the constructor (adding the parameter unless it has one); an expression body becomes a block.</summary>
    private static ConstructorDeclarationSyntax WithAssignment(ConstructorDeclarationSyntax constructor, string? existingParameter, string indentation, SyntaxTrivia lineEnd)
    {
        var parameters = existingParameter is null ? AddParameter(constructor.ParameterList) : constructor.ParameterList;
        var source = existingParameter ?? ParameterName;
        var inner = indentation + "    ";
        var assignment = SyntaxFactory.ParseStatement($"{FieldName} = {source};").WithLeadingTrivia(SyntaxFactory.Whitespace(inner)).WithTrailingTrivia(lineEnd);
        if (constructor.Body is { } body && body.Statements.Count > 0)
        {
            var first = Indentation(body.Statements[0].GetLeadingTrivia());
            return constructor.WithParameterList(parameters)
                .WithBody(body.WithStatements(body.Statements.Insert(0, assignment.WithLeadingTrivia(SyntaxFactory.Whitespace(first.Length > 0 ? first : inner)))));
        }

        var statements = new List<StatementSyntax> { assignment };
        if (constructor.ExpressionBody is { } arrow)
        {
            statements.Add(SyntaxFactory.ExpressionStatement(arrow.Expression.WithoutTrivia())
                .WithLeadingTrivia(SyntaxFactory.Whitespace(inner)).WithTrailingTrivia(lineEnd));
        }

        var trailing = constructor.Body?.GetTrailingTrivia() ?? constructor.SemicolonToken.TrailingTrivia;
        var block = SyntaxFactory.Block(
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(indentation)).WithTrailingTrivia(lineEnd),
            SyntaxFactory.List(statements),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(indentation)).WithTrailingTrivia(trailing));
        var header = constructor.WithParameterList(parameters).WithExpressionBody(null).WithSemicolonToken(default).WithBody(null);
        header = header.Initializer is { } initializer
            ? header.WithInitializer(initializer.WithTrailingTrivia(lineEnd))
            : header.WithParameterList(header.ParameterList.WithTrailingTrivia(lineEnd));
        return header.WithBody(block);
    }

    private static ParameterListSyntax AddParameter(ParameterListSyntax list)
    {
        var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(ParameterName)).WithType(Type().WithTrailingTrivia(SyntaxFactory.Space));
        var nodes = new List<SyntaxNodeOrToken>(list.Parameters.GetWithSeparators());
        if (nodes.Count > 0)
        {
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        nodes.Add(parameter);
        return list.WithParameters(SyntaxFactory.SeparatedList<ParameterSyntax>(nodes));
    }

    private static SyntaxNode AddUsingDirective(SyntaxNode root)
    {
        if (root is not CompilationUnitSyntax unit || unit.Usings.Count == 0)
        {
            // no using list to keep sorted: the simplifier leaves the qualified name
            return root;
        }

        var usings = unit.Usings;
        var at = usings.Count;
        for (var i = 0; i < usings.Count; i++)
        {
            var name = usings[i].Name?.ToString() ?? string.Empty;
            if (name == Namespace && usings[i].Alias is null && usings[i].StaticKeyword.IsKind(SyntaxKind.None))
            {
                return root;
            }

            if (at == usings.Count && usings[i].Alias is null && !name.StartsWith("System", StringComparison.Ordinal) && string.CompareOrdinal(name, Namespace) > 0)
            {
                at = i;
            }
        }

        var directive = SyntaxFactory.ParseCompilationUnit($"using {Namespace};").Usings[0].WithTrailingTrivia(LineEnd(unit));
        if (at == 0)
        {
            // a file header stays first
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(at, directive));
    }

    private const string TypeName = "global::" + Namespace + ".IConfiguration";

    private static TypeSyntax Type() => SyntaxFactory.ParseTypeName(TypeName).WithAdditionalAnnotations(Simplifier.Annotation);

    private static MemberDeclarationSyntax Member(string text, string indentation, SyntaxTrivia lineEnd)
    {
        var member = SyntaxFactory.ParseMemberDeclaration(text)!;
        var names = new List<SyntaxNode>();
        foreach (var node in member.DescendantNodes())
        {
            if (node is QualifiedNameSyntax && node.Parent is not QualifiedNameSyntax)
            {
                names.Add(node);
            }
        }

        return member.ReplaceNodes(names, static (_, name) => name.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithLeadingTrivia(SyntaxFactory.Whitespace(indentation)).WithTrailingTrivia(lineEnd);
    }

    private static string Indentation(SyntaxTriviaList trivia)
    {
        var last = trivia.Count > 0 ? trivia[trivia.Count - 1] : default;
        return last.IsKind(SyntaxKind.WhitespaceTrivia) ? last.ToString() : string.Empty;
    }

    private static SyntaxTrivia LineEnd(SyntaxNode node)
    {
        foreach (var trivia in node.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.EndOfLine("\n");
    }
}
