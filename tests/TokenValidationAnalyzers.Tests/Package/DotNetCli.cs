using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TokenValidationAnalyzers.Tests.Catalogue;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("TokenValidationAnalyzers.Tests.Package.DotNetBuildsFirst", "TokenValidationAnalyzers.Tests")]

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// The tests that start <c>dotnet</c> processes (consumer builds, the sample's build) run one after another in one of
/// two collections, which run beside each other: a chain of processes is the longest path of the run, two chains
/// shorten it. They share one packed feed; after the pack, no test builds the repository's own projects (the sample's
/// build leaves its project references alone).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetBuildsCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "dotnet builds";
}

/// <summary>The second chain of <see cref="DotNetBuildsCollection"/>: the fix corpus, the sample and the compatibility matrix.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusBuildsCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "dotnet builds: corpus, sample, matrix";
}

/// <summary>
/// Starts the two dotnet-builds collections first: their tests run one after another and take longer than any other
/// collection, so they must not wait behind the unit tests, which take each test thread as a chain ends.
/// </summary>
public sealed class DotNetBuildsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
        => testCollections.OrderBy(collection => collection.DisplayName is DotNetBuildsCollection.Name or CorpusBuildsCollection.Name ? 0 : 1);
}

/// <summary>What a <c>dotnet</c> process printed and how it ended; its <see cref="ToString"/> is the failure message.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    public IReadOnlyList<BuildDiagnostic> TvaDiagnostics => BuildDiagnostic.Parse(Output);

    public override string ToString()
        => $"> dotnet {CommandLine}{Environment.NewLine}  in {WorkingDirectory}: "
           + (TimedOut ? "TIMED OUT and was killed" : $"exit code {ExitCode}") + $" after {Elapsed.TotalSeconds:F1} s"
           + Environment.NewLine + Output;
}

/// <summary>A <c>file(line,col): warning TVAxxxx: message (help link) [project]</c> line of MSBuild's console output.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message, string? HelpLink, string? Project)
{
    private static readonly Regex Pattern = new(
        @"^\s*(?<file>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error|info) (?<id>TVA\d{4}): (?<message>.*?)(?: \((?<link>https?://[^\s)]+)\))?(?: \[(?<project>[^\]]+)\])?\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public string FileName => Path.GetFileName(File);

    /// <summary>The TVA diagnostics in a build's output, once each (the console logger repeats them in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
        => Pattern.Matches(output.Replace("\r", string.Empty, StringComparison.Ordinal))
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["severity"].Value,
                match.Groups["id"].Value, match.Groups["message"].Value, match.Groups["link"].Success ? match.Groups["link"].Value : null,
                match.Groups["project"].Success ? match.Groups["project"].Value : null))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Id}";
}

