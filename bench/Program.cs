// Times every analyzer of the package against Microsoft's CA5404/CA5405 on a generated compilation of ordinary
// service code in which ~2 % of the files configure authentication. Sequential analysis, execution-time telemetry.
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Bench;

var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var files = numbers.Length > 0 ? int.Parse(numbers[0]) : 1000;
var rounds = numbers.Length > 1 ? int.Parse(numbers[1]) : 3;

var ours = typeof(TokenValidationAnalyzers.Descriptors).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
var peers = LoadPeers();
if (args.Contains("--families"))
{
    // one analyzer per family: which family costs what
    ours = typeof(TokenValidationAnalyzers.Descriptors).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(TokenValidationAnalyzers.Core.RuleFamilyAnalyzer)) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
}

if (args.Contains("--floor"))
{
    // measuring sticks: the package's registration doing nothing, and the operation callbacks it replaced
    ours = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyCallbacksAnalyzer(), new EmptyOperationCallbacksAnalyzer(), ours[0]);
}

var references = References.Load(withIdentity: true);
if (args.Contains("--start"))
{
    var tryCreate = typeof(TokenValidationAnalyzers.Descriptors).Assembly.GetType("TokenValidationAnalyzers.Core.WellKnownTypes")!.GetMethod("TryCreate")!;
    var t1 = new[] { CSharpSyntaxTree.ParseText("using System.Text; using Microsoft.IdentityModel.Tokens; using Microsoft.Extensions.Configuration; using Microsoft.Extensions.DependencyInjection; using Microsoft.AspNetCore.Authentication.JwtBearer; class C { }") };
    var types = new List<double>(); var starts = new List<double>();
    for (var i = 0; i < 30; i++)
    {
        var c = CSharpCompilation.Create("T" + i, t1, references);
        _ = c.GetDiagnostics();
        var w = Stopwatch.StartNew();
        tryCreate.Invoke(null, new object[] { c });
        types.Add(w.Elapsed.TotalMilliseconds);
        var c2 = CSharpCompilation.Create("U" + i, t1, references);
        _ = c2.GetDiagnostics();
        var cwa = c2.WithAnalyzers(ours, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, false, true));
        _ = await cwa.GetAnalyzerDiagnosticsAsync();
        starts.Add(cwa.GetAnalyzerTelemetryInfoAsync(ours[0], CancellationToken.None).Result.ExecutionTime.TotalMilliseconds);
    }
    types.Sort(); starts.Sort();
    Console.WriteLine($"WellKnownTypes min {types[0]:F2} median {types[15]:F2} ms; whole analyzer on an empty file min {starts[0]:F2} median {starts[15]:F2} ms");
    return;
}
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var trees = Workload.Generate(files).Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"F{i}.cs")).ToList();
var bareTrees = Workload.Generate(files, withAuthentication: false).Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"B{i}.cs")).ToList();
var lines = trees.Sum(t => t.GetText().Lines.Count);
var enable = ours.AddRange(peers).SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()
    .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
    .WithSpecificDiagnosticOptions(enable);
Console.WriteLine($"workload: {files} files, {lines} lines; {ours.Length} analyzers of ours, {peers.Length} of Microsoft's; machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

var results = new List<(double Compile, double Ours, double Peers, double Bare)>();
for (var round = 0; round < rounds; round++)
{
    // --cold: fresh syntax trees every round, as a command-line build sees them; by default the trees are reused, as the
    // IDE reuses them across the compilations it builds per edit (files found without triggers are then not read again)
    var roundTrees = args.Contains("--cold")
        ? Workload.Generate(files).Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"F{i}.cs")).ToList()
        : trees;
    var compilation = CSharpCompilation.Create("Bench" + round, roundTrees, references, options);
    var watch = Stopwatch.StartNew();
    _ = compilation.GetDiagnostics();
    var compile = watch.Elapsed.TotalMilliseconds;
    var (oursTime, peersTime, perAnalyzer) = await Measure(compilation, ours, peers);

    // the same workload without IdentityModel: the compilation-start gate must make the package nearly free
    var bare = CSharpCompilation.Create("Bare" + round, bareTrees, References.Load(withIdentity: false), options);
    _ = bare.GetDiagnostics(); // a build binds everything before analyzers run; do the same here
    var (bareTime, _, _) = await Measure(bare, ours, ImmutableArray<DiagnosticAnalyzer>.Empty);
    results.Add((compile, oursTime, peersTime, bareTime));
    Console.WriteLine($"round {round}: compile {compile:F0} ms | ours {oursTime:F1} ms | CA5404+CA5405 {peersTime:F1} ms | ours without IdentityModel {bareTime:F2} ms");
    foreach (var (name, time) in perAnalyzer)
    {
        Console.WriteLine($"    {name,-40} {time,8:F1} ms");
    }
}

var measured = results.Skip(rounds > 1 ? 1 : 0).OrderBy(r => r.Ours / Math.Max(r.Peers, 0.001)).ToList();
var median = measured[measured.Count / 2];
Console.WriteLine($"ratio ours/CA5404+CA5405 = {median.Ours / median.Peers:F2}; ours/compilation = {median.Ours / median.Compile:P2}; without IdentityModel: {median.Bare:F2} ms (median of {measured.Count} rounds)");

static async Task<(double Ours, double Peers, List<(string, double)> PerAnalyzer)> Measure(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> ours, ImmutableArray<DiagnosticAnalyzer> peers)
{
    // start every measurement from a collected heap: a collection triggered by the compiler's own garbage would be
    // charged to whichever analyzer callback happens to be running
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var all = ours.AddRange(peers);
    var withAnalyzers = compilation.WithAnalyzers(all, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var perAnalyzer = new List<(string, double)>();
    double Sum(ImmutableArray<DiagnosticAnalyzer> set)
    {
        var total = 0.0;
        foreach (var analyzer in set)
        {
            var time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).Result.ExecutionTime.TotalMilliseconds;
            perAnalyzer.Add((analyzer.GetType().Name, time));
            total += time;
        }

        return total;
    }

    return (Sum(ours), Sum(peers), perAnalyzer);
}

static ImmutableArray<DiagnosticAnalyzer> LoadPeers()
{
    var path = typeof(Workload).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetAnalyzers").Value!;
    var reference = new AnalyzerFileReference(path, new Loader());
    return reference.GetAnalyzers(LanguageNames.CSharp)
        .Where(a => a.GetType().Name is "DoNotDisableTokenValidationChecks" or "DoNotAlwaysSkipTokenValidationInDelegates")
        .ToImmutableArray();
}

sealed class Loader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath) { }
    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
