using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Code judged in the production world: <c>IsDevelopment()</c> is false there, <c>IsProduction()</c> true,
/// <c>IsStaging()</c> false, <c>IsEnvironment("Production")</c> true and any other name false. What production runs
/// is what counts: a weakening confined to development is a convenience, one that production reaches is a finding,
/// and a condition production cannot decide (configuration, a flag) exempts nothing.
/// </summary>
internal static class EnvironmentGuards
{
    /// <summary>True when the production world never runs the operation: a branch, an operand or the rest of a block its guards rule out.</summary>
    public static bool ProductionSkips(IOperation operation, WellKnownTypes types)
    {
        var child = operation;
        for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, child):
                    var taken = ProductionCondition.Decide(conditional.Condition, types);
                    if ((taken == false && ReferenceEquals(conditional.WhenTrue, child))
                        || (taken == true && ReferenceEquals(conditional.WhenFalse, child)))
                    {
                        return true;
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical
                    when ReferenceEquals(logical.RightOperand, child):
                    // the right operand of `a && b` runs only when `a` is true, of `a || b` only when `a` is false
                    var left = ProductionCondition.Decide(logical.LeftOperand, types);
                    if (left == (logical.OperatorKind == BinaryOperatorKind.ConditionalOr))
                    {
                        return true;
                    }

                    break;
                case IBlockOperation block when ExitsBefore(block, child, types):
                    return true;
                case ILocalFunctionOperation:
                    // a local function runs wherever it is called, not where it is declared
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The value the production world takes: the arm of a conditional (<c>env.IsDevelopment() ? a : b</c>) its condition
    /// picks there, followed through nested conditionals; the value itself otherwise.
    /// </summary>
    public static IOperation ProductionValue(IOperation value, WellKnownTypes types)
    {
        var current = value;
        for (var depth = 0; depth < 8; depth++)
        {
            if (Values.StripConversions(current) is not IConditionalOperation { WhenFalse: { } whenFalse } conditional)
            {
                return current;
            }

            switch (ProductionCondition.Decide(conditional.Condition, types))
            {
                case true:
                    current = conditional.WhenTrue;
                    break;
                case false:
                    current = whenFalse;
                    break;
                default:
                    return current;
            }
        }

        return current;
    }

    /// <summary>
    /// A statement before <paramref name="child"/> in the block leaves it in the production world:
    /// <c>if (!env.IsDevelopment()) return;</c> (or <c>throw</c>, <c>break</c>, <c>continue</c>) whose condition holds there.
    /// </summary>
    private static bool ExitsBefore(IBlockOperation block, IOperation child, WellKnownTypes types)
    {
        foreach (var statement in block.Operations)
        {
            if (ReferenceEquals(statement, child))
            {
                return false;
            }

            if (statement is IConditionalOperation conditional)
            {
                var taken = ProductionCondition.Decide(conditional.Condition, types);
                if ((taken == true && AlwaysExits(conditional.WhenTrue)) || (taken == false && conditional.WhenFalse is { } whenFalse && AlwaysExits(whenFalse)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AlwaysExits(IOperation statement)
    {
        while (statement is IBlockOperation block)
        {
            if (block.Operations.Length == 0)
            {
                return false;
            }

            statement = block.Operations[block.Operations.Length - 1];
        }

        return statement is IReturnOperation { Kind: not OperationKind.YieldReturn } or IBranchOperation
            || statement is IExpressionStatementOperation { Operation: IThrowOperation }
            || statement is IThrowOperation;
    }
}
