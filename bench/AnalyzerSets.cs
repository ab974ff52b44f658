using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>The analyzers compared: ours, Microsoft's CA5404+CA5405, Microsoft's whole Security category, and the measuring sticks.</summary>
internal sealed class AnalyzerSets
{
    private const string Security = "Security";

    private AnalyzerSets(ImmutableArray<DiagnosticAnalyzer> security)
    {
        SecurityCategory = security;
        Pair = security.Where(a => a.GetType().Name is "DoNotDisableTokenValidationChecks" or "DoNotAlwaysSkipTokenValidationInDelegates").ToImmutableArray();
        if (Pair.Length != 2)
        {
            throw new InvalidOperationException($"expected CA5404 and CA5405 among the Security analyzers, found {Pair.Length}");
        }
    }

    public ImmutableArray<DiagnosticAnalyzer> Ours { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new TokenValidationAnalyzer());

    /// <summary>CA5404 (<c>DoNotDisableTokenValidationChecks</c>) and CA5405 (<c>DoNotAlwaysSkipTokenValidationInDelegates</c>).</summary>
    public ImmutableArray<DiagnosticAnalyzer> Pair { get; }

    /// <summary>Every NetAnalyzers analyzer with a diagnostic of category Security.</summary>
    public ImmutableArray<DiagnosticAnalyzer> SecurityCategory { get; }

    public ImmutableArray<DiagnosticAnalyzer> Nothing { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer());

    public ImmutableArray<DiagnosticAnalyzer> Floor { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyOperationCallbacksAnalyzer());

    public int SecurityRules => SecurityCategory.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Category == Security).Select(d => d.Id).Distinct().Count();

    /// <summary>Every rule of ours and every Security rule of Microsoft's on, as <c>AnalysisModeSecurity=All</c> does (most are off by default).</summary>
    public ImmutableDictionary<string, ReportDiagnostic> Switches()
        => Ours.SelectMany(a => a.SupportedDiagnostics)
            .Concat(SecurityCategory.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Category == Security))
            .Select(d => d.Id).Distinct()
            .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);

    public static AnalyzerSets Load()
    {
        var folder = typeof(AnalyzerSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetAnalyzers").Value!;
        var loader = new Loader();
        var security = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .SelectMany(file => new AnalyzerFileReference(Path.Combine(folder, file), loader).GetAnalyzers(LanguageNames.CSharp))
            .Where(a => a.SupportedDiagnostics.Any(d => d.Category == Security))
            .ToImmutableArray();
        return new AnalyzerSets(security);
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
