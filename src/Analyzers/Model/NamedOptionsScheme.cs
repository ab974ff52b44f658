using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// The one options name an <c>IConfigureNamedOptions&lt;T&gt;</c>/<c>IPostConfigureOptions&lt;T&gt;</c> class configures when
/// its named method starts by leaving every other name alone: <c>if (name != Scheme) return;</c>, or a body that is
/// only <c>if (name == Scheme) { … }</c>. Null when it may configure any name.
/// </summary>
internal static class NamedOptionsScheme
{
    public static string? Of(INamedTypeSymbol type, ITypeSymbol options, Compilation compilation)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol { Name: "Configure" or "PostConfigure", Parameters.Length: 2 } method
                && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && SymbolEqualityComparer.Default.Equals(method.Parameters[1].Type, options))
            {
                return OfBody(method, compilation);
            }
        }

        return null;
    }

    private static string? OfBody(IMethodSymbol method, Compilation compilation)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
#pragma warning disable RS1030 // the named method is declared in the options class, often in another file than the code being analysed
        var body = compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax) as IMethodBodyOperation;
#pragma warning restore RS1030
        if (body?.BlockBody is not { Operations.Length: > 0 } block || block.Operations[0] is not IConditionalOperation { WhenFalse: null } test)
        {
            return null;
        }

        var name = method.Parameters[0];
        if (IsReturn(test.WhenTrue) && Compared(test.Condition, name, BinaryOperatorKind.NotEquals) is { } leftAlone)
        {
            return leftAlone;
        }

        return block.Operations.Length == 1 ? Compared(test.Condition, name, BinaryOperatorKind.Equals) : null;
    }

    private static bool IsReturn(IOperation operation)
        => operation is IReturnOperation { ReturnedValue: null }
            || (operation is IBlockOperation { Operations.Length: 1 } block && block.Operations[0] is IReturnOperation { ReturnedValue: null });

    /// <summary>The constant string the name parameter is compared with by <paramref name="kind"/>.</summary>
    private static string? Compared(IOperation condition, IParameterSymbol name, BinaryOperatorKind kind)
    {
        if (condition is not IBinaryOperation binary || binary.OperatorKind != kind)
        {
            return null;
        }

        var left = Values.StripConversions(binary.LeftOperand);
        var right = Values.StripConversions(binary.RightOperand);
        var other = IsParameter(left, name) ? right : IsParameter(right, name) ? left : null;
        return other?.ConstantValue is { HasValue: true, Value: string scheme } ? scheme : null;
    }

    private static bool IsParameter(IOperation operation, IParameterSymbol name)
        => operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, name);
}
