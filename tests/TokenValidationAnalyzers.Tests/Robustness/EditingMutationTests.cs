using Microsoft.CodeAnalysis.CSharp;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>
/// The weak configurations of <see cref="DeterminismTests"/> as they look while being edited: cut off at many
/// points, or with one token deleted. Each is a differently broken tree; no analyzer may throw on any of them.
/// </summary>
public class EditingMutationTests
{
    private const int PrefixStep = 6;
    private const int TokenStep = 3;

    public static IEnumerable<object[]> Sources()
    {
        yield return new object[] { nameof(DeterminismTests.WeakConfigurations) };
        yield return new object[] { nameof(DeterminismTests.MoreWeakConfigurations) };
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Prefixes_DoNotThrow(string name)
    {
        var source = Source(name);
        var failures = new List<string>();
        for (var length = 0; length <= source.Length; length += PrefixStep)
        {
            var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, source[..length] }, TestReferences.All);
            failures.AddRange(run.Failures.Select(failure => $"prefix of {length} chars: {failure}"));
        }

        Assert.Empty(failures.Take(5));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task TokenDeleted_DoesNotThrow(string name)
    {
        var source = Source(name);
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
        var failures = new List<string>();
        for (var index = 0; index < tokens.Count; index += TokenStep)
        {
            var token = tokens[index];
            var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, source.Remove(token.SpanStart, token.Span.Length) }, TestReferences.All);
            failures.AddRange(run.Failures.Select(failure => $"without '{token.Text}' at {token.SpanStart}: {failure}"));
        }

        Assert.Empty(failures.Take(5));
    }

    private static string Source(string name)
        => name == nameof(DeterminismTests.WeakConfigurations) ? DeterminismTests.WeakConfigurations : DeterminismTests.MoreWeakConfigurations;
}
