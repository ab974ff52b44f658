using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>
/// Analyzer verification with <c>{|TVA1001:…|}</c> markup against the hermetic references: the exported analyzer runs
/// with the rules of <typeparamref name="TRules"/> on and every other rule off. Every test compilation gets the
/// implicit usings of an SDK project.
/// </summary>
public static class Verify<TRules>
    where TRules : IRuleSet
{
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(new[] { source }, expected);

    public static async Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>As <see cref="AnalyzerAsync(string, DiagnosticResult[])"/> against other references (<see cref="TestReferences.WithJwtNet10"/>, …).</summary>
    public static async Task AnalyzerAsync(ImmutableArray<MetadataReference> references, string source, params DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(references);
        test.TestState.Sources.Add(source);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<TokenValidationAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TRules.References);
            TestState.Sources.Add(("GlobalUsings.g.cs", TestReferences.GlobalUsings));
            SolutionTransforms.Add(Options.For<TRules>);

            // each check re-runs the analysis: generated code has its own tests (GeneratedCodeTests), and suppression
            // by #pragma or [SuppressMessage] is the compiler's work
            TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        }
    }
}

/// <summary>Code fix verification: exact output, Fix All (document, project, solution) and a compiling result.</summary>
public static class Verify<TRules, TCodeFix>
    where TRules : IRuleSet
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Applies every fix one by one and with Fix All; both must give <paramref name="fixedSource"/>, which must compile and raise nothing.</summary>
    public static Task CodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
        => CodeFixAsync(source, fixedSource, expected, codeActionEquivalenceKey: null);

    public static async Task CodeFixAsync(string source, string fixedSource, DiagnosticResult[] expected, string? codeActionEquivalenceKey)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = codeActionEquivalenceKey,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>As <see cref="CodeFixAsync(string, string, DiagnosticResult[])"/> against other references (<see cref="TestReferences.WithJwtNet10"/>, …).</summary>
    public static async Task CodeFixAsync(ImmutableArray<MetadataReference> references, string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        foreach (var state in new[] { test.TestState, test.FixedState, test.BatchFixedState })
        {
            state.AdditionalReferences.Clear();
            state.AdditionalReferences.AddRange(references);
        }

        await test.RunAsync();
    }

    /// <summary>
    /// As <see cref="CodeFixAsync(string, string, DiagnosticResult[])"/> for a diagnostic reported when the compilation ends
    /// (options configured in one place only): the IDE offers such fixes from full-solution analysis, not the lightbulb.
    /// </summary>
    public static async Task CompilationEndCodeFixAsync(string source, string fixedSource)
    {
        var test = new Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        await test.RunAsync();
    }

    /// <summary>The fix is not offered for the diagnostic in <paramref name="source"/>.</summary>
    public static async Task NoCodeFixAsync(string source)
    {
        var test = new Test { TestCode = source, FixedCode = source };
        await test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TokenValidationAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TRules.References);
            FixedState.AdditionalReferences.AddRange(TRules.References);
            BatchFixedState.AdditionalReferences.AddRange(TRules.References);
            TestState.Sources.Add(("GlobalUsings.g.cs", TestReferences.GlobalUsings));
            FixedState.Sources.Add(("GlobalUsings.g.cs", TestReferences.GlobalUsings));
            SolutionTransforms.Add(Options.For<TRules>);
            TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        }
    }
}

internal static class Options
{
    /// <summary>Nullable on, the latest language version, and every rule outside <typeparamref name="TRules"/> off.</summary>
    public static Solution For<TRules>(Solution solution, ProjectId projectId)
        where TRules : IRuleSet
    {
        var project = solution.GetProject(projectId)!;
        var off = AllRules.Ids.Where(id => !TRules.Ids.Contains(id)).Select(id => KeyValuePair.Create(id, ReportDiagnostic.Suppress));
        var compilation = ((CSharpCompilationOptions)project.CompilationOptions!)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(project.CompilationOptions!.SpecificDiagnosticOptions.SetItems(off));
        var parse = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest);
        return solution.WithProjectCompilationOptions(projectId, compilation).WithProjectParseOptions(projectId, parse);
    }
}
