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
/// calling <c>Success()</c> in a handler that validates no token.
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
        if (EnvironmentGuards.ProductionSkips(success, _types))
        {
            return;
        }

        if (IsContext(success.Instance, _types.AuthenticationFailedContexts))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6003, Locations.CalledName(success), "OnAuthenticationFailed calling Success()"));
        }
        else if (IsContext(success.Instance, _types.MessageReceivedContexts) && SucceedsWithoutValidation(success))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6003, Locations.CalledName(success), "OnMessageReceived calling Success() before any token is validated"));
        }
    }

    private void AnalyzePrincipal(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation principal)
    {
        if (IsContext(principal.Instance, _types.AuthenticationFailedContexts) && !Values.IsConstantNull(assignment.Value)
            && !EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6003, assignment.Syntax.GetLocation(), "OnAuthenticationFailed setting Principal"));
        }
    }

    /// <summary>
    /// On OnMessageReceived nothing has validated the request yet: any principal, made up or built from the raw token,
    /// authenticates it — unless the handler validates the token itself.
    /// </summary>
    private static bool SucceedsWithoutValidation(IInvocationOperation success)
        => !EnclosingFunction.CallsValidateToken(EnclosingFunction.Operations(success));

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
