using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// Where the driver's execution time for an analyzer goes, measured inside the driver as the shared harness runs it
/// (execution-time logging on, no collection before the run): every callback the analyzer registers is timed, with the
/// garbage-collection pauses that fell inside it. Calls over 50 µs are counted apart: in a quiet round they are the
/// handlers that found something; in a busy one, also the calls during which the thread was paused (a collection
/// started by the compiler's own threads, which bind the compilation beside the analyzers, or the scheduler).
/// The floor is the same analyzer with <see cref="TimedCallbacks.SkipCallbacks"/>: its start action, and every
/// callback returning at once.
/// </summary>
internal static class InDriver
{
    private static readonly long SlowCall = Stopwatch.Frequency / 20_000;

    public static async Task RunAsync(Func<Compilation> create, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var skip in new[] { false, true })
            {
                var timed = new TimedCallbacks(new TokenValidationAnalyzer(), skip);
                var compilation = create();

                // bound first, as the harness and a build do: the analysis then starts from the compiler's declarations
                _ = compilation.GetDiagnostics();
                var run = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(timed), new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                var pausesBefore = GC.GetTotalPauseDuration();
                var watch = Stopwatch.StartNew();
                await run.GetAnalyzerDiagnosticsAsync();
                var wall = watch.Elapsed.TotalMilliseconds;
                var pauses = (GC.GetTotalPauseDuration() - pausesBefore).TotalMilliseconds;
                var lines = timed.Stats.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"  {s.Key,-20} {s.Value.Calls,7} calls: "
                    + $"{Ms(s.Value.Ticks - s.Value.SlowTicks),6:F2} ms in calls under 50 µs, {s.Value.Slow,3} calls over 50 µs {Ms(s.Value.SlowTicks),7:F2} ms, "
                    + $"collection pauses inside {s.Value.Pauses,6:F1} ms, longest {Ms(s.Value.Longest),6:F2} ms").ToList();

                // read after the lines: the driver runs the start action again to count actions for telemetry, uncharged
                var telemetry = (await run.GetAnalyzerTelemetryInfoAsync(timed, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
                Console.WriteLine($"round {round} {(skip ? "floor" : "ours ")}: driver's time {telemetry,7:F1} ms of a {wall:F0} ms analysis "
                    + $"(collections paused every thread {pauses:F0} ms of it)");
                lines.ForEach(Console.WriteLine);
            }
        }
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    internal sealed class Stat
    {
        public long Calls;
        public long Ticks;
        public long Slow;
        public long SlowTicks;
        public long Longest;
        public double Pauses;

        public void Add(long ticks, TimeSpan pause)
        {
            Calls++;
            Ticks += ticks;
            Longest = Math.Max(Longest, ticks);
            Pauses += pause.TotalMilliseconds;
            if (ticks > SlowCall)
            {
                Slow++;
                SlowTicks += ticks;
            }
        }
    }
}
