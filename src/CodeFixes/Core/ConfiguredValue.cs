using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// The value a fix writes instead of a literal: <c>configuration["Jwt:Issuer"] ?? throw new InvalidOperationException(…)</c>,
/// or the environment variable when no configuration is in scope. It fails closed when the value is missing.
/// </summary>
internal static class ConfiguredValue
{
    /// <summary>
    /// Adds <see cref="FixProperties.Configuration"/> to each diagnostic whose fix reads a configuration key: the
    /// <c>IConfiguration</c> in scope where the value will be written (the literal it replaces, or the diagnostic).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> WithConfigurationInScopeAsync(FixInput input, ImmutableArray<Diagnostic> diagnostics)
    {
        ExistingConfigurationKeys? existingKeys = null;
        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (!diagnostic.Properties.ContainsKey(FixProperties.ConfigurationKey) || diagnostic.Properties.ContainsKey(FixProperties.Configuration))
            {
                continue;
            }

            var at = FixInputs.WritePosition(diagnostic);
            if (at.SourceTree == input.Model.SyntaxTree && ConfigurationInScope.FindExpression(input.Model, at.SourceSpan.Start, input.Types) is { } configuration)
            {
                existingKeys ??= await ExistingConfigurationKeys.ForAsync(input.Document.Project, input.CancellationToken).ConfigureAwait(false);
                var properties = existingKeys?.Reuse(diagnostic.Properties) ?? diagnostic.Properties;
                result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations,
                    properties.Add(FixProperties.Configuration, configuration));
            }
        }

        return result.ToImmutable();
    }

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
