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
        => types.IConfiguration is null ? null : Find(model, position, types.IsConfiguration, "Configuration")?.Expression;

    /// <summary>
    /// A local, parameter, field or property usable at the position whose type <paramref name="matches"/>, or else one
    /// whose instance property <paramref name="memberName"/> matches (<c>builder.Environment</c>): its C# and its type.
    /// </summary>
    public static (string Expression, ITypeSymbol Type)? Find(SemanticModel model, int position, System.Func<ITypeSymbol?, bool> matches, string memberName)
    {
        var enclosing = model.GetEnclosingSymbol(position);
        var staticContext = IsStaticContext(enclosing);
        var inInitializer = IsInInitializer(enclosing);
        (string, ITypeSymbol)? viaMember = null;
        foreach (var symbol in model.LookupSymbols(position))
        {
            var type = TypeOf(symbol, model.SyntaxTree, position, enclosing, staticContext, inInitializer);
            if (type is null)
            {
                continue;
            }

            if (matches(type))
            {
                return (Escape(symbol.Name), type);
            }

            if (viaMember is null
                && WellKnownTypes.Property(type as INamedTypeSymbol, memberName) is { IsStatic: false } member
                && matches(member.Type))
            {
                viaMember = (Escape(symbol.Name) + "." + memberName, member.Type);
            }
        }

        return viaMember;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol, SyntaxTree tree, int position, ISymbol? enclosing, bool staticContext, bool inInitializer)
    {
        switch (symbol)
        {
            case ILocalSymbol local:
                // a top-level statement's local (`builder`) is looked up everywhere but usable only in those statements
                // (CS8801); any local only in its own method and after its declaration
                if (!IsWithin(enclosing, local.ContainingSymbol))
                {
                    return null;
                }

                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != tree || reference.Span.End > position)
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
            case IFieldSymbol field when !field.IsImplicitlyDeclared && (field.IsStatic || !(staticContext || inInitializer)):
                return field.Type;
            case IPropertySymbol property when !property.IsIndexer && (property.IsStatic || !(staticContext || inInitializer)):
                return property.Type;
            default:
                return null;
        }
    }

    /// <summary>The position's enclosing symbol is <paramref name="owner"/> or a lambda or local function inside it.</summary>
    private static bool IsWithin(ISymbol? enclosing, ISymbol owner)
    {
        for (var current = enclosing; current is not null; current = current.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(current, owner))
            {
                return true;
            }

            if (current is not IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A field or property initializer (or a lambda in one) cannot read instance members (CS0236); a primary constructor's parameters it can.</summary>
    private static bool IsInInitializer(ISymbol? symbol)
    {
        var current = symbol;
        while (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            current = current.ContainingSymbol;
        }

        return current is IFieldSymbol or IPropertySymbol;
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
