using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// A principal the host authenticated: a property (<c>HttpContext.User</c>, <c>ControllerBase.User</c>, an event's
/// <c>context.Principal</c>, <c>ExternalLoginInfo.Principal</c>) or a parameter, or its <c>Identity</c>; not one the code builds.
/// </summary>
internal static class AuthenticatedPrincipal
{
    private const int MaxDepth = 4;

    public static bool Is(IOperation owner, WellKnownTypes types, int depth)
    {
        var operation = Values.StripConversions(owner);
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.Name: "Identity", Instance: { } principal } identity
                when IsPrincipalOrIdentityType(identity.Property.ContainingType, types):
                return Is(principal, types, depth);
            case IPropertyReferenceOperation or IParameterReferenceOperation:
                return IsPrincipalOrIdentityType(operation.Type, types);
            case ILocalReferenceOperation local when depth < MaxDepth && LocalValues.Reaching(local) is { Count: > 0 } values:
                foreach (var reaching in values)
                {
                    if (!Is(reaching, types, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    public static bool IsPrincipalOrIdentityType(ITypeSymbol? type, WellKnownTypes types)
        => WellKnownTypes.DerivesFrom(type, types.ClaimsPrincipal) || WellKnownTypes.DerivesFrom(type, types.ClaimsIdentity);

    /// <summary><c>IIdentity</c>, the type of <c>ClaimsPrincipal.Identity</c>.</summary>
    public static bool IsIdentityInterface(ITypeSymbol? type, WellKnownTypes types)
        => type is not null && SymbolEqualityComparer.Default.Equals(type, types.Accounts.Identity);
}
