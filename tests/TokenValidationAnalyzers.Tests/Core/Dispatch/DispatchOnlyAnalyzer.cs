using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Core.Dispatch;

/// <summary>Drives an <see cref="OperationDispatch"/> alone in a test compilation, with what a test registers in it.</summary>
#pragma warning disable RS1001 // no host loads it
internal sealed class DispatchOnlyAnalyzer(Action<OperationDispatch, Compilation> register) : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    // the driver skips an analyzer that can report nothing
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        new DiagnosticDescriptor("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true));

    /// <summary>Runs the dispatch over <paramref name="source"/>.</summary>
    public static async Task RunAsync(string source, Action<OperationDispatch, Compilation> register)
    {
        var compilation = CSharpCompilation.Create("Dispatch", new[] { CSharpSyntaxTree.ParseText(source) }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DispatchOnlyAnalyzer(register))).GetAnalyzerDiagnosticsAsync();
    }

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
