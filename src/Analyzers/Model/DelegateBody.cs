using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// The body of a delegate assigned to a validation property — a lambda, an anonymous method (with or without a
/// parameter list), a local function or a method group (also a method in another file of the compilation) —
/// and the facts rules ask of it. Nested lambdas and local functions inside the body are not part of it.
/// </summary>
internal sealed partial class DelegateBody
{
    private readonly List<IOperation> _returnedValues = new();
    private readonly List<IOperation> _operations = new();
    private WellKnownTypes? _production;

    private DelegateBody(IOperation body, ImmutableArray<IParameterSymbol> parameters)
    {
        Body = body;
        Parameters = parameters;
        Collect(body);
    }

    public IOperation Body { get; }

    public ImmutableArray<IParameterSymbol> Parameters { get; }

    /// <summary>Every value a <c>return</c> (or an expression body) hands back.</summary>
    public IReadOnlyList<IOperation> ReturnedValues => _returnedValues;

    /// <summary>Every operation of the body, outside nested functions.</summary>
    public IReadOnlyList<IOperation> Operations => _operations;

    /// <summary>Reads the delegate a value denotes, or returns null when its body is not in this compilation's source.</summary>
    public static DelegateBody? From(IOperation value)
    {
        var operation = Values.StripConversions(value);
        if (operation is IDelegateCreationOperation creation)
        {
            operation = Values.StripConversions(creation.Target);
        }

        switch (operation)
        {
            case IAnonymousFunctionOperation lambda:
                return new DelegateBody(lambda.Body, lambda.Symbol.Parameters);
            case IMethodReferenceOperation reference:
                return FromMethod(reference.Method, value.SemanticModel);
            default:
                return null;
        }
    }

    public bool HasReturns => _returnedValues.Count > 0;

    /// <summary>
    /// Keeps what the production world runs: a return, a throw or a parameter read under <c>if (env.IsDevelopment())</c>,
    /// or after <c>if (env.IsProduction()) return keys;</c>, is not part of the delegate production calls.
    /// </summary>
    public DelegateBody InProduction(WellKnownTypes types)
    {
        _production = types;
        _returnedValues.RemoveAll(returned => EnvironmentGuards.ProductionSkips(returned, types));
        _operations.RemoveAll(operation => EnvironmentGuards.ProductionSkips(operation, types));
        return this;
    }

    /// <summary>Every return hands back the constant <paramref name="expected"/>.</summary>
    public bool AlwaysReturnsConstant(bool expected)
    {
        if (!HasReturns)
        {
            return false;
        }

        foreach (var returned in _returnedValues)
        {
            if (!Values.IsConstant(returned, expected))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The body may reject a token by throwing: it contains a <c>throw</c>, or calls something other than
    /// logging whose result it does not return (a statement or a local's initializer).
    /// </summary>
    public bool MayRejectByThrowing(WellKnownTypes types)
    {
        foreach (var operation in _operations)
        {
            switch (operation)
            {
                case IThrowOperation:
                    return true;
                case IExpressionStatementOperation statement when CallsSomethingOtherThanLogging(statement.Operation, types):
                    return true;
                case IVariableDeclaratorOperation { Initializer.Value: { } initial } when CallsSomethingOtherThanLogging(initial, types):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The body reads the parameter anywhere (outside nested functions too: a filter lambda on <c>kid</c> counts).</summary>
    public bool References(IParameterSymbol parameter)
    {
        foreach (var operation in Body.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
                && (_production is null || !EnvironmentGuards.ProductionSkips(reference, _production)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CallsSomethingOtherThanLogging(IOperation operation, WellKnownTypes types)
    {
        foreach (var inner in operation.DescendantsAndSelf())
        {
            switch (inner)
            {
                case IInvocationOperation invocation when !types.IsLoggingCall(invocation.TargetMethod, invocation.Instance):
                    if (!IsLoggingArgument(invocation, types))
                    {
                        return true;
                    }

                    break;
                case IObjectCreationOperation:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A call nested in a logging call's arguments (<c>logger.LogInformation("…", string.Join(…))</c>) is part of the log line.</summary>
    private static bool IsLoggingArgument(IOperation operation, WellKnownTypes types)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IInvocationOperation call && types.IsLoggingCall(call.TargetMethod, call.Instance))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The body of a method the application declares (a method group, or a helper a delegate calls), or null.</summary>
    public static DelegateBody? FromMethod(IMethodSymbol method, SemanticModel? useModel)
    {
        method = method.ReducedFrom ?? method;
        if (useModel is null || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        var model = Values.ModelFor(useModel, syntax);
        IOperation? body = model.GetOperation(syntax) switch
        {
            IMethodBodyOperation methodBody => (IOperation?)methodBody.BlockBody ?? methodBody.ExpressionBody,
            ILocalFunctionOperation localFunction => localFunction.Body,
            _ => null,
        };
        if (body is null && syntax is LocalFunctionStatementSyntax)
        {
            return null;
        }

        return body is null ? null : new DelegateBody(body, method.Parameters);
    }

    private void Collect(IOperation body)
    {
        var pending = new Stack<IOperation>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            _operations.Add(operation);
            if (operation is IReturnOperation { ReturnedValue: { } returned } && operation.Kind == OperationKind.Return)
            {
                _returnedValues.Add(returned);
            }

            foreach (var child in operation.ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    continue;
                }

                pending.Push(child);
            }
        }
    }
}
