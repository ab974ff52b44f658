// Times the package's analyzer beside Microsoft's CA5404+CA5405 and beside Microsoft's whole Security category on a
// generated compilation (Workload.cs). Method and figures: docs/performance.md.
//
//   dotnet run -c Release --project bench -- [FILES=1000] [ROUNDS=5] [--cold] [--telemetry] [--floor]
//   dotnet run -c Release --project bench -- --start
//   dotnet run -c Release --project bench -- [FILES] [ROUNDS] --callbacks [--cold]
//   dotnet run -c Release --project bench -- [FILES] [ROUNDS] --in-driver [--cold]
//   dotnet run -c Release --project bench -- [FILES] [ROUNDS] --report-cost
//
// --cold       fresh syntax trees every round (a command-line build); otherwise trees are reused (the IDE)
// --telemetry  the driver's per-analyzer execution times; otherwise wall time minus a do-nothing analyzer's wall time
// --floor      also time EmptyOperationCallbacksAnalyzer, the package's registrations doing nothing
// --pair-only  with --telemetry: ours beside CA5404+CA5405 only, without the Security category (much quicker)
// --start      the per-compilation fixed cost on a one-line file
// --callbacks  ours' operation callbacks without the driver: time per call by operation kind, the costliest shapes
// --in-driver  ours inside the driver as the shared harness runs it: each kind of callback timed, calls over 50 µs and
//              collection pauses apart, beside the same analyzer with its operation callbacks returning at once
// --report-cost  what the driver's generated-code filter costs an analyzer for one finding in each authentication file
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Bench;

var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var files = numbers.Length > 0 ? int.Parse(numbers[0]) : 1000;
var rounds = numbers.Length > 1 ? int.Parse(numbers[1]) : 5;
var cold = args.Contains("--cold");
var telemetry = args.Contains("--telemetry");
var floor = args.Contains("--floor");
var pairOnly = args.Contains("--pair-only");

var sets = AnalyzerSets.Load();
if (args.Contains("--start"))
{
    await StartCost.RunAsync(sets.Ours);
    return;
}

var parse = new CSharpParseOptions(LanguageVersion.Latest);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
    .WithSpecificDiagnosticOptions(sets.Switches());
var withIdentity = References.Load(withIdentity: true);
var withoutIdentity = References.Load(withIdentity: false);
List<SyntaxTree> Parse(bool authentication, string prefix)
    => Workload.Generate(files, authentication).Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"{prefix}{i}.cs")).ToList();

