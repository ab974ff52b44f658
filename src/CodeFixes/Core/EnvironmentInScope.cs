using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// The host environment a fix can test at a statement: a local, parameter, field or property of type
/// <c>IWebHostEnvironment</c>/<c>IHostEnvironment</c>/<c>IHostingEnvironment</c>, or one level down
/// (<c>builder.Environment</c>), with the scoping rules of <see cref="ConfigurationInScope"/>.
/// </summary>
internal static class EnvironmentInScope
{
    /// <summary>Adds <see cref="FixProperties.EnvironmentExpression"/> (and the namespace of <c>IsDevelopment()</c> if the file lacks it) to each diagnostic whose fix guards a statement.</summary>
    public static ImmutableArray<Diagnostic> Plan(FixInput input, ImmutableArray<Diagnostic> diagnostics)
    {
        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (ActionFixes.Action(diagnostic) is not (FixProperties.ActionWrapInDevelopment or FixProperties.ActionSplitChainInDevelopment)
                || diagnostic.Properties.ContainsKey(FixProperties.EnvironmentExpression)
                || diagnostic.Location.SourceTree != input.Model.SyntaxTree)
            {
                continue;
            }

            var position = input.Model.SyntaxTree.GetRoot(input.CancellationToken)
                .FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax>()?.SpanStart;
            if (position is null
                || ConfigurationInScope.Find(input.Model, position.Value, type => IsEnvironment(type, input.Types), "Environment") is not { } environment
                || IsDevelopmentNamespace(environment.Type, input.Types) is not { } extensionNamespace)
            {
                continue;
            }

            var properties = diagnostic.Properties.Add(FixProperties.EnvironmentExpression, environment.Expression);
            if (input.Model.LookupSymbols(position.Value, environment.Type, "IsDevelopment", includeReducedExtensionMethods: true).IsEmpty)
            {
                properties = properties.Add(FixProperties.EnvironmentNamespace, extensionNamespace);
            }

            result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations, properties);
        }

        return result.ToImmutable();
    }

    private static bool IsEnvironment(ITypeSymbol? type, WellKnownTypes types)
    {
        foreach (var environment in types.EnvironmentTypes)
        {
            if (WellKnownTypes.Implements(type, environment))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The namespace of the <c>IsDevelopment()</c> extension that applies to the environment's type.</summary>
    private static string? IsDevelopmentNamespace(ITypeSymbol type, WellKnownTypes types)
    {
        foreach (var extensions in types.EnvironmentExtensionTypes)
        {
            foreach (var member in extensions.GetMembers("IsDevelopment"))
            {
                if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: 1 } method
                    && WellKnownTypes.Implements(type, method.Parameters[0].Type as INamedTypeSymbol))
                {
                    return extensions.ContainingNamespace.ToDisplayString();
                }
            }
        }

        return null;
    }
}
