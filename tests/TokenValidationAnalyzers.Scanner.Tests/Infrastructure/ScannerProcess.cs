using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

/// <summary>What a process printed and how it ended; its <see cref="ToString"/> is the failure message.</summary>
public sealed record ProcessRun(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public string Output => StandardOutput + StandardError;

    public override string ToString()
        => $"> {CommandLine}: exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

/// <summary>
/// Runs <c>dotnet</c> (the tool from src/Scanner's build output, or the SDK) hermetically: no MSBuild variables of
/// the test run, no node reuse, restores into the fixture root's throw-away NUGET_PACKAGES. The scanned builds share a
/// compiler server of this run's own (<see cref="CompilerServerPipe"/>).
/// </summary>
public static class ScannerProcess
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Configuration { get; } =
        typeof(ScannerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "Debug";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The tool as src/Scanner builds it, with analyzers/, build/ and config/ beside it.</summary>
    public static string ToolDirectory => Path.Combine(RepositoryRoot, "src", "Scanner", "bin", Configuration, "net8.0");

    /// <summary>
    /// The pipe of the compiler server the scanned builds share: a cold compiler costs seconds of JIT per project. No
    /// other build on the machine uses this name; <see cref="ShutDownCompilerServer"/> ends the server.
    /// </summary>
    public static string CompilerServerPipe { get; } = "tva-scan-tests-" + Guid.NewGuid().ToString("N")[..12];

    public static ProcessRun Scan(FixtureRoot root, string workingDirectory, params string[] args)
        => Run(root, workingDirectory, null, "dotnet", new[] { Path.Combine(ToolDirectory, "tva-scan.dll") }.Concat(args).ToArray());

    public static ProcessRun Run(FixtureRoot root, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
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

        // `dotnet test` runs this process under MSBuild, whose variables would steer the scanned builds
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "true";
        start.Environment["SharedCompilationId"] = CompilerServerPipe;
        // these SDK processes live seconds to a minute: recompiling their hot methods (tiering, PGO) is not repaid
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_TC_CallCountThreshold"] = "1000";
        start.Environment["NUGET_PACKAGES"] = root.PackagesDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}");
        process.StandardInput.Close();
        var readers = new[] { Pump(process.StandardOutput, stdout), Pump(process.StandardError, stderr) };
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(30_000);
        }

        Task.WaitAll(readers, TimeSpan.FromSeconds(30));
        var commandLine = string.Join(' ', new[] { fileName }.Concat(args));
        return new ProcessRun(commandLine, process.HasExited ? process.ExitCode : -1, stdout.ToString(), stderr.ToString(), stopwatch.Elapsed);
    }

    /// <summary>
    /// Stops this run's compiler server, if a scan started it, and waits for it to exit: an idle server would live on for
    /// minutes after the tests. <c>dotnet build-server shutdown</c> knows only the default pipe.
    /// </summary>
    public static void ShutDownCompilerServer(FixtureRoot root)
    {
        var version = Run(root, root.Directory, null, "dotnet", "--version").StandardOutput.Trim();
        var sdks = Run(root, root.Directory, null, "dotnet", "--list-sdks").StandardOutput;
        var sdk = Regex.Match(sdks, "^" + Regex.Escape(version) + @" \[(?<root>[^\]]+)\]", RegexOptions.Multiline);
        var server = Path.Combine(sdk.Groups["root"].Value, version, "Roslyn", "bincore", "VBCSCompiler.dll");
        if (!sdk.Success || !File.Exists(server))
        {
            throw new InvalidOperationException($"No compiler server of SDK {version} to stop; dotnet --list-sdks says:\n{sdks}");
        }

        var shutdown = Run(root, root.Directory, null, "dotnet", "exec", server, "-shutdown", "-pipename:" + CompilerServerPipe);
        if (shutdown.ExitCode != 0)
        {
            throw new InvalidOperationException("Could not stop the compiler server:\n" + shutdown);
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

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TokenValidationAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TokenValidationAnalyzers.sln is not above " + AppContext.BaseDirectory);
    }
}
