using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>The per-compilation state of <see cref="HandlerUseAnalyzer"/>: handler and context methods mapped to what a call means.</summary>
internal sealed class HandlerUseRules
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _httpContextUser;

    public HandlerUseRules(WellKnownTypes types)
    {
        _types = types;
        _httpContextUser = WellKnownTypes.Property(types.HttpContext, "User");
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var handler in _types.TokenHandlerTypes)
        {
            dispatch.OnInvocation(handler, "ValidateTokenAsync", ValidationResultRule.Analyze);
            dispatch.OnInvocation(handler, "ReadJwtToken", AnalyzeRead);
            dispatch.OnInvocation(handler, "ReadJsonWebToken", AnalyzeRead);
            dispatch.OnInvocation(handler, "ReadToken", AnalyzeRead);
        }

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

        dispatch.OnCreation(_types.JwtSecurityToken, AnalyzeParse);
        dispatch.OnCreation(_types.JsonWebToken, AnalyzeParse);
    }

    private void AnalyzeRead(RuleContext context, IInvocationOperation read)
    {
        if (TrustsClaimsOf(read))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6002, Locations.CalledName(read), read.TargetMethod.Name));
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

    /// <summary>TVA6002 for <c>new JwtSecurityToken(token)</c> / <c>new JsonWebToken(token)</c>: parsing, like ReadJwtToken, validates nothing.</summary>
    private void AnalyzeParse(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length == 1 && UnvalidatedTokenData.IsUnvalidatedRead(creation, _types) && TrustsClaimsOf(creation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6002, Locations.Creation(creation), "new " + creation.Type!.Name));
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

    /// <summary>TVA6002: the read token's claims reach an identity, a principal or <c>HttpContext.User</c>, and the method validates nothing.</summary>
    private bool TrustsClaimsOf(IOperation read)
    {
        var operations = BlockOperations(read);
        if (CallsValidateToken(operations))
        {
            return false;
        }

        var tainted = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when Carries(value, read, tainted):
                        tainted.Add(declarator.Symbol);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when Carries(assignment.Value, read, tainted):
                        tainted.Add(local.Local);
                        break;
                    case IForEachLoopOperation loop when Carries(loop.Collection, read, tainted):
                        foreach (var variable in loop.Locals)
                        {
                            tainted.Add(variable);
                        }

                        break;
                }
            }
        }

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation when IsIdentityType(creation.Type) && ArgumentsCarry(creation.Arguments, read, tainted):
                    return true;
                case IInvocationOperation { TargetMethod.Name: "AddClaim" or "AddClaims" or "AddIdentity" or "AddIdentities" } add
                    when IsIdentityType(add.TargetMethod.ContainingType) && ArgumentsCarry(add.Arguments, read, tainted):
                    return true;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation user } assignment
                    when SymbolEqualityComparer.Default.Equals(user.Property, _httpContextUser) && Carries(assignment.Value, read, tainted):
                    return true;
            }
        }

        return false;
    }

    /// <summary>TVA6003 on OnMessageReceived: <c>Success()</c> in a method that reads a token without validating any.</summary>
    private bool SucceedsWithUnvalidatedToken(IInvocationOperation success)
    {
        var operations = BlockOperations(success);
        if (CallsValidateToken(operations))
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

    private static List<IOperation> BlockOperations(IOperation operation)
    {
        var operations = new List<IOperation>();
        foreach (var descendant in Scopes.Function(operation).DescendantsAndSelf())
        {
            operations.Add(descendant);
        }

        return operations;
    }

    /// <summary>Any <c>ValidateToken…</c> call (the library's, or the application's own wrapper) counts as validating.</summary>
    private static bool CallsValidateToken(List<IOperation> operations)
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

    private static bool Carries(IOperation value, IOperation read, HashSet<ISymbol> tainted)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (ReferenceEquals(operation, read)
                || (operation is ILocalReferenceOperation local && tainted.Contains(local.Local)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ArgumentsCarry(ImmutableArray<IArgumentOperation> arguments, IOperation read, HashSet<ISymbol> tainted)
    {
        foreach (var argument in arguments)
        {
            if (Carries(argument.Value, read, tainted))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIdentityType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _types.ClaimsIdentity)
                || SymbolEqualityComparer.Default.Equals(current, _types.ClaimsPrincipal))
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

    private void AddSuccess(OperationDispatch dispatch, INamedTypeSymbol context)
    {
        for (var type = context.BaseType; type is not null; type = type.BaseType)
        {
            dispatch.OnInvocation(type, "Success", AnalyzeSuccess);
        }
    }
}
