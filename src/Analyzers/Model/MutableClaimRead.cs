using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// The value of a claim its owner can change (<c>email</c>, <c>preferred_username</c>, <c>upn</c>, <c>unique_name</c>) read from
/// an authenticated principal: <c>User.FindFirst(…)?.Value</c>, <c>FindFirstValue(…)</c>, <c>Claims.First(c => c.Type == …).Value</c>,
/// followed through locals, <c>??</c> and case or whitespace normalisation. The name claim (<c>ClaimTypes.Name</c>,
/// <c>Identity.Name</c>) is found apart: which claim it holds depends on the handler's claim mapping, and for external providers
/// it is a display name.
/// </summary>
internal static class MutableClaimRead
{
    private const int MaxDepth = 4;

    private static readonly HashSet<string> MutableClaimTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "preferred_username", "upn", "unique_name",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    };

    private static readonly HashSet<string> ClaimQueries = new(StringComparer.Ordinal)
    {
        "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault",
    };

    private const string NameClaimType = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name";

    /// <summary>The claim read whose value <paramref name="value"/> is, or null.</summary>
    public static IOperation? Find(IOperation value, WellKnownTypes types) => Find(value, types, 0, name: false);

    /// <summary>The read of the name claim (<c>User.Identity.Name</c>, <c>FindFirstValue(ClaimTypes.Name)</c>) whose value <paramref name="value"/> is, or null.</summary>
    public static IOperation? FindNameRead(IOperation value, WellKnownTypes types) => Find(value, types, 0, name: true);

    /// <summary>Whether a claim type (or a <c>NameClaimType</c>) names <c>email</c>, <c>preferred_username</c>, <c>upn</c> or <c>unique_name</c>.</summary>
    public static bool IsMutableClaimType(string? type) => type is not null && MutableClaimTypes.Contains(type);

    private static IOperation? Find(IOperation value, WellKnownTypes types, int depth, bool name)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var operation = Values.StripConversions(value);
        switch (operation)
        {
            case ILocalReferenceOperation local:
                if (LocalValues.Reaching(local) is { } values)
                {
                    foreach (var reaching in values)
                    {
                        if (Find(reaching, types, depth + 1, name) is { } read)
                        {
                            return read;
                        }
                    }
                }

                return null;
            case ICoalesceOperation coalesce:
                return Find(coalesce.Value, types, depth + 1, name);
            case IInvocationOperation { Instance: { } text, TargetMethod.ContainingType.SpecialType: SpecialType.System_String } normalized
                when normalized.TargetMethod.Name is "ToLower" or "ToLowerInvariant" or "ToUpper" or "ToUpperInvariant" or "Trim":
                return Find(text, types, depth + 1, name);
            case IConditionalAccessOperation { WhenNotNull: IPropertyReferenceOperation { Instance: IConditionalAccessInstanceOperation } claimValue } access:
                return (IsClaimValue(claimValue.Property, types) && IsMutableClaim(access.Operation, types, depth, name))
                    || (name && IsIdentityName(claimValue.Property, access.Operation, types, depth)) ? operation : null;
            case IPropertyReferenceOperation { Instance: { } claim } claimValue when IsClaimValue(claimValue.Property, types):
                return IsMutableClaim(claim, types, depth, name) ? operation : null;
            case IPropertyReferenceOperation { Instance: { } identity } identityName when name:
                return IsIdentityName(identityName.Property, identity, types, depth) ? operation : null;
            case IInvocationOperation { TargetMethod.Name: "FindFirstValue" } invocation:
                return IsFindFirst(invocation, types, depth, name) ? operation : null;
            default:
                return null;
        }
    }

    private static bool IsClaimValue(IPropertySymbol property, WellKnownTypes types)
        => property.Name == "Value" && SymbolEqualityComparer.Default.Equals(property.ContainingType, types.Claim);

    /// <summary><c>IIdentity.Name</c> or <c>ClaimsIdentity.Name</c> of an authenticated principal's identity.</summary>
    private static bool IsIdentityName(IPropertySymbol property, IOperation identity, WellKnownTypes types, int depth)
        => property.Name == "Name"
            && (SymbolEqualityComparer.Default.Equals(property.ContainingType, types.Accounts.Identity)
                || WellKnownTypes.DerivesFrom(property.ContainingType, types.ClaimsIdentity))
            && AuthenticatedPrincipal.Is(identity, types, depth);

    /// <summary>A <c>Claim</c> of a mutable type, found on an authenticated principal.</summary>
    private static bool IsMutableClaim(IOperation claim, WellKnownTypes types, int depth, bool name)
    {
        switch (Values.StripConversions(claim))
        {
            case IInvocationOperation { TargetMethod.Name: "FindFirst" } findFirst:
                return IsFindFirst(findFirst, types, depth, name);
            case IInvocationOperation { Arguments.Length: 2 } query when ClaimQueries.Contains(query.TargetMethod.Name)
                && SymbolEqualityComparer.Default.Equals(query.TargetMethod.ContainingType, types.Enumerable):
                return IsClaimsOfPrincipal(query.Arguments[0].Value, types, depth) && PredicateNamesMutableClaim(query.Arguments[1].Value, types, name);
            case ILocalReferenceOperation local when depth < MaxDepth && LocalValues.Reaching(local) is { Count: > 0 } values:
                foreach (var reaching in values)
                {
                    if (!IsMutableClaim(reaching, types, depth + 1, name))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary><c>principal.FindFirst(type)</c>, <c>identity.FindFirst(type)</c>, <c>principal.FindFirstValue(type)</c> with a mutable claim type.</summary>
    private static bool IsFindFirst(IInvocationOperation invocation, WellKnownTypes types, int depth, bool name)
    {
        var method = invocation.TargetMethod;
        var extension = SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Accounts.PrincipalExtensions);
        if (!extension && !AuthenticatedPrincipal.IsPrincipalOrIdentityType(method.ContainingType, types))
        {
            return false;
        }

        var owner = extension ? (invocation.Arguments.Length == 2 ? invocation.Arguments[0].Value : null) : invocation.Instance;
        var claimType = invocation.Arguments.Length == 0 ? null : invocation.Arguments[invocation.Arguments.Length - 1].Value;
        return owner is not null && claimType is not null && IsClaimTypeOf(claimType, name) && AuthenticatedPrincipal.Is(owner, types, depth);
    }

    private static bool IsClaimsOfPrincipal(IOperation claims, WellKnownTypes types, int depth)
        => Values.StripConversions(claims) is IPropertyReferenceOperation { Property.Name: "Claims", Instance: { } owner } property
            && AuthenticatedPrincipal.IsPrincipalOrIdentityType(property.Property.ContainingType, types)
            && AuthenticatedPrincipal.Is(owner, types, depth);

    /// <summary><c>c => c.Type == "email"</c> and its spellings with <c>Equals</c>.</summary>
    private static bool PredicateNamesMutableClaim(IOperation predicate, WellKnownTypes types, bool name)
    {
        if (Values.StripConversions(predicate) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            return false;
        }

        foreach (var operation in lambda.Body.Descendants())
        {
            var (left, right) = operation switch
            {
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals => (equals.LeftOperand, equals.RightOperand),
                IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: > 0 } equals
                    => (instance, equals.Arguments[0].Value),
                IInvocationOperation { TargetMethod.Name: "Equals", Instance: null, Arguments.Length: >= 2 } equals
                    => (equals.Arguments[0].Value, equals.Arguments[1].Value),
                _ => (null, null),
            };
            if (left is not null && right is not null
                && ((IsClaimType(left, types) && IsClaimTypeOf(right, name)) || (IsClaimType(right, types) && IsClaimTypeOf(left, name))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClaimType(IOperation value, WellKnownTypes types)
        => Values.StripConversions(value) is IPropertyReferenceOperation { Property.Name: "Type" } type
            && SymbolEqualityComparer.Default.Equals(type.Property.ContainingType, types.Claim);

    private static bool IsClaimTypeOf(IOperation value, bool name)
        => value.ConstantValue is { HasValue: true, Value: string type }
            && (name ? string.Equals(type, NameClaimType, StringComparison.OrdinalIgnoreCase) : MutableClaimTypes.Contains(type));
}
