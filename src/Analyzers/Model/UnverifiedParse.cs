using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// A token parsed, without verification, from a delegate's raw token input: directly (<c>new JwtSecurityToken(token)</c>,
/// <c>handler.ReadJwtToken(token)</c>), through every value a local can hold, the application's helpers two calls deep, or a
/// captured parsing delegate. Each followed body must neither throw, nor verify, nor call out.
/// </summary>
internal static class UnverifiedParse
{
    private const int MaxHelperDepth = 2;

    /// <summary>Some return of <paramref name="body"/> hands back its parameter at <paramref name="index"/> parsed and unverified.</summary>
    public static bool IsReturnedBy(DelegateBody body, int index, IOperation site, WellKnownTypes types)
    {
        if (index >= body.Parameters.Length || !VerifiesNothing(body, types))
        {
            return false;
        }

        var inputs = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { body.Parameters[index].OriginalDefinition };
        foreach (var returned in body.ReturnedValues)
        {
            if (IsParse(returned, body, inputs, Scopes.Block(site), types, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParse(
        IOperation value, DelegateBody body, HashSet<ISymbol> inputs, IOperation block, WellKnownTypes types, int depth, HashSet<ISymbol> visiting)
    {
        var operation = Values.StripConversions(value);
        if (UnvalidatedTokenData.IsUnvalidatedRead(operation, types))
        {
            return RawInput(operation) is { } raw && IsInput(raw, inputs);
        }

        switch (operation)
        {
            case ILocalReferenceOperation local:
                // locals copied from each other (`a = b; b = a;`) add no value already judged
                return !visiting.Add(local.Local)
                    || AllValuesAre(LocalValues(local.Local, body.Operations), value => IsParse(value, body, inputs, block, types, depth, visiting));
            case IInvocationOperation call when depth < MaxHelperDepth:
                return IsParseByHelper(call, inputs, block, types, depth);
            default:
                return false;
        }
    }

    /// <summary>A call to the application's non-overridable method, or to a captured delegate local, that parses what it was passed.</summary>
    private static bool IsParseByHelper(IInvocationOperation call, HashSet<ISymbol> inputs, IOperation block, WellKnownTypes types, int depth)
    {
        var method = call.TargetMethod;
        var helperInputs = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && IsInput(argument.Value, inputs))
            {
                helperInputs.Add(parameter.OriginalDefinition);
            }
        }

        if (helperInputs.Count == 0)
        {
            return false;
        }

        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            // a delegate's body names its own parameters: map the invoked ones by position
            return call.Instance is { } instance && Values.StripConversions(instance) is ILocalReferenceOperation captured
                && AllValuesAre(LocalValues(captured.Local, block.DescendantsAndSelf()),
                    value => DelegateBody.From(value) is { } target && HelperParses(target, ByPosition(method, helperInputs, target), block, types, depth));
        }

        if (method.IsVirtual || method.IsAbstract || (method.IsOverride && !method.IsSealed) || method.IsExtern
            || method.ContainingType is null or { TypeKind: TypeKind.Interface })
        {
            return false;
        }

        return DelegateBody.FromMethod(method.OriginalDefinition, call.SemanticModel) is { } helper
            && HelperParses(helper, helperInputs, block, types, depth);
    }

    private static bool HelperParses(DelegateBody helper, HashSet<ISymbol> inputs, IOperation block, WellKnownTypes types, int depth)
    {
        if (!helper.HasReturns || !VerifiesNothing(helper, types))
        {
            return false;
        }

        foreach (var returned in helper.ReturnedValues)
        {
            if (!IsParse(returned, helper, inputs, block, types, depth + 1, new HashSet<ISymbol>(SymbolEqualityComparer.Default)))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<ISymbol> ByPosition(IMethodSymbol invoke, HashSet<ISymbol> invokeInputs, DelegateBody target)
    {
        var mapped = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var i = 0; i < invoke.Parameters.Length && i < target.Parameters.Length; i++)
        {
            if (invokeInputs.Contains(invoke.Parameters[i].OriginalDefinition))
            {
                mapped.Add(target.Parameters[i].OriginalDefinition);
            }
        }

        return mapped;
    }

    /// <summary>The body neither throws, nor calls anything named to validate or verify, nor calls out in a statement other than logging.</summary>
    private static bool VerifiesNothing(DelegateBody body, WellKnownTypes types)
    {
        foreach (var operation in body.Operations)
        {
            switch (operation)
            {
                case IThrowOperation:
                    return false;
                case IInvocationOperation invocation when Verifies(invocation.TargetMethod.Name):
                    return false;
                case IExpressionStatementOperation statement
                    when statement.Operation is IInvocationOperation call && !types.IsLoggingCall(call.TargetMethod, call.Instance):
                    return false;
            }
        }

        return true;
    }

    private static bool Verifies(string methodName)
        => methodName.IndexOf("Validat", StringComparison.Ordinal) >= 0 || methodName.IndexOf("Verif", StringComparison.Ordinal) >= 0;

    private static IOperation? RawInput(IOperation read) => read switch
    {
        IInvocationOperation { Arguments.Length: > 0 } invocation => invocation.Arguments[0].Value,
        IObjectCreationOperation { Arguments.Length: 1 } creation => creation.Arguments[0].Value,
        _ => null,
    };

    private static bool IsInput(IOperation value, HashSet<ISymbol> inputs)
        => Values.StripConversions(value) is IParameterReferenceOperation parameter && inputs.Contains(parameter.Parameter.OriginalDefinition);

    /// <summary>Every value written to the local: its initializer and each later assignment.</summary>
    private static List<IOperation> LocalValues(ILocalSymbol local, IEnumerable<IOperation> operations)
    {
        var values = new List<IOperation>();
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) && !IsPlaceholder(initial):
                    values.Add(initial);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    values.Add(assignment.Value);
                    break;
            }
        }

        return values;
    }

    /// <summary><c>SecurityToken jwt = null!;</c> before an assignment on every path holds nothing that is returned.</summary>
    private static bool IsPlaceholder(IOperation initial) => Values.IsConstantNull(initial);

    private static bool AllValuesAre(List<IOperation> values, Func<IOperation, bool> predicate)
    {
        if (values.Count == 0)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (!predicate(value))
            {
                return false;
            }
        }

        return true;
    }
}
