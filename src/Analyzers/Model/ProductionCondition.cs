using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Decides a condition in the production world (see <see cref="EnvironmentGuards"/>): true or false when the host
/// environment and constants settle it there, null when it depends on anything else (configuration, a flag, a parameter).
/// </summary>
internal static partial class ProductionCondition
{
    private const string Production = "Production";

    // locals read through locals and fields: a guard is rarely more than two names away from its test
    private const int MaxDepth = 4;

    public static bool? Decide(IOperation condition, WellKnownTypes types) => Decide(condition, types, 0);

    private static bool? Decide(IOperation condition, WellKnownTypes types, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var operation = Values.StripConversions(condition);
        if (operation.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return constant;
        }

        return operation switch
        {
            IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not => !Decide(not.Operand, types, depth),
            IBinaryOperation binary => DecideBinary(binary, types, depth),
            IInvocationOperation invocation => DecideCall(invocation, types, depth),
            IIsPatternOperation pattern => DecidePattern(pattern, types, depth),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => Decide(conditional.Condition, types, depth) switch
            {
                true => Decide(conditional.WhenTrue, types, depth),
                false => Decide(whenFalse, types, depth),

                // `flag ? true : true`: production gets the same either way
                _ => Decide(conditional.WhenTrue, types, depth) is { } whenTrue && Decide(whenFalse, types, depth) == whenTrue ? whenTrue : null,
            },
            ILocalReferenceOperation local => DecideAll(LocalValues.Reaching(local), types, depth + 1),
            IFieldReferenceOperation or IPropertyReferenceOperation
                => SourceValue(operation) is { } value ? Decide(value, types, depth + 1) : null,
            _ => null,
        };
    }

    /// <summary>Every value that can reach a read decides the same way in production (<c>var isDevelopment = env.IsDevelopment();</c>).</summary>
    private static bool? DecideAll(IReadOnlyList<IOperation>? values, WellKnownTypes types, int depth)
    {
        if (values is not { Count: > 0 })
        {
            return null;
        }

        var decided = Decide(values[0], types, depth);
        for (var i = 1; i < values.Count && decided is not null; i++)
        {
            if (Decide(values[i], types, depth) != decided)
            {
                return null;
            }
        }

        return decided;
    }

    private static bool? DecideBinary(IBinaryOperation binary, WellKnownTypes types, int depth)
    {
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And:
                return And(Decide(binary.LeftOperand, types, depth), Decide(binary.RightOperand, types, depth));
            case BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or:
                return !And(!Decide(binary.LeftOperand, types, depth), !Decide(binary.RightOperand, types, depth));
            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                var equal = Compare(binary.LeftOperand, binary.RightOperand, types, depth);
                return binary.OperatorKind == BinaryOperatorKind.Equals ? equal : !equal;
            default:
                return null;
        }
    }

    /// <summary>Three-valued <c>&amp;&amp;</c>: false when either side is, true when both are, unknown otherwise.</summary>
    private static bool? And(bool? left, bool? right) => left == false || right == false ? false : left == true && right == true ? true : null;

    /// <summary>Whether two operands are equal in production: booleans, an environment name against a name, the environment against null.</summary>
    private static bool? Compare(IOperation left, IOperation right, WellKnownTypes types, int depth)
    {
        if (IsEnvironmentObject(left, types) && Values.IsConstantNull(right) || IsEnvironmentObject(right, types) && Values.IsConstantNull(left))
        {
            // the host always provides its environment
            return false;
        }

        if (ConstantName(right, types) is { } rightName)
        {
            return CompareName(left, rightName, types);
        }

        if (ConstantName(left, types) is { } leftName)
        {
            return CompareName(right, leftName, types);
        }

        var first = Decide(left, types, depth);
        var second = Decide(right, types, depth);
        return first is { } a && second is { } b ? a == b : null;
    }

    /// <summary>
    /// An environment name equals <paramref name="name"/> in production. <c>EnvironmentName</c> is <c>Production</c> there;
    /// the <c>ASPNETCORE_ENVIRONMENT</c>/<c>DOTNET_ENVIRONMENT</c> variables are <c>Production</c> or unset.
    /// </summary>
    private static bool? CompareName(IOperation operand, string name, WellKnownTypes types)
    {
        var isProduction = string.Equals(name, Production, StringComparison.OrdinalIgnoreCase);
        return EnvironmentNameSource(operand, types) switch
        {
            NameSource.EnvironmentName => isProduction,
            NameSource.Variable => isProduction ? null : false,
            _ => null,
        };
    }

    private static bool? DecideCall(IInvocationOperation invocation, WellKnownTypes types, int depth)
    {
        var method = invocation.TargetMethod;
        if ((method.ContainingType is { } containing && types.EnvironmentExtensionTypes.Contains(containing))
            || (method.IsExtensionMethod && method.Parameters.Length > 0 && method.Parameters[0].Type is INamedTypeSymbol receiver
                && types.EnvironmentTypes.Contains(receiver)))
        {
            switch (method.Name)
            {
                case "IsDevelopment" or "IsStaging":
                    return false;
                case "IsProduction":
                    return true;
                case "IsEnvironment":
                    // IsEnvironment compares ignoring case
                    return invocation.Arguments.Length > 0 && ConstantName(invocation.Arguments[invocation.Arguments.Length - 1].Value, types) is { } name
                        ? string.Equals(name, Production, StringComparison.OrdinalIgnoreCase)
                        : null;
                default:
                    return null;
            }
        }

        if (method.Name == "Equals" && method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            // string.Equals(a, b[, comparison]) or a.Equals(b[, comparison])
            var operands = invocation.Instance is { } instance
                ? (instance, invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)
                : (invocation.Arguments.Length > 1 ? invocation.Arguments[0].Value : null, invocation.Arguments.Length > 1 ? invocation.Arguments[1].Value : null);
            return operands is ({ } left, { } right) ? Compare(left, right, types, depth) : null;
        }

        return null;
    }

    private static bool? DecidePattern(IIsPatternOperation pattern, WellKnownTypes types, int depth)
    {
        var negated = pattern.Pattern is INegatedPatternOperation;
        var inner = pattern.Pattern is INegatedPatternOperation { Pattern: { } negatedPattern } ? negatedPattern : pattern.Pattern;
        if (inner is not IConstantPatternOperation { Value: { } constant })
        {
            return null;
        }

        var matches = Compare(pattern.Value, constant, types, depth);
        return negated ? !matches : matches;
    }
}
