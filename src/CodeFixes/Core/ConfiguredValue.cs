using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// The value a fix writes instead of a literal: <c>configuration["Jwt:Issuer"] ?? throw new InvalidOperationException(…)</c>,
/// or the environment variable when no configuration is in scope. It fails closed when the value is missing.
/// </summary>
internal static class ConfiguredValue
{
    public static ExpressionSyntax Create(ImmutableDictionary<string, string?> properties)
    {
        string read, name;
        if (properties.TryGetValue(FixProperties.Configuration, out var configuration) && configuration is not null
            && properties.TryGetValue(FixProperties.ConfigurationKey, out var key) && key is not null)
        {
            read = $"{configuration}[{Literal(key)}]";
            name = key;
        }
        else
        {
            name = properties.TryGetValue(FixProperties.EnvironmentVariable, out var variable) && variable is not null ? variable : "JWT_VALUE";
            read = $"global::System.Environment.GetEnvironmentVariable({Literal(name)})";
        }

        var text = $"{read} ?? throw new global::System.InvalidOperationException({Literal(name + " is not configured")})";
        return Simplifiable(SyntaxFactory.ParseExpression(text));
    }

    /// <summary>Marks every <c>global::</c>-qualified name so the simplifier shortens it to what the file's usings allow.</summary>
    public static ExpressionSyntax Simplifiable(ExpressionSyntax expression) => MarkQualifiedNames(expression);

    public static StatementSyntax SimplifiableStatement(StatementSyntax statement) => MarkQualifiedNames(statement);

    private static T MarkQualifiedNames<T>(T expression)
        where T : SyntaxNode
    {
        var qualified = new List<SyntaxNode>();
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is MemberAccessExpressionSyntax or QualifiedNameSyntax && node.ToString().StartsWith("global::", StringComparison.Ordinal))
            {
                qualified.Add(node);
            }
        }

        return expression.ReplaceNodes(qualified, static (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
