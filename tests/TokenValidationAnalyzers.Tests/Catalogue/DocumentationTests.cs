using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Tests.Robustness;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Catalogue;

/// <summary>
/// The <c>## Example</c> of every rule page compiles and raises exactly what its <c>// TVAxxxx</c> end-of-line comments
/// say (rule and line, its own rule among them), and every fixed version after it compiles and raises nothing.
/// </summary>
/// <remarks>
/// The section is read as runs of code blocks separated by prose. The first run is the example; every later run is
/// one fixed version of it. Every block of the example names its file in its first line (<c>// Program.cs (…)</c>,
/// <c>// appsettings.json</c>); "implicit usings enabled" there adds the SDK's implicit usings, and
/// "Microsoft.NET.Sdk.Web" the Web SDK's, and "JWT 10.x" compiles against a JWT.Net 10.x stub instead of the restored 7.3.1. A named block of a fixed version replaces that file; a C# block without a
/// name is an excerpt: its first line replaces the example line that starts the same way (up to the first <c>=</c>),
/// and a block of several lines replaces everything from there to the first line equal to its last one. JSON files
/// are passed to the analyzer as additional files; other languages (shell commands) are not compiled.
/// </remarks>
public class DocumentationTests
{
    /// <summary>The implicit usings Microsoft.NET.Sdk.Web adds to those of Microsoft.NET.Sdk.</summary>
    private const string WebGlobalUsings =
        "global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Hosting; global using Microsoft.AspNetCore.Http; " +
        "global using Microsoft.AspNetCore.Routing; global using Microsoft.Extensions.Configuration; " +
        "global using Microsoft.Extensions.DependencyInjection; global using Microsoft.Extensions.Hosting; " +
        "global using Microsoft.Extensions.Logging; global using System.Net.Http.Json;";

