using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>Where guards come from: environment names, the environment object, and the locals, fields and properties that hold a test.</summary>
internal static partial class ProductionCondition
{
    private enum NameSource
    {
        None,

        /// <summary><c>env.EnvironmentName</c>: <c>Production</c> in production.</summary>
        EnvironmentName,

        /// <summary><c>ASPNETCORE_ENVIRONMENT</c>/<c>DOTNET_ENVIRONMENT</c>: <c>Production</c> or unset in production.</summary>
        Variable,
    }

    /// <summary>A constant name (<c>"Development"</c>) or one of the hosting <c>Environments</c> fields, which are not <c>const</c>.</summary>
    private static string? ConstantName(IOperation operation, WellKnownTypes types)
    {
        operation = Values.StripConversions(operation);
        if (operation.ConstantValue is { HasValue: true, Value: string name })
        {
            return name;
        }

        return operation is IFieldReferenceOperation { Field: { IsStatic: true, ContainingType: { } containing } field }
            && types.EnvironmentNameTypes.Contains(containing)
            && field.Name is "Development" or "Staging" or "Production"
                ? field.Name
                : null;
    }

    private static NameSource EnvironmentNameSource(IOperation operation, WellKnownTypes types)
    {
        switch (Values.StripConversions(operation))
        {
            case IPropertyReferenceOperation { Property: { Name: "EnvironmentName", ContainingType: { } declaring } }
                when types.EnvironmentTypes.Contains(declaring):
                return NameSource.EnvironmentName;
            case IInvocationOperation { TargetMethod: { Name: "GetEnvironmentVariable", ContainingType: { } declaring }, Arguments: { Length: > 0 } arguments }
                when SymbolEqualityComparer.Default.Equals(declaring, types.SystemEnvironment)
                    && arguments[0].Value.ConstantValue.Value is "ASPNETCORE_ENVIRONMENT" or "DOTNET_ENVIRONMENT":
                return NameSource.Variable;
            default:
                return NameSource.None;
        }
    }

    private static bool IsEnvironmentObject(IOperation operation, WellKnownTypes types)
        => Values.StripConversions(operation).Type is INamedTypeSymbol type
            && (types.EnvironmentTypes.Contains(type) || type.AllInterfaces.Any(types.EnvironmentTypes.Contains));

    /// <summary>
    /// The one value a field or property of the application holds, when the code says: a field's initializer or its
    /// constructor assignments when they agree; an expression-bodied property. Null when more than one value, or none, can
    /// reach the read. (Locals go through <see cref="LocalValues"/>.)
    /// </summary>
    private static IOperation? SourceValue(IOperation reference)
    {
        ISymbol? symbol = reference switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (symbol is null || reference.SemanticModel is not { } useModel || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax();
        var model = Values.ModelFor(useModel, declaration);
        switch (declaration)
        {
            case VariableDeclaratorSyntax field when symbol is IFieldSymbol { IsReadOnly: true } or { DeclaredAccessibility: Accessibility.Private }:
                return FieldValue(field, symbol.Name, model);
            case PropertyDeclarationSyntax { ExpressionBody.Expression: { } body }:
                return Values.OperationOf(model, body);
            default:
                return null;
        }
    }

    /// <summary>The field's initializer, or the one value every constructor assigns it; null when they differ or it is written elsewhere.</summary>
    private static IOperation? FieldValue(VariableDeclaratorSyntax field, string name, SemanticModel model)
    {
        if (field.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return null;
        }

        ExpressionSyntax? value = field.Initializer?.Value;
        foreach (var assignment in type.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (WrittenName(assignment.Left) != name)
            {
                continue;
            }

            // a field written outside a constructor, or given two values, is no longer one guard
            if (assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>() is null || value is not null && !value.IsEquivalentTo(assignment.Right))
            {
                return null;
            }

            value = assignment.Right;
        }

        return value is null ? null : Values.OperationOf(model, value);
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
