using System.Text;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// The TokenValidationAnalysisMode presets are generated from the descriptors. A test fails when they drift; run the
/// tests once with TVA_UPDATE_PRESETS=1 to rewrite them.
/// </summary>
public class PresetTests
{
    /// <summary>The three modes a user picks, and the one test projects get (every rule a suggestion).</summary>
    public static TheoryData<string> Modes() => new() { "Default", "Strict", "None", "Tests" };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Preset_MatchesDescriptors(string mode)
    {
        var path = RuleCatalogue.PathInRepository("src", "Package", "config", $"TokenValidationAnalysisMode.{mode}.globalconfig");
        var expected = Generate(mode);
        if (Environment.GetEnvironmentVariable("TVA_UPDATE_PRESETS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with TVA_UPDATE_PRESETS=1");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void StrictPreset_RaisesWarningsToErrorsAndInfoToWarnings()
    {
        var strict = Generate("Strict");
        foreach (var descriptor in new TokenValidationAnalyzer().SupportedDiagnostics)
        {
            var raised = descriptor.DefaultSeverity == DiagnosticSeverity.Info ? "warning" : "error";
            Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity = {raised}\n", strict, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TestsPreset_MakesEveryRuleASuggestion()
    {
        var tests = Generate("Tests");
        foreach (var descriptor in new TokenValidationAnalyzer().SupportedDiagnostics)
        {
            Assert.Contains($"dotnet_diagnostic.{descriptor.Id}.severity = suggestion\n", tests, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Props_BuildAndBuildTransitiveAreTheSame()
    {
        var build = File.ReadAllText(RuleCatalogue.PathInRepository("src", "Package", "build", "TokenValidationAnalyzers.props"));
        var transitive = File.ReadAllText(RuleCatalogue.PathInRepository("src", "Package", "buildTransitive", "TokenValidationAnalyzers.props"));
        Assert.Equal(transitive, build);
    }

    private static string Generate(string mode)
    {
        var text = new StringBuilder();
        text.Append("# TokenValidationAnalysisMode = ").Append(mode).Append('\n');
        text.Append("# Generated from the rule descriptors (tests/TokenValidationAnalyzers.Tests/Package/PresetTests.cs); do not edit.\n");
        text.Append("# A negative global_level keeps a project's .editorconfig and its own global configs in charge.\n");
        text.Append("is_global = true\n");
        text.Append("global_level = -100\n");
        foreach (var descriptor in new TokenValidationAnalyzer().SupportedDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append('\n');
            text.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            text.Append("dotnet_diagnostic.").Append(descriptor.Id).Append(".severity = ").Append(Severity(mode, descriptor.DefaultSeverity)).Append('\n');
        }

        return text.ToString();
    }

    private static string Severity(string mode, DiagnosticSeverity severity) => (mode, severity) switch
    {
        ("None", _) => "none",
        ("Tests", _) => "suggestion",
        ("Strict", DiagnosticSeverity.Info) => "warning",
        ("Strict", _) => "error",
        (_, DiagnosticSeverity.Error) => "error",
        (_, DiagnosticSeverity.Warning) => "warning",
        (_, DiagnosticSeverity.Info) => "suggestion",
        _ => "silent",
    };
}
