using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// One consumer with one finding taken through the format commands of the docs, once per run and in this order: a
/// build, the CI check <c>dotnet format analyzers --severity warn --verify-no-changes</c> (docs/ci.md) while a fix
/// applies, the fix of one rule (<c>--diagnostics TVA1001</c>, README and docs/configuration.md), the CI check again,
/// and <c>build -warnaserror</c>. <see cref="EndToEndTests"/> checks the fix and the builds, <see cref="CiRecipeTests"/>
/// the CI check: one consumer's restore, build and format fewer than a consumer each.
/// </summary>
internal sealed record FormatRoute(
    Consumer Consumer, ProcessResult Build, ProcessResult VerifyBefore, ProcessResult Format, string FixedProgram, ProcessResult VerifyAfter,
    ProcessResult Rebuild)
{
    /// <summary>The route of this run, taken by the first test that asks; <paramref name="output"/> is that test's log.</summary>
    public static FormatRoute Of(PackageFeed feed, ITestOutputHelper output) => feed.Shared(nameof(FormatRoute), () => Take(feed, output));

    private static FormatRoute Take(PackageFeed feed, ITestOutputHelper output)
    {
        var consumer = feed.CreateConsumer("Format", EndToEndTests.WeakProgram);
        ProcessResult Log(ProcessResult result)
        {
            output.WriteLine($"dotnet {result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s");
            return result;
        }

        var build = Log(consumer.Build());
        var verifyBefore = Log(consumer.Dotnet("format", "analyzers", "--severity", "warn", "--verify-no-changes"));
        var format = Log(consumer.Dotnet("format", "analyzers", "--diagnostics", "TVA1001", "--severity", "warn", "-v", "normal"));
        var fixedProgram = File.ReadAllText(consumer.PathOf("Program.cs"));
        var verifyAfter = Log(consumer.Dotnet("format", "analyzers", "--severity", "warn", "--verify-no-changes"));
        var rebuild = Log(consumer.Build("-warnaserror"));
        return new FormatRoute(consumer, build, verifyBefore, format, fixedProgram, verifyAfter, rebuild);
    }
}
