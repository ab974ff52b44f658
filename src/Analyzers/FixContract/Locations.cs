using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.FixContract;

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

    /// <summary><c>new TokenValidationParameters</c>, <c>new TokenValidationParameters()</c> or <c>new()</c>, without a long argument list or the initializer: rules about something missing report there, on one line.</summary>
    public static Location Creation(IOperation creation)
    {
        var syntax = creation.Syntax;
        var end = syntax switch
        {
            ObjectCreationExpressionSyntax explicitNew => explicitNew.ArgumentList is { Arguments.Count: 0 } empty ? empty.Span.End : explicitNew.Type.Span.End,
            ImplicitObjectCreationExpressionSyntax implicitNew => implicitNew.ArgumentList.Arguments.Count == 0 ? implicitNew.ArgumentList.Span.End : implicitNew.NewKeyword.Span.End,
            _ => syntax.Span.End,
        };
        return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(syntax.SpanStart, end));
    }
}
