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

    /// <summary>
    /// The object is the default value of a field or property (<c>P { get; set; } = new();</c>), possibly nested in the
    /// initializer of another object that is: a placeholder the application configures elsewhere.
    /// </summary>
    public static bool IsMemberDefault(IOperation creation)
    {
        for (var current = creation; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IFieldInitializerOperation or IPropertyInitializerOperation:
                    return true;
                case IConversionOperation or IObjectOrCollectionInitializerOperation or IObjectCreationOperation:
                    continue;
                case ISimpleAssignmentOperation assignment when assignment.Value == current && assignment.Parent is IObjectOrCollectionInitializerOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