var trees = Parse(authentication: true, "F");
var bareTrees = Parse(authentication: false, "B");
Console.WriteLine($"workload: {files} files, {trees.Sum(t => t.GetText().Lines.Count)} lines; "
    + $"{(cold ? "fresh syntax trees every round (command-line build)" : "syntax trees reused across rounds (IDE)")}; "
    + $"{(telemetry ? "execution-time logging on: per-analyzer times" : "execution-time logging off: wall time minus a do-nothing analyzer's")}");
Console.WriteLine($"peers: CA5404+CA5405 ({sets.Pair.Length} analyzers); Security category ({sets.SecurityCategory.Length} analyzers, {sets.SecurityRules} rules on); "
    + $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");

if (args.Contains("--report-cost"))
{
    await ReportCost.RunAsync(files, rounds, withIdentity);
    return;
}

if (args.Contains("--in-driver"))
{
    await InDriver.RunAsync(() => CSharpCompilation.Create("InDriver", cold ? Parse(authentication: true, "F") : trees, withIdentity, options), rounds);
    return;
}

if (args.Contains("--callbacks"))
{
    Callbacks.Run(() => CSharpCompilation.Create("Callbacks", cold ? Parse(authentication: true, "F") : trees, withIdentity, options), sets.Ours[0], rounds);
    return;
}

var rows = new List<Row>();
for (var round = 0; round < rounds; round++)
{
    if (cold && round > 0)
    {
        trees = Parse(authentication: true, "F");
        bareTrees = Parse(authentication: false, "B");
    }

    var compilation = CSharpCompilation.Create("Bench" + round, trees, withIdentity, options);
    var bare = CSharpCompilation.Create("Bare" + round, bareTrees, withoutIdentity, options);
    var compile = Measurement.Compile(compilation);

    // bound as the compiler binds it before analyzers run, so that ours is not charged with binding its references
    Measurement.Compile(bare);
    var row = telemetry
        ? await TelemetryRoundAsync(compile, compilation, bare)
        : await WallRoundAsync(round, compile, compilation, bare);
    rows.Add(row);
    Console.WriteLine($"round {round}: compile {row.Compile,6:F0} ms | ours {row.Ours,7:F1} ms | CA5404+CA5405 {row.Pair,7:F1} ms | "
        + $"Security {row.Security,7:F1} ms | ours without IdentityModel {row.Bare,6:F2} ms"
        + (floor ? $" | empty operation callbacks {row.Floor,6:F1} ms" : "")
        + $" | {row.OurDiagnostics} TVA diagnostics");
}

var kept = rows.Skip(rounds > 1 ? 1 : 0).ToList();
double Median(Func<Row, double> value)
{
    var sorted = kept.Select(value).OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine($"medians of {kept.Count} rounds (first discarded): compile {Median(r => r.Compile):F0} ms, ours {Median(r => r.Ours):F1} ms, "
    + $"CA5404+CA5405 {Median(r => r.Pair):F1} ms, Security {Median(r => r.Security):F1} ms, ours without IdentityModel {Median(r => r.Bare):F2} ms"
    + (floor ? $", empty operation callbacks {Median(r => r.Floor):F1} ms" : ""));
Console.WriteLine($"result: ours/compile {Median(r => r.Ours / r.Compile):P3} (budget 0.3 %) | ours/CA5404+CA5405 {Median(r => r.Ours / r.Pair):F2} | "
    + $"ours/Security {Median(r => r.Ours / r.Security):F3} | ours without IdentityModel {Median(r => r.Bare):F2} ms");

async Task<Row> TelemetryRoundAsync(double compile, Compilation compilation, Compilation bare)
{
    var all = sets.Ours.AddRange(pairOnly ? sets.Pair : sets.SecurityCategory).AddRange(floor ? sets.Floor : ImmutableArray<DiagnosticAnalyzer>.Empty);
    var (times, diagnostics) = await Measurement.TelemetryAsync(compilation, all);
    var (bareTimes, _) = await Measurement.TelemetryAsync(bare, sets.Ours);
    return new Row(
        compile,
        Measurement.Sum(times, sets.Ours),
        Measurement.Sum(times, sets.Pair),
        pairOnly ? double.NaN : Measurement.Sum(times, sets.SecurityCategory),
        Measurement.Sum(bareTimes, sets.Ours),
        floor ? Measurement.Sum(times, sets.Floor) : double.NaN,
        diagnostics.Count(d => d.Id.StartsWith("TVA", StringComparison.Ordinal)));
}

async Task<Row> WallRoundAsync(int round, double compile, Compilation compilation, Compilation bare)
{
    // every run holds the do-nothing analyzer, so every run binds the whole compilation (an analyzer that registers
    // nothing, like ours without IdentityModel, would otherwise let the driver skip that); the sets run in an order that
    // rotates from round to round so that none always runs first or after the same other
    var runs = new List<(string Name, Compilation Compilation, ImmutableArray<DiagnosticAnalyzer> Analyzers)>
    {
        ("nothing", compilation, sets.Nothing), ("ours", compilation, sets.Ours), ("pair", compilation, sets.Pair),
        ("security", compilation, sets.SecurityCategory), ("bare nothing", bare, sets.Nothing), ("bare ours", bare, sets.Ours),
    };
    if (floor)
    {
        runs.Add(("floor", compilation, sets.Floor));
    }

    var shift = round % runs.Count;
    var times = new Dictionary<string, double>();
    var ourDiagnostics = 0;
    foreach (var (name, target, analyzers) in runs.Skip(shift).Concat(runs.Take(shift)))
    {
        var set = name.EndsWith("nothing", StringComparison.Ordinal) ? analyzers : sets.Nothing.AddRange(analyzers);
        var (elapsed, diagnostics) = await Measurement.WallAsync(target, set);
        times[name] = elapsed;
        ourDiagnostics += name == "ours" ? diagnostics.Count(d => d.Id.StartsWith("TVA", StringComparison.Ordinal)) : 0;
    }

    return new Row(
        compile,
        times["ours"] - times["nothing"],
        times["pair"] - times["nothing"],
        times["security"] - times["nothing"],
        times["bare ours"] - times["bare nothing"],
        floor ? times["floor"] - times["nothing"] : double.NaN,
        ourDiagnostics);
}

internal sealed record Row(double Compile, double Ours, double Pair, double Security, double Bare, double Floor, int OurDiagnostics);