/// <summary>Runs <c>dotnet</c> from PATH, hermetically and with a time limit.</summary>
internal static class DotNetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The configuration this test assembly was built in: pack and build the analyzers the same way, so they are up to date.</summary>
    public static string Configuration { get; } =
        typeof(DotNetCli).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration ? configuration : "Debug";

    /// <summary>
    /// The package folders this test project was restored into (the global packages folder and any fallback folders),
    /// from its assets file. They hold the .nupkg of every package the tests use, so they serve as offline package
    /// sources for everything the tests restore.
    /// </summary>
    public static IReadOnlyList<string> RestoredPackageFolders => Restored.Value.Folders;

    /// <summary>The version of a package this test project restored, e.g. <c>Microsoft.IdentityModel.Tokens</c>.</summary>
    public static string RestoredVersion(string packageId)
        => Restored.Value.Versions.TryGetValue(packageId, out var version)
            ? version
            : throw new InvalidOperationException($"The test project did not restore {packageId}");

    private static readonly Lazy<(IReadOnlyList<string> Folders, IReadOnlyDictionary<string, string> Versions)> Restored = new(ReadAssetsFile);

    /// <summary>
    /// The name of this run's build servers. Child builds reuse one MSBuild server and one compiler server instead of
    /// starting a cold MSBuild and a cold compiler per process (seconds of JIT each). The name is this run's own, so no
    /// other build on the machine uses or stops them, and <see cref="ShutDownBuildServers"/> ends them.
    /// </summary>
    public static string BuildServerName { get; } = "tva-tests-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// Runs <c>dotnet args…</c> in <paramref name="workingDirectory"/> and returns what it printed. The process and its
    /// children are killed after <paramref name="timeout"/>. Builds go to this run's build servers.
    /// </summary>
    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // `dotnet test` runs this process under MSBuild, whose variables would steer the child builds.
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "1";
        start.Environment["MSBUILDNODEHANDSHAKESALT"] = BuildServerName;
        start.Environment["UseSharedCompilation"] = "true";
        start.Environment["SharedCompilationId"] = BuildServerName;
        // these SDK processes live seconds to a minute: recompiling their hot methods (tiering, PGO) is not repaid
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_CallCountThreshold"] = "1000";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet");
        process.StandardInput.Close();
        var readers = new[] { Pump(process.StandardOutput, output), Pump(process.StandardError, output) };
        var exited = process.WaitForExit(timeout);
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // it ended in the meantime
            }

            process.WaitForExit(30_000);
        }

        // a grandchild that inherited the pipes could hold them open: wait for the output, but not forever
        Task.WaitAll(readers, TimeSpan.FromSeconds(30));
        stopwatch.Stop();
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new ProcessResult(string.Join(' ', args.Select(Quote)), workingDirectory, exited ? process.ExitCode : -1, !exited, stopwatch.Elapsed, text);
    }

    /// <summary>
    /// Stops this run's MSBuild server (and the nodes it started) and its compiler server, if builds started them, and
    /// waits for them to exit: idle, they would live on for minutes after the tests. <c>dotnet build-server shutdown</c>
    /// finds the MSBuild server by the handshake salt in its environment, the compiler server only by its default pipe.
    /// </summary>
    public static void ShutDownBuildServers(string workingDirectory)
    {
        var msbuild = Run(workingDirectory, null, TimeSpan.FromMinutes(1), "build-server", "shutdown", "--msbuild");
        var version = Run(workingDirectory, null, TimeSpan.FromMinutes(1), "--version").Output.Trim();
        var sdks = Run(workingDirectory, null, TimeSpan.FromMinutes(1), "--list-sdks").Output;
        var sdk = Regex.Match(sdks, "^" + Regex.Escape(version) + @" \[(?<root>[^\]]+)\]", RegexOptions.Multiline);
        var server = Path.Combine(sdk.Groups["root"].Value, version, "Roslyn", "bincore", "VBCSCompiler.dll");
        if (!sdk.Success || !File.Exists(server))
        {
            throw new InvalidOperationException($"No compiler server of SDK {version} to stop; dotnet --list-sdks says:\n{sdks}");
        }

        var compiler = Run(workingDirectory, null, TimeSpan.FromMinutes(1), "exec", server, "-shutdown", "-pipename:" + BuildServerName);
        if (msbuild.ExitCode != 0 || compiler.ExitCode != 0)
        {
            throw new InvalidOperationException($"Could not stop the build servers:\n{msbuild}\n{compiler}");
        }
    }

    private static Task Pump(StreamReader reader, StringBuilder output)
        => Task.Run(async () =>
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (output)
                {
                    output.Append(line).Append('\n');
                }
            }
        });

    private static string Quote(string arg) => arg.Length > 0 && arg.All(c => !char.IsWhiteSpace(c) && c != '"') ? arg : "\"" + arg.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static (IReadOnlyList<string> Folders, IReadOnlyDictionary<string, string> Versions) ReadAssetsFile()
    {
        var path = RuleCatalogue.PathInRepository("tests", "TokenValidationAnalyzers.Tests", "obj", "project.assets.json");
        using var assets = JsonDocument.Parse(File.ReadAllText(path));
        var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject()
            .Select(folder => folder.Name)
            .Where(Directory.Exists)
            .ToList();
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() == "package" && library.Name.Split('/') is [var id, var version])
            {
                versions[id] = version;
            }
        }

        if (folders.Count == 0)
        {
            throw new InvalidOperationException($"{path} names no package folder that exists");
        }

        return (folders, versions);
    }
}
