using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Where no <c>IConfiguration</c> is in scope but the class is one DI creates (an options class, a controller, a registered
/// service), the fix reads from one injected through the constructor: a primary constructor's parameter, or a
/// <c>_configuration</c> field assigned in the only constructor (added when there is none). Classes with several
/// constructors, static members and classes DI does not create keep the environment variable.
/// </summary>
internal static partial class ConfigurationInjection
{
    /// <summary>Added by the fix: the span (<c>start:length</c>) of the class declaration that gets the constructor parameter.</summary>
    public const string Into = "InjectConfigurationInto";

    /// <summary>Added by the fix: "true" when the file needs <c>using Microsoft.Extensions.Configuration;</c> for the parameter's type.</summary>
    public const string AddUsing = "InjectConfigurationAddUsing";

    /// <summary>Added by the fix: the name of the constructor's existing <c>IConfiguration</c> parameter, if it has one.</summary>
    public const string ExistingParameter = "InjectConfigurationParameter";

    private const string ParameterName = "configuration";
    private const string FieldName = "_configuration";

    public static ImmutableArray<Diagnostic> Plan(FixInput input, ImmutableArray<Diagnostic> diagnostics)
    {
        if (input.Types.IConfiguration is not { } configurationType)
        {
            return diagnostics;
        }

        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (!diagnostic.Properties.ContainsKey(FixProperties.ConfigurationKey) || diagnostic.Properties.ContainsKey(FixProperties.Configuration))
            {
                continue;
            }

            var at = FixInputs.WritePosition(diagnostic);
            if (at.SourceTree == input.Model.SyntaxTree && Plan(input.Model, at.SourceSpan.Start, input.Types, input.CancellationToken) is { } plan)
            {
                var properties = diagnostic.Properties
                    .Add(FixProperties.Configuration, plan.Expression)
                    .Add(Into, Key(plan.Declaration))
                    .Add(AddUsing, NeedsUsing(input.Model, plan.Declaration.SpanStart, configurationType) ? "true" : "false")
                    .Add(ExistingParameter, plan.Parameter);
                result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations, properties);
            }
        }

        return result.ToImmutable();
    }

    public static string Key(SyntaxNode declaration) => declaration.Span.Start + ":" + declaration.Span.Length;

    /// <returns>The class, the expression to read, and the name of a constructor parameter that already is an <c>IConfiguration</c>.</returns>
    private static (ClassDeclarationSyntax Declaration, string Expression, string? Parameter)? Plan(SemanticModel model, int position, WellKnownTypes types, CancellationToken cancellationToken)
    {
        if (InstanceMethod(model.GetEnclosingSymbol(position, cancellationToken)) is not { ContainingType: { } type }
            || type is not { TypeKind: TypeKind.Class, IsStatic: false, IsAbstract: false, DeclaringSyntaxReferences.Length: 1 }
            || type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ClassDeclarationSyntax declaration
            || declaration.SyntaxTree != model.SyntaxTree
            || IsInConstructorInitializer(declaration, position)
            || !IsCreatedByDependencyInjection(type, model.Compilation, types, cancellationToken))
        {
            return null;
        }

        var constructors = InstanceConstructors(declaration);
        if (declaration.ParameterList is { } primary)
        {
            // other constructors must chain to the primary one: they would need the new argument too
            return constructors.Count == 0 && IsFree(model, position, type, ParameterName) && !Declares(primary, ParameterName)
                ? (declaration, ParameterName, null)
                : null;
        }

        var existing = constructors.Count == 1 ? ConfigurationParameter(constructors[0], model, types) : null;
        return constructors.Count > 1 || !IsFree(model, position, type, FieldName)
            || (constructors.Count == 1 && existing is null && Declares(constructors[0].ParameterList, ParameterName))
            ? null
            : (declaration, FieldName, existing);
    }

    /// <summary>The method (or accessor, constructor) whose instance the position can use; null in static code and initializers.</summary>
    private static IMethodSymbol? InstanceMethod(ISymbol? symbol)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is not IMethodSymbol method || method.IsStatic)
            {
                return null;
            }

            if (method.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction))
            {
                return method;
            }
        }

        return null;
    }

    private static bool IsCreatedByDependencyInjection(INamedTypeSymbol type, Compilation compilation, WellKnownTypes types, CancellationToken cancellationToken)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            var definition = implemented.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition, types.IConfigureOptions)
                || SymbolEqualityComparer.Default.Equals(definition, types.IPostConfigureOptions))
            {
                return true;
            }
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (types.ControllerBase is not null && SymbolEqualityComparer.Default.Equals(current, types.ControllerBase))
            {
                return true;
            }

            foreach (var attribute in current.GetAttributes())
            {
                if (types.ApiControllerAttribute is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.ApiControllerAttribute))
                {
                    return true;
                }
            }
        }

        return ServiceRegistrations.IsRegistered(type, compilation, types, cancellationToken);
    }

    /// <summary>No member of the class and nothing visible at the position has the name the fix introduces.</summary>
    private static bool IsFree(SemanticModel model, int position, INamedTypeSymbol type, string name)
        => type.GetMembers(name).IsEmpty && model.LookupSymbols(position, name: name).IsEmpty;

    private static bool IsInConstructorInitializer(ClassDeclarationSyntax declaration, int position)
        => declaration.FindToken(position).Parent?.FirstAncestorOrSelf<ConstructorInitializerSyntax>() is not null;

    private static bool NeedsUsing(SemanticModel model, int position, INamedTypeSymbol configuration)
    {
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: configuration.Name))
        {
            if (SymbolEqualityComparer.Default.Equals(symbol, configuration))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Declares(ParameterListSyntax parameters, string name)
    {
        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of a constructor parameter that already is an <c>IConfiguration</c>.</summary>
    private static string? ConfigurationParameter(ConstructorDeclarationSyntax constructor, SemanticModel model, WellKnownTypes types)
    {
        foreach (var parameter in constructor.ParameterList.Parameters)
        {
            if (parameter.Type is { } type && types.IsConfiguration(model.GetTypeInfo(type).Type))
            {
                return parameter.Identifier.ValueText;
            }
        }

        return null;
    }
}
