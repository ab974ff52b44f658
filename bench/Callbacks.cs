using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// The analyzer's operation callbacks without the driver: every round builds a fresh compilation, binds each body as the
/// driver does and calls the callbacks on its operations right away, timing only the calls. Per operation kind: the
/// first call (what a build pays: the body was just bound, our own tables are no longer in the processor's cache) and a
/// repeated call; then the shapes of code that cost the most in the last round.
/// </summary>
internal static class Callbacks
{
    public static void Run(Func<Compilation> create, DiagnosticAnalyzer analyzer, int rounds)
    {
        var first = new Dictionary<OperationKind, List<double>>();
        var repeated = new Dictionary<OperationKind, List<double>>();
        var counts = new Dictionary<OperationKind, int>();
        var shapes = new Dictionary<string, (long Ticks, int Count)>();
        var bytes = new Dictionary<OperationKind, long>();
        for (var round = 0; round < rounds; round++)
        {
            var compilation = create();
            var actions = Register(analyzer, compilation);
            var firstTicks = new Dictionary<OperationKind, long>();
            var repeatedTicks = new Dictionary<OperationKind, long>();
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (model.GetOperation(node) is not { Parent: null } body)
                    {
                        continue;
                    }

                    var owner = model.GetDeclaredSymbol(node) ?? model.GetEnclosingSymbol(node.SpanStart)!;
                    foreach (var operation in body.DescendantsAndSelf())
                    {
                        if (!actions.TryGetValue(operation.Kind, out var registered))
                        {
                            continue;
                        }

#pragma warning disable CS0618 // the public constructor is what a host outside the driver has
                        var context = new OperationAnalysisContext(operation, owner, compilation, options, static _ => { }, static _ => true, CancellationToken.None);
#pragma warning restore CS0618
                        var allocated = GC.GetAllocatedBytesForCurrentThread();
                        var start = Stopwatch.GetTimestamp();
                        Call(registered, context);
                        var middle = Stopwatch.GetTimestamp();
                        var allocatedByFirstCall = GC.GetAllocatedBytesForCurrentThread() - allocated;
                        Call(registered, context);
                        var end = Stopwatch.GetTimestamp();
                        bytes[operation.Kind] = bytes.GetValueOrDefault(operation.Kind) + allocatedByFirstCall;
                        firstTicks[operation.Kind] = firstTicks.GetValueOrDefault(operation.Kind) + middle - start;
                        repeatedTicks[operation.Kind] = repeatedTicks.GetValueOrDefault(operation.Kind) + end - middle;
                        if (round == 0)
                        {
                            counts[operation.Kind] = counts.GetValueOrDefault(operation.Kind) + 1;
                        }

                        if (round == rounds - 1)
                        {
                            var text = operation.Syntax.ToString().ReplaceLineEndings(" ");
                            var shape = $"{operation.Kind} {text[..Math.Min(40, text.Length)]}";
                            var (ticks, count) = shapes.GetValueOrDefault(shape);
                            shapes[shape] = (ticks + middle - start, count + 1);
                        }
                    }
                }
            }

            Add(first, firstTicks);
            Add(repeated, repeatedTicks);
        }

        foreach (var kind in first.Keys.OrderBy(k => k))
        {
            Console.WriteLine($"{kind,-20} {counts[kind],7} operations: first call {Median(first[kind]) * 1e6 / counts[kind],5:F0} ns "
                + $"({Median(first[kind]),5:F2} ms in all), called again {Median(repeated[kind]) * 1e6 / counts[kind],5:F0} ns; "
                + $"allocated {bytes[kind] / rounds / 1024.0,7:F1} KB a round");
        }

        Console.WriteLine($"all kinds, first calls: {first.Values.Sum(Median):F2} ms (medians of {rounds} rounds); the costliest shapes of the last round:");
        foreach (var (shape, (ticks, count)) in shapes.OrderByDescending(s => s.Value.Ticks).Take(12))
        {
            Console.WriteLine($"  {ticks * 1e3 / Stopwatch.Frequency,6:F2} ms {count,6}x {shape}");
        }
    }

    private static void Call(List<Action<OperationAnalysisContext>> actions, OperationAnalysisContext context)
    {
        foreach (var action in actions)
        {
            action(context);
        }
    }

    private static Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> Register(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var host = new Host();
        analyzer.Initialize(host);
        var start = new Start(compilation);
        host.Starts.ForEach(action => action(start));
        return start.Actions;
    }

    private static void Add(Dictionary<OperationKind, List<double>> times, Dictionary<OperationKind, long> ticks)
    {
        foreach (var (kind, elapsed) in ticks)
        {
            (times.TryGetValue(kind, out var list) ? list : times[kind] = new()).Add(elapsed * 1000.0 / Stopwatch.Frequency);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed class Host : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> Starts { get; } = new();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Starts.Add(action);

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }
        public override void EnableConcurrentExecution() { }
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) { }
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) { }
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) { }
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) { }
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) { }
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) { }
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) { }
    }

    private sealed class Start : CompilationStartAnalysisContext
    {
        public Start(Compilation compilation)
            : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
        {
        }

        public Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> Actions { get; } = new();

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            foreach (var kind in operationKinds)
            {
                (Actions.TryGetValue(kind, out var list) ? list : Actions[kind] = new()).Add(action);
            }
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) { }
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) { }
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) { }
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) { }
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) { }
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) { }
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) { }
        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) { }
        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) { }
    }
}
