using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TokenValidationAnalyzers.Tests.Catalogue;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>
/// Half-written code, as the IDE hands it to analyzers on every keystroke: every C# source the test suite contains
/// is truncated, has lines, brackets, semicolons or commas dropped, identifiers renamed to unknown ones, or loses its
/// IdentityModel references. Every analyzer runs on every variant, every code fix on a sample of them. Seeded, so a
/// failure names an input that reproduces.
/// </summary>
public class BrokenVariantTests
{
    private const int Seed = 20261129;
    private const int VariantsPerSource = 12;
    private const int MaxVariants = 2000;

    [Fact]
    public async Task EveryAnalyzerOnBrokenVariants_DoesNotThrow()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var count = 0;
        foreach (var source in Corpus())
        {
            for (var v = 0; v < VariantsPerSource && count < MaxVariants; v++, count++)
            {
                var (variant, kind) = Mutate(source, random, v);
                var references = kind == "no-identitymodel" ? TestReferences.WithoutIdentityModel
                    : source.Contains("Owin", StringComparison.Ordinal) ? TestReferences.WithKatana
                    : TestReferences.All;
                var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, variant }, references);
                foreach (var failure in run.Failures)
                {
                    failures.Add($"{kind} variant threw: {failure}\n--- input ---\n{variant}");
                }
            }
        }

        Assert.True(count > 400, $"the corpus gave only {count} variants");
        Assert.True(failures.Count == 0, failures.FirstOrDefault());
    }

    /// <summary>The OWIN sources, with the Katana 4.x or 3.x stubs referenced: the corpus cap above may stop before them.</summary>
    [Fact]
    public async Task KatanaSourcesOnBrokenVariants_DoNotThrow()
    {
        var random = new Random(Seed + 2);
        var failures = new List<string>();
        var count = 0;
        foreach (var source in Corpus().Where(source => source.Contains("Owin", StringComparison.Ordinal)))
        {
            for (var v = 0; v < VariantsPerSource; v++, count++)
            {
                var (variant, kind) = Mutate(source, random, v);
                // every other variant against Katana 3.x, which has no Microsoft.IdentityModel.Tokens
                var references = v % 2 == 0 ? TestReferences.WithKatana : TestReferences.WithoutIdentityModel.Add(StubReferences.Katana3);
                var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, variant }, references);
                foreach (var failure in run.Failures)
                {
                    failures.Add($"{kind} variant threw: {failure}\n--- input ---\n{variant}");
                }
            }
        }

        Assert.True(count > 50, $"the corpus gave only {count} OWIN variants");
        Assert.True(failures.Count == 0, failures.FirstOrDefault());
    }

    [Fact]
    public async Task EveryCodeFixOnBrokenVariants_DoesNotThrow()
    {
        var random = new Random(Seed + 1);
        var fixedDiagnostics = 0;
        var sources = Corpus().ToList();
        for (var i = 0; i < 120; i++)
        {
            var source = sources[random.Next(sources.Count)];
            var (variant, _) = Mutate(source, random, random.Next(4));
            try
            {
                fixedDiagnostics += await CodeFixCrashGuardTests.RunEveryFixAsync(variant, OutputKind.DynamicallyLinkedLibrary);
            }
            catch (Exception exception)
            {
                Assert.Fail($"an analyzer or code fix failed: {exception}\n--- input ---\n{variant}");
            }
        }

        Assert.True(fixedDiagnostics > 0, "no variant produced a diagnostic to fix: the corpus or the mutations are wrong");
    }

    /// <summary>The C# sources of the test suite: its raw string literals that look like compilation units.</summary>
    private static IEnumerable<string> Corpus()
    {
        var folder = RuleCatalogue.PathInRepository("tests", "TokenValidationAnalyzers.Tests");
        foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), AnalyzerRun.ParseOptions).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                if ((token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
                    && token.ValueText is { Length: > 40 } text
                    && (text.Contains("class ", StringComparison.Ordinal) || text.Contains("using ", StringComparison.Ordinal)))
                {
                    // markup such as {|TVA1001:…|} and [|…|] is the verifier's, not C#
                    yield return Regex.Replace(text, @"\{\|[A-Z]+[0-9]*:|\|\}|\[\||\|\]", "");
                }
            }
        }
    }

    private static (string Text, string Kind) Mutate(string source, Random random, int variant)
    {
        switch (variant % 6)
        {
            case 0:
                return (source.Substring(0, random.Next(source.Length)), "truncated");
            case 1:
                return (string.Join('\n', source.Split('\n').Where(_ => random.Next(5) != 0)), "lines-dropped");
            case 2:
                return (new string(source.Where(c => !(c is '(' or ')' or '{' or '}' or '[' or ']') || random.Next(8) != 0).ToArray()), "brackets-dropped");
            case 3:
                return (new string(source.Where(c => !(c is ';' or ',' or '=') || random.Next(6) != 0).ToArray()), "punctuation-dropped");
            case 4:
                return (RenameIdentifiers(source, random), "identifiers-renamed");
            default:
                return (source, "no-identitymodel");
        }
    }

    private static string RenameIdentifiers(string source, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(source, AnalyzerRun.ParseOptions).GetRoot();
        var text = new StringBuilder(source);
        foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Reverse())
        {
            if (random.Next(7) == 0)
            {
                text.Remove(token.SpanStart, token.Span.Length).Insert(token.SpanStart, "Unknown" + random.Next(100));
            }
        }

        return text.ToString();
    }
}
