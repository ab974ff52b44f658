using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>The operations of the method, local function or lambda around a call, and whether any of them validates a token.</summary>
internal static class EnclosingFunction
{
    public static List<IOperation> Operations(IOperation operation)
    {
        var operations = new List<IOperation>();
        foreach (var descendant in Scopes.Function(operation).DescendantsAndSelf())
        {
            operations.Add(descendant);
        }

        return operations;
    }

    /// <summary>Any <c>ValidateToken…</c> call (the library's, or the application's own wrapper) counts as validating.</summary>
    public static bool CallsValidateToken(List<IOperation> operations)
    {
        foreach (var operation in operations)
        {
            if (operation is IInvocationOperation invocation
                && invocation.TargetMethod.Name.StartsWith("ValidateToken", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
