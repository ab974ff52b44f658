using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

internal static class Values
{
    public static bool IsConstant(IOperation value, bool expected)
        => value.ConstantValue.HasValue && value.ConstantValue.Value is bool b && b == expected;

    public static bool IsConstantNull(IOperation value)
        => value.ConstantValue.HasValue && value.ConstantValue.Value is null;

    /// <summary>A constant string that is empty or whitespace (<c>""</c>, <c>" "</c>, <c>string.Empty</c>).</summary>
    public static bool IsBlankString(IOperation value)
        => (value.ConstantValue.HasValue && value.ConstantValue.Value is string s && string.IsNullOrWhiteSpace(s))
            || StripConversions(value) is IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } };

    /// <summary>A collection that is empty by construction: <c>new string[0]</c>, <c>new string[] { }</c>, <c>Array.Empty&lt;string&gt;()</c>, <c>new List&lt;string&gt;()</c>, <c>[]</c>.</summary>
    public static bool IsEmptyCollection(IOperation value)
    {
        var operation = StripConversions(value);
        switch (operation)
        {
            case IArrayCreationOperation array:
                return array.Initializer is { ElementValues.Length: 0 }
                    || (array.Initializer is null && array.DimensionSizes.Length == 1 && IsConstantZero(array.DimensionSizes[0]));
            case IInvocationOperation { TargetMethod: { Name: "Empty", IsGenericMethod: true, ContainingType.SpecialType: SpecialType.System_Array } }:
                return true;
            case IObjectCreationOperation creation:
                return creation.Arguments.Length == 0
                    && (creation.Initializer is null || creation.Initializer.Initializers.Length == 0)
                    && creation.Type is INamedTypeSymbol { IsGenericType: true };
            default:
                return operation.Syntax is CollectionExpressionSyntax { Elements.Count: 0 };
        }
    }

    /// <summary>An initializer's operation: <c>config["Jwt:Key"]!</c> and <c>(x)</c> have none of their own, their operand does.</summary>
    public static IOperation? OperationOf(SemanticModel model, ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                default:
                    return model.GetOperation(expression);
            }
        }
    }

    /// <summary>The semantic model for a declaration the code at <paramref name="useModel"/> refers to, which may sit in another file.</summary>
    public static SemanticModel ModelFor(SemanticModel useModel, SyntaxNode declaration)
        => declaration.SyntaxTree == useModel.SyntaxTree
            ? useModel
#pragma warning disable RS1030 // a method, field or guard the code uses may be declared in another file of the same compilation
            : useModel.Compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030

    public static IOperation StripConversions(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    private static bool IsConstantZero(IOperation operation)
        => operation.ConstantValue.HasValue && operation.ConstantValue.Value is int i && i == 0;
}
