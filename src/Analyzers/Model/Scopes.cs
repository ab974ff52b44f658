using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

internal static class Scopes
{
    /// <summary>The root of the operation block: the member body (with its lambdas), or a field initializer.</summary>
    public static IOperation Block(IOperation operation)
    {
        var root = operation;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root;
    }

    /// <summary>
    /// The body of the nearest function around the operation — a lambda, an anonymous method, a local function,
    /// else the member: "in the method" for rules that judge what a method does (an event-handler lambda is one).
    /// </summary>
    public static IOperation Function(IOperation operation)
    {
        for (var current = operation; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Body;
                case ILocalFunctionOperation { Body: { } body }:
                    return body;
            }
        }

        return Block(operation);
    }
}
