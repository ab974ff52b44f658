using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// What the driver's generated-code filter costs an analyzer that reports: one finding in each file that configures
/// authentication, reported by an analyzer that lets the driver drop findings in generated code
/// (<c>GeneratedCodeAnalysisFlags.Analyze</c>) and by one that does not ask it to (<c>| ReportDiagnostics</c>), on
/// fresh syntax trees, as a command-line build has them.
/// </summary>
internal static class ReportCost
{
    public static async Task RunAsync(int files, int rounds, List<MetadataReference> references)
    {
        var texts = Workload.Generate(files, withAuthentication: true).ToList();
        var filtered = new List<double>();
        var unfiltered = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var driverFilters in new[] { true, false })
            {
                var trees = texts.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"F{i}.cs")).ToList();
                var compilation = CSharpCompilation.Create("Report" + round, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                var (times, diagnostics) = await Measurement.TelemetryAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new OneFindingPerFile(driverFilters)));
                (driverFilters ? filtered : unfiltered).Add(times.Values.Single());
                Console.WriteLine($"round {round}: driver filters {driverFilters,-5} {times.Values.Single(),7:F2} ms, {diagnostics.Length} findings");
            }
        }

        filtered.Sort();
        unfiltered.Sort();
        Console.WriteLine($"the driver's filter: min {filtered[0]:F2} ms, median {filtered[rounds / 2]:F2} ms; "
            + $"without it: min {unfiltered[0]:F2} ms, median {unfiltered[rounds / 2]:F2} ms");
    }

    // a measuring device, not a rule: no release tracking, one tree at a time
#pragma warning disable RS1001, RS1026, RS1036, RS2008
    private sealed class OneFindingPerFile(bool driverFilters) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Finding = new("BENCH0001", "Finding", "Finding", "Bench", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Finding);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(driverFilters
                ? GeneratedCodeAnalysisFlags.Analyze
                : GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxTreeAction(tree =>
            {
                var at = tree.Tree.GetText(tree.CancellationToken).ToString().IndexOf("new TokenValidationParameters", StringComparison.Ordinal);
                if (at >= 0)
                {
                    tree.ReportDiagnostic(Diagnostic.Create(Finding, Location.Create(tree.Tree, new TextSpan(at, 3))));
                }
            });
        }
    }
#pragma warning restore RS1001, RS1026, RS1036, RS2008
}
