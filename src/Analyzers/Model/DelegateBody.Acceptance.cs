using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Whether a validator accepts every token: each return is accepting, through conditionals and <c>switch</c> expressions
/// whose arms all accept, and through the application's own helpers (two calls deep) that accept and cannot reject.
/// </summary>
internal sealed partial class DelegateBody
{
    private const int MaxHelperDepth = 2;

    /// <summary>Every return hands back <c>true</c>, directly or through all arms of a conditional or an accepting helper.</summary>
    public bool AlwaysReturnsTrue(WellKnownTypes types) => AllReturnsAccept(new Judge(types, null, null), 0);

    /// <summary>
    /// Every return hands back the parameter at <paramref name="index"/> unchanged, a constant, or the token's own
    /// claim (<paramref name="sameValue"/>, e.g. <c>securityToken.Issuer</c> for an issuer validator).
    /// </summary>
    public bool AlwaysReturnsParameterOrConstant(int index, IPropertySymbol? sameValue, WellKnownTypes types)
    {
        if (index >= Parameters.Length)
        {
            return false;
        }

        var inputs = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default) { Parameters[index].OriginalDefinition };
        return AllReturnsAccept(new Judge(types, inputs, sameValue), 0);
    }

    private bool AllReturnsAccept(Judge judge, int depth)
    {
        if (!HasReturns)
        {
            return false;
        }

        foreach (var returned in _returnedValues)
        {
            if (!Accepts(returned, judge, depth))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Accepts(IOperation value, Judge judge, int depth)
    {
        var operation = Values.StripConversions(value);
        if (operation is IConditionalOperation { WhenFalse: { } otherwise } chosen && ProductionCondition.Decide(chosen.Condition, judge.Types) is { } taken)
        {
            // `env.IsProduction() ? true : Check(a)`: production takes one arm
            return Accepts(taken ? chosen.WhenTrue : otherwise, judge, depth);
        }

        if (judge.Inputs is null && ProductionCondition.Decide(operation, judge.Types) == true)
        {
            // `env.IsProduction() || Check(a)` is true in production
            return true;
        }

        switch (operation)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return !CallsSomethingOtherThanLogging(conditional.Condition, judge.Types)
                    && Accepts(conditional.WhenTrue, judge, depth) && Accepts(whenFalse, judge, depth);
            case ISwitchExpressionOperation switchExpression:
                if (switchExpression.Arms.IsEmpty || CallsSomethingOtherThanLogging(switchExpression.Value, judge.Types))
                {
                    return false;
                }

                foreach (var arm in switchExpression.Arms)
                {
                    if ((arm.Guard is { } guard && CallsSomethingOtherThanLogging(guard, judge.Types)) || !Accepts(arm.Value, judge, depth))
                    {
                        return false;
                    }
                }

                return true;
            case IInvocationOperation call when !operation.ConstantValue.HasValue:
                return depth < MaxHelperDepth && HelperAccepts(call, judge, depth);
            default:
                return judge.IsAcceptingLeaf(operation);
        }
    }

    /// <summary>
    /// A call to a method of the application that cannot be overridden, given arguments that call nothing, whose body
    /// accepts (its inputs being the parameters handed the caller's inputs) and cannot reject by throwing.
    /// </summary>
    private static bool HelperAccepts(IInvocationOperation call, Judge judge, int depth)
    {
        var method = call.TargetMethod;
        if (method.IsVirtual || method.IsAbstract || (method.IsOverride && !method.IsSealed) || method.IsExtern
            || method.ContainingType is null or { TypeKind: TypeKind.Interface }
            || (call.Instance is { } instance && CallsSomethingOtherThanLogging(instance, judge.Types)))
        {
            return false;
        }

        HashSet<IParameterSymbol>? inputs = judge.Inputs is null ? null : new(SymbolEqualityComparer.Default);
        foreach (var argument in call.Arguments)
        {
            if (CallsSomethingOtherThanLogging(argument.Value, judge.Types))
            {
                return false;
            }

            if (inputs is not null && argument.Parameter is { } parameter && judge.IsAcceptingLeaf(Values.StripConversions(argument.Value)))
            {
                inputs.Add(parameter.OriginalDefinition);
            }
        }

        return FromMethod(method.OriginalDefinition, call.SemanticModel) is { } helper
            && !helper.MayRejectByThrowing(judge.Types)
            && helper.AllReturnsAccept(new Judge(judge.Types, inputs, judge.SameValue), depth + 1);
    }

    private static bool IsOrOverrides(IPropertySymbol property, IPropertySymbol? target)
    {
        for (IPropertySymbol? current = property; current is not null; current = current.OverriddenProperty)
        {
            if (SymbolEqualityComparer.Default.Equals(current, target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a returned value must be: <c>true</c> when <see cref="Inputs"/> is null, else an input or a constant.</summary>
    private readonly struct Judge
    {
        public Judge(WellKnownTypes types, HashSet<IParameterSymbol>? inputs, IPropertySymbol? sameValue)
        {
            Types = types;
            Inputs = inputs;
            SameValue = sameValue;
        }

        public WellKnownTypes Types { get; }

        public HashSet<IParameterSymbol>? Inputs { get; }

        public IPropertySymbol? SameValue { get; }

        public bool IsAcceptingLeaf(IOperation operation)
        {
            if (Inputs is null)
            {
                return Values.IsConstant(operation, expected: true);
            }

            return operation.ConstantValue.HasValue || operation switch
            {
                IParameterReferenceOperation parameter => Inputs.Contains(parameter.Parameter.OriginalDefinition),
                IPropertyReferenceOperation { Instance: { } instance } property
                    => Values.StripConversions(instance) is IParameterReferenceOperation && IsOrOverrides(property.Property, SameValue),
                _ => false,
            };
        }
    }
}
