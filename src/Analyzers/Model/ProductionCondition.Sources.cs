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
    /// The one value a local, field or property of the application holds, when the code says: a local's initializer
    /// when nothing else writes it; a field's initializer or its constructor assignments when they agree; an
    /// expression-bodied property. Null when more than one value, or none, can reach the read.
    /// </summary>
    private static IOperation? SourceValue(IOperation reference)
    {
        var (symbol, written) = reference switch
        {
            ILocalReferenceOperation local => ((ISymbol)local.Local, true),
            IFieldReferenceOperation field => (field.Field, !field.Field.IsReadOnly),
            IPropertyReferenceOperation property => (property.Property, false),
            _ => (null!, false),
        };
        if (symbol is null || reference.SemanticModel is not { } useModel || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax();
        var model = declaration.SyntaxTree == useModel.SyntaxTree
            ? useModel
#pragma warning disable RS1030 // a guard field may be declared in another file of the same compilation
            : useModel.Compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        switch (declaration)
        {
            case VariableDeclaratorSyntax { Initializer.Value: { } initializer } when symbol is ILocalSymbol:
                var scope = declaration.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or CompilationUnitSyntax or SwitchSectionSyntax);
                return scope is not null && !IsWrittenIn(scope, symbol.Name, exceptIn: declaration) ? Values.OperationOf(model, initializer) : null;
            case VariableDeclaratorSyntax field when symbol is IFieldSymbol && (!written || symbol.DeclaredAccessibility == Accessibility.Private):
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

    private static bool IsWrittenIn(SyntaxNode scope, string name, SyntaxNode exceptIn)
    {
        foreach (var node in scope.DescendantNodes())
        {
            var written = node switch
            {
                AssignmentExpressionSyntax assignment => WrittenName(assignment.Left),
                ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => WrittenName(argument.Expression),
                _ => null,
            };
            if (written == name && !exceptIn.Contains(node))
            {
                return true;
            }
        }

        return false;
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
