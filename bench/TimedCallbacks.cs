using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// An analyzer run through a proxy of the registration API that times each callback it registers, by kind
/// (<see cref="InDriver"/>). With <paramref name="skipCallbacks"/> the operation callbacks return without running.
/// Covers what <see cref="TokenValidationAnalyzer"/> registers; anything else throws.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1012", Justification = "The analyzer under measurement registers through the proxy.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1025", Justification = "The analyzer under measurement configures it through the proxy.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1026", Justification = "The analyzer under measurement configures it through the proxy.")]
internal sealed class TimedCallbacks(DiagnosticAnalyzer inner, bool skipCallbacks) : DiagnosticAnalyzer
{
    public Dictionary<string, InDriver.Stat> Stats { get; } = new();

    public bool SkipCallbacks { get; } = skipCallbacks;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => inner.Initialize(new Registrations(context, this));

    private Action<T> Timed<T>(string kind, Action<T> action, bool skip = false)
    {
        var stat = Stats.TryGetValue(kind, out var known) ? known : Stats[kind] = new InDriver.Stat();
        return argument =>
        {
            var pauses = GC.GetTotalPauseDuration();
            var start = Stopwatch.GetTimestamp();
            if (!skip)
            {
                action(argument);
            }

            var elapsed = Stopwatch.GetTimestamp() - start;
            stat.Add(elapsed, GC.GetTotalPauseDuration() - pauses);
        };
    }

    private sealed class Registrations(AnalysisContext context, TimedCallbacks owner) : AnalysisContext
    {
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
            => context.RegisterCompilationStartAction(owner.Timed<CompilationStartAnalysisContext>("compilation start", start => action(new StartRegistrations(start, owner))));

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

        public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw new NotSupportedException();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => throw new NotSupportedException();
    }

    private sealed class StartRegistrations(CompilationStartAnalysisContext start, TimedCallbacks owner)
        : CompilationStartAnalysisContext(start.Compilation, start.Options, start.CancellationToken)
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => start.RegisterOperationAction(owner.Timed(string.Join("+", operationKinds), action, owner.SkipCallbacks), operationKinds);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => start.RegisterSymbolAction(owner.Timed("symbol " + string.Join("+", symbolKinds), action), symbolKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
            => start.RegisterCompilationEndAction(owner.Timed("compilation end", action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => throw new NotSupportedException();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => throw new NotSupportedException();

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => throw new NotSupportedException();

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => throw new NotSupportedException();
    }
}
