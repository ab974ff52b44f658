using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Finds an <c>IConfiguration</c> the code at a position can read: a local, parameter, field or property of
/// that type, or one level down (<c>builder.Configuration</c>, <c>context.Configuration</c>). Fixes that need a
/// value (an issuer, an audience, a key) read it from there instead of inventing a literal.
/// </summary>
internal static class ConfigurationInScope
{
    public static string? FindExpression(SemanticModel model, int position, WellKnownTypes types)
    {
        if (types.IConfiguration is null)
        {
            return null;
        }

        var staticContext = IsStaticContext(model.GetEnclosingSymbol(position));
        string? viaMember = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            var type = TypeOf(symbol, position, staticContext);
            if (type is null)
            {
                continue;
            }

            if (types.IsConfiguration(type))
            {
                return Escape(symbol.Name);
            }

            if (viaMember is null
                && WellKnownTypes.Property(type as INamedTypeSymbol, "Configuration") is { IsStatic: false } configuration
                && types.IsConfiguration(configuration.Type))
            {
                viaMember = Escape(symbol.Name) + ".Configuration";
            }
        }

        return viaMember;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol, int position, bool staticContext)
    {
        switch (symbol)
        {
            case ILocalSymbol local:
                // a local is in scope for its whole block but usable only after its declaration
                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    if (reference.Span.End > position)
                    {
                        return null;
                    }
                }

                return local.Type;
            case IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } } when staticContext:
                // a primary constructor's parameter is not usable from a static member
                return null;
            case IParameterSymbol parameter:
                return parameter.Type;
            case IFieldSymbol field when !field.IsImplicitlyDeclared && (field.IsStatic || !staticContext):
                return field.Type;
            case IPropertySymbol property when !property.IsIndexer && (property.IsStatic || !staticContext):
                return property.Type;
            default:
                return null;
        }
    }

    private static bool IsStaticContext(ISymbol? symbol)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
            {
                if (function.IsStatic)
                {
                    return true;
                }

                continue;
            }

            return current.IsStatic;
        }

        return true;
    }

    private static string Escape(string name)
        => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
}
