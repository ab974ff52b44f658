using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// Whether a statement runs only for the requests that need a token in the URL: an enclosing <c>if</c>, or an earlier
/// <c>if (…) return</c>, tests the path, a WebSocket upgrade or an <c>Accept: text/event-stream</c> header, also through
/// locals and the application's own methods. Any such test in the condition counts, whatever its polarity: a reviewer who
/// reads a path test there does not call the handler unrestricted.
/// </summary>
internal static class RequestRestriction
{
    private const string EventStream = "text/event-stream";
    private const int MaxDepth = 4;

    public static bool Guards(IOperation statement, RequestSymbols request)
    {
        for (var current = statement; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation:
                    return false;
                case IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, current)
                    && Tests(conditional.Condition, request):
                    return true;
                case IBlockOperation block when EarlierExitTests(block, current, request):
                    return true;
            }
        }

        return false;
    }

    public static bool Tests(IOperation condition, RequestSymbols request) => Tests(condition, request, 0);

    private static bool Tests(IOperation condition, RequestSymbols request, int depth)
    {
        foreach (var operation in condition.DescendantsAndSelf())
        {
            if (IsRestrictionTest(operation, request, depth))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRestrictionTest(IOperation operation, RequestSymbols request, int depth)
    {
        if (request.PathString is { } pathString && SymbolEqualityComparer.Default.Equals(operation.Type, pathString))
        {
            return true;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation property:
                return SymbolEqualityComparer.Default.Equals(property.Property, request.IsWebSocketRequest)
                    || SymbolEqualityComparer.Default.Equals(property.Property, request.Accept);
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                return text.IndexOf(EventStream, StringComparison.OrdinalIgnoreCase) >= 0;
            case ILocalReferenceOperation local when depth < MaxDepth:
                return LocalHoldsTest(local, request, depth + 1);
            case IInvocationOperation invocation when depth < MaxDepth:
                return HelperTests(invocation, request, depth + 1);
            default:
                return false;
        }
    }

    /// <summary><c>var path = context.Request.Path.Value;</c> then <c>path.StartsWith(…)</c>: the local holds the subject.</summary>
    private static bool LocalHoldsTest(ILocalReferenceOperation local, RequestSymbols request, int depth)
    {
        if (LocalValues.Reaching(local) is not { } values)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (Tests(value, request, depth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>if (IsHubRequest(context.HttpContext))</c>: an application method that tests the request.</summary>
    private static bool HelperTests(IInvocationOperation invocation, RequestSymbols request, int depth)
    {
        if (DelegateBody.FromMethod(invocation.TargetMethod, invocation.SemanticModel) is not { } helper)
        {
            return false;
        }

        foreach (var operation in helper.Operations)
        {
            if (IsRestrictionTest(operation, request, depth))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An <c>if (…) return …;</c> (or <c>throw</c>) before the statement in the same block.</summary>
    private static bool EarlierExitTests(IBlockOperation block, IOperation statement, RequestSymbols request)
    {
        foreach (var earlier in block.Operations)
        {
            if (ReferenceEquals(earlier, statement))
            {
                return false;
            }

            if (earlier is IConditionalOperation { WhenFalse: null } conditional && Exits(conditional.WhenTrue)
                && Tests(conditional.Condition, request))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Exits(IOperation operation) => operation switch
    {
        IReturnOperation or IThrowOperation => true,
        IExpressionStatementOperation { Operation: IThrowOperation } => true,
        IBlockOperation { Operations: { Length: > 0 } operations } => Exits(operations[operations.Length - 1]),
        _ => false,
    };
}
