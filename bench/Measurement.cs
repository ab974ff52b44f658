using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// Two ways to time analyzers, both sequential (<c>concurrentAnalysis: false</c>): the driver's own per-analyzer
/// execution times, or the wall time of a whole analysis run compared with a run of an analyzer that does nothing.
/// </summary>
internal static class Measurement
{
    /// <summary>All analyzers in one run with <c>logAnalyzerExecutionTime: true</c>; each analyzer's own callback time.</summary>
    public static async Task<(IReadOnlyDictionary<DiagnosticAnalyzer, double> Times, ImmutableArray<Diagnostic> Diagnostics)> TelemetryAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var run = Attach(compilation, analyzers, logTime: true);
        var diagnostics = await run.GetAnalyzerDiagnosticsAsync();
        var times = new Dictionary<DiagnosticAnalyzer, double>();
        foreach (var analyzer in analyzers)
        {
            var info = await run.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            times[analyzer] = info.ExecutionTime.TotalMilliseconds;
        }

        return (times, diagnostics);
    }

    /// <summary>Wall time of <c>GetAnalyzerDiagnosticsAsync</c> without execution-time logging.</summary>
    public static async Task<(double Milliseconds, ImmutableArray<Diagnostic> Diagnostics)> WallAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var run = Attach(compilation, analyzers, logTime: false);
        var watch = Stopwatch.StartNew();
        var diagnostics = await run.GetAnalyzerDiagnosticsAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return (elapsed, diagnostics);
    }

    /// <summary>Wall time of binding the whole compilation, as the compiler does before emitting.</summary>
    public static double Compile(Compilation compilation)
    {
        Collect();
        var watch = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"the workload has {errors.Count} compile errors, the first: {errors[0]}");
        }

        return elapsed;
    }

    public static double Sum(IReadOnlyDictionary<DiagnosticAnalyzer, double> times, ImmutableArray<DiagnosticAnalyzer> set)
        => set.Sum(a => times[a]);

    private static CompilationWithAnalyzers Attach(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTime)
    {
        // start from a collected heap, so that no run is charged for garbage left by the one before it
        Collect();
        return compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logTime));
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
