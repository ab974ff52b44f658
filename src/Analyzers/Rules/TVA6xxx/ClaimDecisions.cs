using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// Whether a role, scope, permission, tenant or user id claim of a read token decides access: reaches a condition, a
/// returned bool or a switch. The claim is named by the claim type constant it is looked up or compared with; an unknown
/// claim type decides nothing.
/// </summary>
internal static class ClaimDecisions
{
    private static readonly HashSet<string> AccessClaimTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "role", "roles", "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        "scp", "scope", "scopes", "http://schemas.microsoft.com/identity/claims/scope",
        "permission", "permissions", "groups", "wids",
        "tid", "http://schemas.microsoft.com/identity/claims/tenantid",
        "sub", "oid", "http://schemas.microsoft.com/identity/claims/objectidentifier",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
    };

    private static readonly HashSet<string> QueryMethods = new(StringComparer.Ordinal)
    {
        "Any", "All", "Count", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "Where",
    };

    /// <param name="readIsPayload">The read returns the payload itself (a JWT.Net or jose-jwt decode): indexing it reads a claim.</param>
    public static bool DecideAccess(List<IOperation> operations, IOperation read, HashSet<ISymbol> tainted, WellKnownTypes types, bool readIsPayload = false)
    {
        // locals holding an access claim (or a value computed from one): `var role = …; if (role == "admin")`
        var holders = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when Holds(value, read, tainted, holders, types, readIsPayload):
                        holders.Add(declarator.Symbol);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when Holds(assignment.Value, read, tainted, holders, types, readIsPayload):
                        holders.Add(local.Local);
                        break;
                }
            }
        }

        foreach (var operation in operations)
        {
            if ((IsAccessClaim(operation, read, tainted, types, readIsPayload) || operation is ILocalReferenceOperation local && holders.Contains(local.Local))
                && InDecision(operation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(IOperation value, IOperation read, HashSet<ISymbol> tainted, HashSet<ISymbol> holders, WellKnownTypes types, bool readIsPayload)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (IsAccessClaim(operation, read, tainted, types, readIsPayload) || operation is ILocalReferenceOperation local && holders.Contains(local.Local))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>claims.Any(c => c.Type == "role" …)</c> and the other queries, <c>token.GetClaim("tid")</c>,
    /// <c>jwt.Payload["scp"]</c>, or <c>claim.Type == "role"</c> on a claim of the token.
    /// </summary>
    private static bool IsAccessClaim(IOperation operation, IOperation read, HashSet<ISymbol> tainted, WellKnownTypes types, bool readIsPayload)
    {
        switch (operation)
        {
            case IInvocationOperation { Arguments.Length: 2 } query when QueryMethods.Contains(query.TargetMethod.Name)
                && SymbolEqualityComparer.Default.Equals(query.TargetMethod.ContainingType, types.Enumerable)
                && ClaimsFromUnvalidatedTokenRule.Carries(query.Arguments[0].Value, read, tainted):
                return PredicateNamesAccessClaim(query.Arguments[1].Value, types);
            case IInvocationOperation { Instance: { } token, Arguments.Length: > 0 } accessor
                when accessor.TargetMethod.Name is "GetClaim" or "TryGetClaim" or "GetPayloadValue" or "TryGetPayloadValue"
                    && WellKnownTypes.DerivesFrom(accessor.TargetMethod.ContainingType, types.JsonWebToken):
                return IsAccessClaimType(accessor.Arguments[0].Value) && ClaimsFromUnvalidatedTokenRule.Carries(token, read, tainted);
            case IInvocationOperation { TargetMethod.Name: "TryGetValue", Instance: { } payload, Arguments.Length: > 0 } lookup:
                return IsAccessClaimType(lookup.Arguments[0].Value) && IsPayloadOfRead(payload, read, tainted, types, readIsPayload);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } payload, Arguments.Length: 1 } indexer:
                return IsAccessClaimType(indexer.Arguments[0].Value) && IsPayloadOfRead(payload, read, tainted, types, readIsPayload);
            default:
                return ComparesClaimType(operation, types, instance => ClaimsFromUnvalidatedTokenRule.Carries(instance, read, tainted));
        }
    }

    private static bool IsPayloadOfRead(IOperation payload, IOperation read, HashSet<ISymbol> tainted, WellKnownTypes types, bool readIsPayload)
        => (readIsPayload && ClaimsFromUnvalidatedTokenRule.Carries(payload, read, tainted))
            || Values.StripConversions(payload) is IPropertyReferenceOperation { Property.Name: "Payload", Instance: { } token } property
            && WellKnownTypes.DerivesFrom(property.Property.ContainingType, types.JwtSecurityToken)
            && ClaimsFromUnvalidatedTokenRule.Carries(token, read, tainted);

    /// <summary>A lambda predicate that compares a claim's <c>Type</c> with an access claim type.</summary>
    private static bool PredicateNamesAccessClaim(IOperation predicate, WellKnownTypes types)
    {
        if (Values.StripConversions(predicate) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            foreach (var operation in lambda.Body.Descendants())
            {
                if (ComparesClaimType(operation, types, static _ => true))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ComparesClaimType(IOperation operation, WellKnownTypes types, Func<IOperation, bool> claimOfToken)
    {
        bool IsClaimType(IOperation? value) => value is not null
            && Values.StripConversions(value) is IPropertyReferenceOperation { Property.Name: "Type", Instance: { } claim } type
            && SymbolEqualityComparer.Default.Equals(type.Property.ContainingType, types.Claim)
            && claimOfToken(claim);

        return operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                => (IsClaimType(comparison.LeftOperand) && IsAccessClaimType(comparison.RightOperand))
                    || (IsClaimType(comparison.RightOperand) && IsAccessClaimType(comparison.LeftOperand)),
            IIsPatternOperation { Pattern: IConstantPatternOperation constant } pattern => IsClaimType(pattern.Value) && IsAccessClaimType(constant.Value),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: > 0 } equals
                => IsClaimType(instance) && IsAccessClaimType(equals.Arguments[0].Value),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: null, Arguments.Length: >= 2 } equals
                => (IsClaimType(equals.Arguments[0].Value) && IsAccessClaimType(equals.Arguments[1].Value))
                    || (IsClaimType(equals.Arguments[1].Value) && IsAccessClaimType(equals.Arguments[0].Value)),
            _ => false,
        };
    }

    private static bool IsAccessClaimType(IOperation value)
        => value.ConstantValue is { HasValue: true, Value: string type } && AccessClaimTypes.Contains(type);

    private static bool TestsPresenceOnly(IOperation parent, IOperation value) => parent switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
            => Values.IsConstantNull(ReferenceEquals(comparison.LeftOperand, value) ? comparison.RightOperand : comparison.LeftOperand),
        IIsPatternOperation { Pattern: var pattern } => pattern is IConstantPatternOperation { Value: var constant } && Values.IsConstantNull(constant)
            || pattern is INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var negated } } && Values.IsConstantNull(negated),
        IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String } } } => true,
        _ => false,
    };

    /// <summary>The value is (part of) a condition, a returned bool or a switched-on value, within its statement.</summary>
    private static bool InDecision(IOperation operation)
    {
        var current = operation;
        for (var parent = operation.Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            if (TestsPresenceOnly(parent, current))
            {
                // `if (role != null) log(role)` guards a use; whether the claim is there says nothing about its value
                return false;
            }

            switch (parent)
            {
                case IConditionalOperation conditional when ReferenceEquals(conditional.Condition, current):
                case IWhileLoopOperation loop when ReferenceEquals(loop.Condition, current):
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }:
                case ISwitchOperation switchStatement when ReferenceEquals(switchStatement.Value, current):
                case ISwitchExpressionOperation switchExpression when ReferenceEquals(switchExpression.Value, current):
                    return true;
                case IReturnOperation returned:
                    return returned.ReturnedValue?.Type?.SpecialType == SpecialType.System_Boolean;
                case IBlockOperation:
                case IExpressionStatementOperation:
                case IVariableDeclaratorOperation:
                case IAnonymousFunctionOperation:
                case ILocalFunctionOperation:
                case ILoopOperation:
                case ISwitchOperation:
                    return false;
            }
        }

        return false;
    }
}