    private static readonly Regex MarkerComment = new(@"//\s*(TVA\d{4})\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex FileHeader = new(@"^//\s*([\w.]+\.(?:cs|json))\b", RegexOptions.CultureInvariant);

    /// <summary>Each page's example, analyzed once for the two tests that check it.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<Task<Analysis>>> ExampleAnalyses = new();

    public static IEnumerable<object[]> DescriptorIds() => RuleCatalogue.DescriptorIds();

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Page_HasExampleAndFixedVersion(string id)
    {
        var runs = ExampleRuns(id);
        Assert.True(runs.Count >= 2, $"docs/rules/{id}.md: the Example section needs the example and at least one fixed version after it");
        Assert.Contains(Markers(Files(runs[0])), marker => marker.Id == id);
        Assert.All(runs.Skip(1), run => Assert.True(run.Any(IsCompiled), $"docs/rules/{id}.md: a fixed version has no C# or JSON block"));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public async Task Example_CompilesWithoutErrors(string id)
    {
        var analysis = await AnalyzeExampleAsync(id);
        Assert.True(analysis.Errors.IsEmpty, $"docs/rules/{id}.md: the example does not compile:\n{string.Join("\n", analysis.Errors)}");
        Assert.Empty(analysis.Run.Failures);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public async Task Example_ReportsItsRuleOnMarkedLines(string id)
    {
        var files = Files(ExampleRuns(id)[0]);
        var marked = Markers(files).ToImmutableSortedSet();
        var analysis = await AnalyzeExampleAsync(id);
        var reported = analysis.Reported.ToImmutableSortedSet();

        Assert.Contains(marked, marker => marker.Id == id);
        Assert.True(
            marked.SetEquals(reported),
            $"docs/rules/{id}.md: the example marks {Describe(marked)} but the analyzer reports {Describe(reported)}");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public async Task FixedExample_CompilesWithoutDiagnostics(string id)
    {
        var runs = ExampleRuns(id);
        var example = Files(runs[0]);
        foreach (var (run, index) in runs.Skip(1).Select((run, index) => (run, index + 1)))
        {
            var analysis = await AnalyzeAsync(Apply(id, example, run));
            var what = $"docs/rules/{id}.md, fixed version {index}";
            Assert.True(analysis.Errors.IsEmpty, $"{what} does not compile:\n{string.Join("\n", analysis.Errors)}");
            Assert.Empty(analysis.Run.Failures);
            Assert.True(analysis.Reported.IsEmpty, $"{what} still reports {Describe(analysis.Reported)}");
        }
    }

    internal sealed record CodeBlock(string Language, ImmutableArray<string> Lines)
    {
        public string? FileName => Lines.Length > 0 && FileHeader.Match(Lines[0]) is { Success: true } match ? match.Groups[1].Value : null;

        public bool IsCSharp => Language is "csharp" or "cs" or "c#";

        public bool IsJson => Language is "json" or "jsonc";
    }

    internal sealed record SourceFile(string Name, string Header, ImmutableArray<string> Lines)
    {
        public bool IsCSharp => Name.EndsWith(".cs", StringComparison.Ordinal);

        public string Text => string.Join("\n", Lines) + "\n";
    }

    internal sealed record Marker(string File, int Line, string Id) : IComparable<Marker>
    {
        public int CompareTo(Marker? other)
        {
            if (other is null)
            {
                return 1;
            }

            var byFile = string.CompareOrdinal(File, other.File);
            return byFile != 0 ? byFile : Line != other.Line ? Line.CompareTo(other.Line) : string.CompareOrdinal(Id, other.Id);
        }

        public override string ToString() => $"{Id} at {File}:{Line + 1}";
    }

    private sealed record Analysis(ImmutableArray<string> Errors, ImmutableArray<Marker> Reported, AnalyzerRun Run);

    /// <summary>The code blocks of the page's <c>## Example</c> section, grouped into runs that no prose separates.</summary>
    internal static List<List<CodeBlock>> ExampleRuns(string id)
    {
        var lines = File.ReadAllLines(RuleCatalogue.PathInRepository("docs", "rules", id + ".md"));
        var start = Array.FindIndex(lines, line => line.TrimEnd() == "## Example");
        Assert.True(start >= 0, $"docs/rules/{id}.md has no '## Example' section");

        var runs = new List<List<CodeBlock>>();
        var proseSinceLastBlock = true;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                proseSinceLastBlock |= !string.IsNullOrWhiteSpace(lines[i]);
                continue;
            }

            var language = lines[i][3..].Trim().ToLowerInvariant();
            var end = Array.FindIndex(lines, i + 1, line => line.StartsWith("```", StringComparison.Ordinal));
            Assert.True(end > i, $"docs/rules/{id}.md: code block at line {i + 1} is not closed");
            if (proseSinceLastBlock)
            {
                runs.Add(new List<CodeBlock>());
            }

            runs[^1].Add(new CodeBlock(language, lines[(i + 1)..end].ToImmutableArray()));
            proseSinceLastBlock = false;
            i = end;
        }

        Assert.NotEmpty(runs);
        return runs;
    }

    private static bool IsCompiled(CodeBlock block) => block.IsCSharp || block.IsJson;

    /// <summary>The files of a run; every compiled block of the example names its file in its first line.</summary>
    private static ImmutableArray<SourceFile> Files(IEnumerable<CodeBlock> run)
        => run.Where(IsCompiled).Select(block =>
        {
            Assert.True(block.FileName is not null, "an example block does not name its file in its first line:\n" + string.Join("\n", block.Lines));
            return new SourceFile(block.FileName!, block.Lines[0], block.Lines);
        }).ToImmutableArray();

    /// <summary>The example with a fixed version applied: named files replace files, excerpts replace lines.</summary>
    private static ImmutableArray<SourceFile> Apply(string id, ImmutableArray<SourceFile> example, IEnumerable<CodeBlock> fixedRun)
    {
        var files = example.ToList();
        foreach (var block in fixedRun.Where(IsCompiled))
        {
            if (block.FileName is { } name)
            {
                files.RemoveAll(file => file.Name == name);
                files.Add(new SourceFile(name, block.Lines[0], block.Lines));
                continue;
            }

            Assert.True(block.IsCSharp && block.Lines.Length > 0, $"docs/rules/{id}.md: an unnamed fixed block must be a C# excerpt of the example");
            var key = Key(block.Lines[0]);
            var targets = files.Where(file => file.IsCSharp)
                .SelectMany(file => file.Lines.Select((line, index) => (file, index)).Where(at => Key(at.file.Lines[at.index]) == key))
                .ToList();
            Assert.True(targets.Count == 1, $"docs/rules/{id}.md: the excerpt line '{block.Lines[0].Trim()}' must start like exactly one example line, found {targets.Count}");
            var (target, first) = targets[0];
            var last = first;
            if (block.Lines.Length > 1)
            {
                last = target.Lines.ToList().FindIndex(first + 1, line => line == block.Lines[^1]);
                Assert.True(last > first, $"docs/rules/{id}.md: no example line after '{block.Lines[0].Trim()}' equals the excerpt's last line '{block.Lines[^1]}'");
            }

            var patched = target.Lines.RemoveRange(first, last - first + 1).InsertRange(first, block.Lines);
            files[files.IndexOf(target)] = target with { Lines = patched };
        }

        return files.ToImmutableArray();
    }

    /// <summary>What identifies the line an excerpt replaces: its indentation and text up to the first '='.</summary>
    private static string Key(string line)
    {
        var trimmed = line.TrimEnd();
        var equals = trimmed.IndexOf(" = ", StringComparison.Ordinal);
        return equals < 0 ? trimmed : trimmed[..(equals + 2)];
    }

    private static IEnumerable<Marker> Markers(IEnumerable<SourceFile> files)
        => files.SelectMany(file => file.Lines.Select((line, index) => (line, index))
            .Select(at => (at.index, match: MarkerComment.Match(at.line)))
            .Where(at => at.match.Success)
            .Select(at => new Marker(file.Name, at.index, at.match.Groups[1].Value)));

    /// <summary>
    /// Compiles the C# files as the page's project would (the SDK's or the Web SDK's implicit usings when a first line
    /// says they are enabled, an executable when there are top-level statements), with every TVA rule on, and runs the
    /// exported analyzer through <see cref="AnalyzerRun"/>.
    /// </summary>
    private static async Task<Analysis> AnalyzeAsync(ImmutableArray<SourceFile> files)
    {
        var csharp = files.Where(file => file.IsCSharp).ToImmutableArray();
        var implicitUsings = csharp.Any(file => file.Header.Contains("implicit usings enabled", StringComparison.Ordinal));
        var web = csharp.Any(file => file.Header.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal));
        var topLevel = csharp.Any(file => CSharpSyntaxTree.ParseText(file.Text, AnalyzerRun.ParseOptions).GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any());
        var sources = csharp.Select(file => file.Text).Append(implicitUsings ? TestReferences.GlobalUsings + (web ? " " + WebGlobalUsings : "") : "");
        // JWT.Net's ValidationParameters needs a newer JWT.Net than the restored 7.3.1: a first line naming "JWT 10.x" uses the stub
        var jwtNet10 = csharp.Any(file => file.Header.Contains("JWT 10.x", StringComparison.Ordinal));
        var references = jwtNet10 ? TestReferences.WithJwtNet10 : TestReferences.All;
        var compilation = AnalyzerRun.Compile(sources, references, topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            AllRules.Ids.Select(ruleId => KeyValuePair.Create(ruleId, ReportDiagnostic.Warn))));

        var additional = files.Where(file => !file.IsCSharp)
            .Select(file => (AdditionalText)new AnalyzerRun.InMemoryText(file.Name, file.Text))
            .ToImmutableArray();
        var run = await AnalyzerRun.RunAsync(compilation, concurrent: false, additional);

        // AnalyzerRun names the trees Source0.cs, Source1.cs…: report them by the page's file names
        Marker At(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.GetLineSpan();
            var name = span.Path.StartsWith("Source", StringComparison.Ordinal) && int.TryParse(span.Path["Source".Length..^".cs".Length], out var index) && index < csharp.Length
                ? csharp[index].Name
                : Path.GetFileName(span.Path);
            return new Marker(name, span.StartLinePosition.Line, diagnostic.Id);
        }

        var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => $"{At(diagnostic)}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToImmutableArray();
        var reported = run.RuleDiagnostics.Select(At).Distinct().ToImmutableArray();
        return new Analysis(errors, reported, run);
    }

    private static Task<Analysis> AnalyzeExampleAsync(string id)
        => ExampleAnalyses.GetOrAdd(id, static id => new Lazy<Task<Analysis>>(() => AnalyzeAsync(Files(ExampleRuns(id)[0])))).Value;

    private static string Describe(IEnumerable<Marker> markers)
        => markers.Any() ? string.Join(", ", markers) : "nothing";
}
