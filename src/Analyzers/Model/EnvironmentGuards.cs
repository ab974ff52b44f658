using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Recognises values and statements that depend on the host environment: <c>env.IsDevelopment()</c>,
/// <c>IsProduction()</c>, <c>IsStaging()</c>, <c>IsEnvironment("…")</c>, <c>env.EnvironmentName</c>, the
/// <c>ASPNETCORE_ENVIRONMENT</c>/<c>DOTNET_ENVIRONMENT</c> variables, negated or in a ternary.
/// A weakening that only happens in one environment is a deliberate development convenience, not a finding.
/// </summary>
internal static class EnvironmentGuards
{
    /// <summary>True when the value itself tests the environment, directly or through a local initialised with such a test.</summary>
    public static bool DependsOnEnvironment(IOperation value, WellKnownTypes types)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (IsEnvironmentTest(operation, types))
            {
                return true;
            }

            if (operation is ILocalReferenceOperation local && LocalInitializerTestsEnvironment(local, types))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an enclosing <c>if</c> or conditional expression tests the environment.</summary>
    public static bool IsGuarded(IOperation operation, WellKnownTypes types)
    {
        var child = operation;
        for (var parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional
                && !ReferenceEquals(conditional.Condition, child)
                && DependsOnEnvironment(conditional.Condition, types))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEnvironmentTest(IOperation operation, WellKnownTypes types)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (types.EnvironmentExtensionTypes.Contains(method.ContainingType))
                {
                    return true;
                }

                return method.Name == "GetEnvironmentVariable"
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.SystemEnvironment)
                    && invocation.Arguments.Length > 0
                    && invocation.Arguments[0].Value.ConstantValue.Value is string name
                    && (name == "ASPNETCORE_ENVIRONMENT" || name == "DOTNET_ENVIRONMENT");
            case IPropertyReferenceOperation { Property.Name: "EnvironmentName" } property:
                return property.Property.ContainingType is { } declaring && types.EnvironmentTypes.Contains(declaring);
            default:
                return false;
        }
    }

    private static bool LocalInitializerTestsEnvironment(ILocalReferenceOperation local, WellKnownTypes types)
    {
        if (local.Local.DeclaringSyntaxReferences.Length != 1
            || local.Local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || local.SemanticModel is not { } model
            || initializer.SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        var value = Values.OperationOf(model, initializer);
        if (value is null)
        {
            return false;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            if (IsEnvironmentTest(operation, types))
            {
                return true;
            }
        }

        return false;
    }
}
