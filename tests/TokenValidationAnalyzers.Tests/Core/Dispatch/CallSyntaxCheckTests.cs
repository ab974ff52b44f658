using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Tests.Verifiers;

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
        var analyzer = new DispatchOnly((dispatch, compilation) => register(dispatch)(
            compilation.GetTypeByMetadataName("System.Linq.Enumerable"),
            (_, invocation) =>
            {
                lock (seen)
                {
                    seen.Add(((InvocationExpressionSyntax)invocation.Syntax).ArgumentList.Arguments[0].ToString());
                }
            }));
        var compilation = CSharpCompilation.Create("Calls", new[] { CSharpSyntaxTree.ParseText(Source) }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer)).GetAnalyzerDiagnosticsAsync();
        seen.Sort(StringComparer.Ordinal);
        return seen;
    }

    // drives the dispatch alone in a test compilation; no host loads it
#pragma warning disable RS1001
    private sealed class DispatchOnly(Action<OperationDispatch, Compilation> register) : DiagnosticAnalyzer
    {
        // the driver skips an analyzer that can report nothing
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            new DiagnosticDescriptor("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var dispatch = new OperationDispatch(new GeneratedCode(generatedCodeAttribute: null));
                register(dispatch, start.Compilation);
                dispatch.Register(start);
            });
        }
    }
#pragma warning restore RS1001
}
