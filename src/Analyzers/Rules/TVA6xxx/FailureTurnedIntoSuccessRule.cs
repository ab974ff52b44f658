using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// TVA6003: <c>OnAuthenticationFailed</c> calling <c>Success()</c> or setting <c>Principal</c>, and <c>OnMessageReceived</c>
/// calling <c>Success()</c> in a method that reads a token without validating any.
/// </summary>
internal sealed class FailureTurnedIntoSuccessRule
{
    private readonly WellKnownTypes _types;

    public FailureTurnedIntoSuccessRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        // Success() and Principal are declared on ResultContext<TOptions>, a base of the event contexts
        foreach (var context in _types.AuthenticationFailedContexts)
        {
            AddSuccess(dispatch, context);
            dispatch.OnAssignment(context, "Principal", AnalyzePrincipal);
        }

        foreach (var context in _types.MessageReceivedContexts)
        {
            AddSuccess(dispatch, context);
        }
    }

    private void AddSuccess(OperationDispatch dispatch, INamedTypeSymbol context)
    {
        for (var type = context.BaseType; type is not null; type = type.BaseType)
        {
            dispatch.OnInvocation(type, "Success", AnalyzeSuccess);
        }
    }

    private void AnalyzeSuccess(RuleContext context, IInvocationOperation success)
    {
        if (EnvironmentGuards.IsGuarded(success, _types))
        {
            return;
        }

        if (IsContext(success.Instance, _types.AuthenticationFailedContexts))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6003, Locations.CalledName(success), "OnAuthenticationFailed calling Success()"));
        }
        else if (IsContext(success.Instance, _types.MessageReceivedContexts) && SucceedsWithUnvalidatedToken(success))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6003, Locations.CalledName(success), "OnMessageReceived calling Success() with a principal from an unvalidated token"));
        }
    }

    private void AnalyzePrincipal(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation principal)
    {
        if (IsContext(principal.Instance, _types.AuthenticationFailedContexts) && !Values.IsConstantNull(assignment.Value)
            && !EnvironmentGuards.IsGuarded(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6003, assignment.Syntax.GetLocation(), "OnAuthenticationFailed setting Principal"));
        }
    }

    /// <summary>On OnMessageReceived: <c>Success()</c> in a method that reads a token without validating any.</summary>
    private bool SucceedsWithUnvalidatedToken(IInvocationOperation success)
    {
        var operations = EnclosingFunction.Operations(success);
        if (EnclosingFunction.CallsValidateToken(operations))
        {
            return false;
        }

        foreach (var operation in operations)
        {
            if (UnvalidatedTokenData.IsUnvalidatedRead(operation, _types))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsContext(IOperation? instance, HashSet<INamedTypeSymbol> contexts)
    {
        for (var type = instance?.Type as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (contexts.Contains(type))
            {
                return true;
            }
        }

        return false;
    }
}
