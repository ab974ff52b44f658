using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// Whether a value is read from the request's query string: the <c>IQueryCollection</c> indexer, <c>TryGetValue</c>'s out
/// value, and what <c>ToString()</c>, <c>FirstOrDefault()</c>, <c>??</c> or a local pass on unchanged.
/// </summary>
internal static class QueryTokenSource
{
    private const int MaxLocalDepth = 4;
    private const int MaxHelperCalls = 2;

    public static bool IsFromQuery(IOperation? value, RequestSymbols request) => IsFromQuery(value, request, 0, 0);

    private static bool IsFromQuery(IOperation? value, RequestSymbols request, int depth, int calls)
    {
        if (value is null || depth > MaxLocalDepth)
        {
            return false;
        }

        switch (Values.StripConversions(value))
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return request.IsQuery(indexer.Instance);
            case IInvocationOperation invocation:
                return PassesOn(invocation) is { } source
                    ? IsFromQuery(source, request, depth, calls)
                    : calls < MaxHelperCalls && HelperReturnsQuery(invocation, request, depth, calls + 1);
            case ICoalesceOperation coalesce:
                return IsFromQuery(coalesce.Value, request, depth, calls) || IsFromQuery(coalesce.WhenNull, request, depth, calls);
            case IConditionalAccessOperation access:
                return IsFromQuery(access.Operation, request, depth, calls);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return !RequestRestriction.Tests(conditional.Condition, request)
                    && (IsFromQuery(conditional.WhenTrue, request, depth, calls) || IsFromQuery(whenFalse, request, depth, calls));
            case ILocalReferenceOperation local:
                return IsLocalFromQuery(local, request, depth + 1, calls);
            default:
                return false;
        }
    }

    /// <summary>The receiver of a call that returns (part of) it unchanged: <c>ToString()</c>, <c>Trim()</c>, <c>First…</c>.</summary>
    private static IOperation? PassesOn(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "ToString" or "Trim" when invocation.Arguments.Length == 0:
                return invocation.Instance;
            case "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault" or "ElementAt"
                when method.IsExtensionMethod && invocation.Arguments.Length > 0:
                return invocation.Arguments[0].Value;
            default:
                return null;
        }
    }

    private static bool IsLocalFromQuery(ILocalReferenceOperation use, RequestSymbols request, int depth, int calls)
    {
        if (IsQueryOutArgument(use, request))
        {
            return true;
        }

        if (LocalValues.Reaching(use) is not { } values)
        {
            return false;
        }

        foreach (var value in values)
        {
            if (IsFromQuery(value, request, depth, calls))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An application method that returns a query value on a path no test of the request restricts.</summary>
    private static bool HelperReturnsQuery(IInvocationOperation invocation, RequestSymbols request, int depth, int calls)
    {
        if (DelegateBody.FromMethod(invocation.TargetMethod, invocation.SemanticModel) is not { } helper)
        {
            return false;
        }

        foreach (var returned in helper.ReturnedValues)
        {
            if (IsFromQuery(returned, request, depth, calls) && returned.Parent is { } exit && !RequestRestriction.Guards(exit, request))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Query.TryGetValue("access_token", out var token)</c> in the same function writes the local.</summary>
    private static bool IsQueryOutArgument(ILocalReferenceOperation use, RequestSymbols request)
    {
        foreach (var operation in Scopes.Function(use).Descendants())
        {
            if (operation is IArgumentOperation { Parameter.RefKind: RefKind.Out, Parent: IInvocationOperation invocation } argument
                && WrittenLocal(argument.Value) is { } local
                && SymbolEqualityComparer.Default.Equals(local.Local, use.Local)
                && invocation.TargetMethod.Name == "TryGetValue"
                && request.IsQuery(invocation.Instance))
            {
                return true;
            }
        }

        return false;
    }

    private static ILocalReferenceOperation? WrittenLocal(IOperation argument) => Values.StripConversions(argument) switch
    {
        ILocalReferenceOperation local => local,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => local,
        _ => null,
    };
}
