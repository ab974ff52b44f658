using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// Whether the name claim (<c>User.Identity.Name</c>) holds a claim the user can change: a <c>NameClaimType</c> set to
/// <c>email</c>, <c>preferred_username</c>, <c>upn</c> or <c>unique_name</c>, or Microsoft.Identity.Web's web-app sign-in, which
/// sets it to <c>preferred_username</c> unless the project sets another. Judged when each handler runs; no operation is kept.
/// </summary>
internal sealed class NameClaimMapping
{
    private readonly WellKnownTypes _types;
    private volatile bool _setToMutableClaim;
    private volatile bool _setToOtherClaim;
    private volatile bool _identityWebApp;

    public NameClaimMapping(WellKnownTypes types) => _types = types;

    /// <summary>Asked when the compilation ends, after every handler has run.</summary>
    public bool NameIsMutableClaim => _setToMutableClaim || (_identityWebApp && !_setToOtherClaim);

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnAssignment(_types.TokenValidationParametersProperty("NameClaimType"), AnalyzeNameClaimType);
        InvocationHandler webApp = AnalyzeIdentityWebApp;
        dispatch.OnInvocation(_types.IdentityWebAppExtensions, "AddMicrosoftIdentityWebApp", webApp);
        dispatch.OnInvocation(_types.IdentityWebAppServiceExtensions, "AddMicrosoftIdentityWebAppAuthentication", webApp);
    }

    private void AnalyzeNameClaimType(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        var value = Values.StripConversions(EnvironmentGuards.ProductionValue(assignment.Value, _types));
        if (value.ConstantValue is not { HasValue: true, Value: string claimType })
        {
            return;
        }

        if (MutableClaimRead.IsMutableClaimType(claimType.Trim()))
        {
            _setToMutableClaim = true;
        }
        else
        {
            _setToOtherClaim = true;
        }
    }

    private void AnalyzeIdentityWebApp(RuleContext context, IInvocationOperation invocation)
    {
        if (!EnvironmentGuards.ProductionSkips(invocation, _types))
        {
            _identityWebApp = true;
        }
    }
}
