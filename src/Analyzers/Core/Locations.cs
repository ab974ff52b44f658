using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Core;

internal static class Locations
{
    /// <summary>The called method's name (<c>ValidateTokenAsync</c> in <c>handler.ValidateTokenAsync(…)</c>): rules about a call report there.</summary>
    public static Location CalledName(IInvocationOperation invocation)
    {
        var expression = invocation.Syntax is InvocationExpressionSyntax call ? call.Expression : invocation.Syntax;
        var name = expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => expression,
        };
        return name is GenericNameSyntax generic ? generic.Identifier.GetLocation() : name.GetLocation();
    }
}
