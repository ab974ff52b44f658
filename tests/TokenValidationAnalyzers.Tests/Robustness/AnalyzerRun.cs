using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>Runs every discovered analyzer over a compilation the way the IDE does, collecting what they throw.</summary>
internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions)
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public IEnumerable<Diagnostic> RuleDiagnostics => Diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("TVA", StringComparison.Ordinal));

    /// <summary>Analyzer failures: exceptions seen by the driver and the AD0001 diagnostics they become.</summary>
    public IEnumerable<string> Failures => Exceptions.Concat(Diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").Select(diagnostic => diagnostic.ToString()));

    private static readonly ConcurrentDictionary<(ReferenceSet References, OutputKind OutputKind), CSharpCompilation> EmptyCompilations = new();

    /// <summary>
    /// The sources compiled against <paramref name="references"/>. The compilation is made from one without sources per
    /// set of references, as the IDE makes each edit's from the last: they share the binding of the references, which
    /// costs more than analyzing a small source.
    /// </summary>
    public static CSharpCompilation Compile(IEnumerable<string> sources, ImmutableArray<MetadataReference> references, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => EmptyCompilations
            .GetOrAdd((new ReferenceSet(references), outputKind), static key => CSharpCompilation.Create(
                "Guard", null, key.References.Items, new CSharpCompilationOptions(key.OutputKind, nullableContextOptions: NullableContextOptions.Enable)))
            .AddSyntaxTrees(sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{index}.cs")));

    public static Task<AnalyzerRun> RunAsync(IEnumerable<string> sources, ImmutableArray<MetadataReference> references, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => RunAsync(Compile(sources, references, outputKind), concurrent: false);

    public static async Task<AnalyzerRun> RunAsync(Compilation compilation, bool concurrent, ImmutableArray<AdditionalText> additionalFiles = default)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles.IsDefault ? ImmutableArray<AdditionalText>.Empty : additionalFiles),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(RuleCatalogue.CreateAnalyzers(), options).GetAnalyzerDiagnosticsAsync();
        return new AnalyzerRun(diagnostics, exceptions.ToImmutableArray());
    }

    /// <summary>References compared one by one by identity: the test references are made once, the arrays holding them often.</summary>
    private readonly record struct ReferenceSet(ImmutableArray<MetadataReference> Items)
    {
        public bool Equals(ReferenceSet other) => Items.SequenceEqual(other.Items, (IEqualityComparer<MetadataReference>)ReferenceEqualityComparer.Instance);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var reference in Items)
            {
                hash.Add(RuntimeHelpers.GetHashCode(reference));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>An additional file such as appsettings.json, held in memory.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
