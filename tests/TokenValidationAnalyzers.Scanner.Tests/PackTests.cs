using System.IO.Compression;
using System.Runtime.InteropServices;
using TokenValidationAnalyzers.Scanner.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Scanner.Tests;

/// <summary>
/// The tool as a user installs it: <c>dotnet pack src/Scanner</c> into a temporary feed, <c>dotnet tool install
/// --tool-path</c> from it offline, then <c>tva-scan --version</c> and a scan with the installed command.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(ScansCollection.Name)]
public sealed class PackTests : IDisposable
{
    private readonly FixtureRoot _root = new();
    private readonly ITestOutputHelper _output;

    public PackTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void PackedTool_Installs_PrintsItsVersion_AndScans()
    {
        var feed = Path.Combine(_root.Directory, "feed");
        var tools = Path.Combine(_root.Directory, "tools");
        var project = Path.Combine(ScannerProcess.RepositoryRoot, "src", "Scanner");
        var pack = Dotnet(_root.Directory, "pack", project, "--no-build", "-c", ScannerProcess.Configuration, "-o", feed, "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Assert.Single(Directory.GetFiles(feed, "TokenValidationAnalyzers.Scanner.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(entry => entry.FullName).ToList();
            string[] files =
            {
                "tva-scan.dll", "analyzers/TokenValidationAnalyzers.dll", "build/TvaScan.Before.targets", "build/TvaScan.targets",
                "config/TokenValidationAnalysisMode.Tests.globalconfig",
            };
            foreach (var expected in files)
            {
                Assert.True(entries.Contains("tools/net8.0/any/" + expected), $"tools/net8.0/any/{expected} is not in the package:\n" + string.Join('\n', entries));
            }
        }

        var install = Dotnet(
            _root.Directory, "tool", "install", "TokenValidationAnalyzers.Scanner", "--tool-path", tools, "--add-source", feed, "--version", "0.1.0");
        Assert.True(install.ExitCode == 0, install.ToString());
        var command = Path.Combine(tools, "tva-scan");

        var version = Run(_root.Directory, command, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        Assert.StartsWith("0.1.0", version.StandardOutput.Trim(), StringComparison.Ordinal);

        var repository = _root.Copy("Single");
        var scan = Run(repository, command, "src/Gateway/Gateway.csproj");
        Assert.True(scan.ExitCode == 1, scan.ToString());
        Assert.Contains("Program.cs(10,5): warning TVA4001", scan.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private ProcessRun Dotnet(string directory, params string[] args) => Run(directory, "dotnet", args);

    private ProcessRun Run(string directory, string command, params string[] args)
    {
        var run = ScannerProcess.Run(_root, directory, new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot }, command, args);
        _output.WriteLine($"{Path.GetFileName(command)} {string.Join(' ', args)}: exit code {run.ExitCode} in {run.Elapsed.TotalSeconds:F1} s");
        return run;
    }

    /// <summary>The installed tool's launcher finds the runtime through DOTNET_ROOT: the one this test runs on.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
}
