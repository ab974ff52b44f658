using TokenValidationAnalyzers.Scanner.Results;

namespace TokenValidationAnalyzers.Scanner.Tests;

/// <summary>The exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the scan is incomplete.</summary>
public sealed class FailOnTests
{
    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("note", 1)]
    [InlineData("none", 0)]
    public void WarningFinding_FailsAtOrBelowWarning(string failOn, int exitCode)
        => Assert.Equal(exitCode, FailOn.ExitCode(Report(FindingLevel.Warning), failOn));

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("note", 1)]
    [InlineData("none", 0)]
    public void NoteFinding_FailsOnlyAtNote(string failOn, int exitCode)
        => Assert.Equal(exitCode, FailOn.ExitCode(Report(FindingLevel.Note), failOn));

    [Theory]
    [InlineData("error")]
    [InlineData("none")]
    public void ErrorFinding_FailsEvenAtError_ButNotAtNone(string failOn)
        => Assert.Equal(failOn == "none" ? 0 : 1, FailOn.ExitCode(Report(FindingLevel.Error), failOn));

    [Theory]
    [InlineData("warning")]
    [InlineData("none")]
    public void IncompleteScan_ExitsTwo_WhateverTheThreshold(string failOn)
        => Assert.Equal(2, FailOn.ExitCode(Report(FindingLevel.Warning) with { Problems = new[] { "src/B/B.csproj failed to build" } }, failOn));

    [Fact]
    public void NoFinding_ExitsZero()
        => Assert.Equal(0, FailOn.ExitCode(Report(FindingLevel.Error) with { Findings = Array.Empty<Finding>() }, "note"));

    [Theory]
    [InlineData("--fail-on", "bogus")]
    [InlineData("--format", "xml")]
    [InlineData("merge", "--summary", "summary.md")]
    public void CommandLineError_ExitsTwo_NotOneWhichMeansFindings(params string[] args)
        => Assert.Equal(2, Cli.ScannerCommandLine.Run(args));

    internal static ScanReport Report(FindingLevel level)
        => new("/repo", "App.sln", Array.Empty<ProjectOutcome>(),
            new[] { new Finding("TVA1001", level, "m", "src/A/Program.cs", 3, 5, 3, 9, "src/A/A.csproj") }, Array.Empty<string>());
}
