using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// The per-compilation fixed cost: resolving the well-known symbols (the compilation-start gate) and the whole analyzer
/// on a one-line file, over 30 fresh compilations.
/// </summary>
internal static class StartCost
{
    public static async Task RunAsync(ImmutableArray<DiagnosticAnalyzer> ours)
    {
        var tryCreate = typeof(TokenValidationAnalyzer).Assembly.GetType("TokenValidationAnalyzers.Core.Symbols.WellKnownTypes")!.GetMethod("TryCreate")!;
        var references = References.Load(withIdentity: true);
        var tree = CSharpSyntaxTree.ParseText(
            "using System.Text; using Microsoft.IdentityModel.Tokens; using Microsoft.Extensions.Configuration; using Microsoft.Extensions.DependencyInjection; using Microsoft.AspNetCore.Authentication.JwtBearer; class C { }");
        var types = new List<double>();
        var starts = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var first = CSharpCompilation.Create("T" + i, new[] { tree }, references);
            _ = first.GetDiagnostics();
            var watch = Stopwatch.StartNew();
            tryCreate.Invoke(null, new object[] { first });
            types.Add(watch.Elapsed.TotalMilliseconds);

            var second = CSharpCompilation.Create("U" + i, new[] { tree }, references);
            _ = second.GetDiagnostics();
            var (times, _) = await Measurement.TelemetryAsync(second, ours);
            starts.Add(Measurement.Sum(times, ours));
        }

        types.Sort();
        starts.Sort();
        Console.WriteLine($"WellKnownTypes.TryCreate: min {types[0]:F2} median {types[15]:F2} ms; whole analyzer on a one-line file: min {starts[0]:F2} median {starts[15]:F2} ms");
    }
}
