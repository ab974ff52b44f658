using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.Core.Dispatch;

namespace TokenValidationAnalyzers.Tests.Core.Dispatch;

/// <summary>
/// A syntax check on a frequent call name rules calls out before their symbol is read, and only while every handler of
/// that name has one: a handler registered without a check sees every call.
/// </summary>
public class CallSyntaxCheckTests
{
    private const string Source = """
        using System.Linq;
        static class C
        {
            static int[] M(int[] items) => items.Where(i => i == 1).Where(i => i > 1).ToArray();
        }
        """;

    /// <summary>Only the lambdas with an equality pass.</summary>
    private static bool HasEquality(SyntaxNode call)
        => call is InvocationExpressionSyntax { ArgumentList.Arguments: [{ Expression: SimpleLambdaExpressionSyntax { ExpressionBody: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } } }] };

    [Fact]
    public async Task CheckedHandler_SeesOnlyTheCallsThatPass()
    {
        var seen = await HandledCalls(dispatch => (type, handler) => dispatch.OnInvocation(type, "Where", handler, HasEquality));

        Assert.Equal(new[] { "i => i == 1" }, seen);
    }

    [Fact]
    public async Task AnotherHandlerWithoutACheck_BothSeeEveryCall()
    {
        var seen = await HandledCalls(dispatch => (type, handler) =>
        {
            dispatch.OnInvocation(type, "Where", handler, HasEquality);
            dispatch.OnInvocation(type, "Where", (_, _) => { });
        });

        Assert.Equal(new[] { "i => i == 1", "i => i > 1" }, seen);
    }

    private static async Task<List<string>> HandledCalls(Func<OperationDispatch, Action<INamedTypeSymbol?, InvocationHandler>> register)
    {
        var seen = new List<string>();
        await DispatchOnlyAnalyzer.RunAsync(Source, (dispatch, compilation) => register(dispatch)(
            compilation.GetTypeByMetadataName("System.Linq.Enumerable"),
            (_, invocation) =>
            {
                lock (seen)
                {
                    seen.Add(((InvocationExpressionSyntax)invocation.Syntax).ArgumentList.Arguments[0].ToString());
                }
            }));
        seen.Sort(StringComparer.Ordinal);
        return seen;
    }
}
