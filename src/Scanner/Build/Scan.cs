using System.Security;
using System.Text.Json;
using TokenValidationAnalyzers.Scanner.Results;
using TokenValidationAnalyzers.Scanner.Rules;

namespace TokenValidationAnalyzers.Scanner.Build;

/// <summary>
/// One scan: check the SDK the repository's global.json asks for, restore, then the repository's own build with the
/// analyzers injected through MSBuild's <c>CustomBeforeMicrosoftCommonTargets</c> (build/TvaScan.Before.targets). All the
/// scan writes besides the build's usual bin/obj goes to a temporary folder that is deleted afterwards.
/// </summary>
public sealed class Scan
{
    private readonly string _toolDirectory = AppContext.BaseDirectory;
    private readonly Action<string> _progress;
    private readonly bool _verbose;

    public Scan(Action<string> progress, bool verbose)
    {
        _progress = progress;
        _verbose = verbose;
    }

    public ScanReport Run(string path, string configuration)
    {
        var work = Directory.CreateTempSubdirectory("tva-scan-").FullName;
        try
        {
            return Run(path, configuration, work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private ScanReport Run(string path, string configuration, string work)
    {
        var target = ScanTarget.Resolve(path, work);
        var directory = Path.GetDirectoryName(target.BuildFile)!;
        _progress($"tva-scan {RuleCatalog.Version}: scanning {target.DisplayName} ({Plural(target.Projects.Count, "project")})");
        if (SdkProblem(target, directory) is { } sdk)
        {
            var notBuilt = target.Projects
                .Select(project => new ProjectOutcome(
                    ScanTarget.Relative(target.Root, project), ProjectStatus.NotBuilt, Array.Empty<string>(), Array.Empty<string>()))
                .ToList();
            return new ScanReport(target.Root, target.DisplayName, notBuilt, Array.Empty<Finding>(), new[] { sdk });
        }

        var output = new BuildOutput();
        var problems = new List<string>();
        _progress("restoring…");
        var restore = DotNet.Run(
            directory, new[] { "restore", target.BuildFile, "-nodeReuse:false", "-v:m", "-clp:NoSummary" }, line => Echo(output, line, target));
        if (restore != 0)
        {
            var failed = output.ErrorsByProject.Keys.Select(project => ScanTarget.Relative(target.Root, project)).ToList();
            problems.Add("restore failed" + (failed.Count > 0 ? " for " + string.Join(", ", failed) : ": " + string.Join(" ", output.OtherErrors.Take(3)))
                + "; projects that did not restore are not analyzed");
        }

        var logs = Directory.CreateDirectory(Path.Combine(work, "logs")).FullName;
        var settings = WriteSettings(work, logs);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var build = DotNet.Run(directory, new[]
        {
            "build", target.BuildFile, "--no-restore", "-nodeReuse:false", "-v:m", "-clp:NoSummary", "-c", configuration,
            "-p:CustomBeforeMicrosoftCommonTargets=" + Path.Combine(_toolDirectory, "build", "TvaScan.Before.targets"),
            "-p:TvaScanSettings=" + settings,
        }, line =>
        {
            if (Echo(output, line, target) is { } compiled)
            {
                seen.Add(compiled.Project);
                var total = Math.Max(seen.Count, target.Projects.Count);
                _progress($"  [{seen.Count}/{total}] {ScanTarget.Relative(target.Root, compiled.Project)} ({compiled.TargetFramework})");
            }
        });

        var report = ScanResults.Collect(target, output, problems);
        return build == 0 || report.Problems.Count > 0 || report.Findings.Any(finding => finding.Level == FindingLevel.Error)
            ? report
            : report with
            {
                Problems = new[]
                {
                    "the build failed: " + string.Join(" ", output.OtherErrors.DefaultIfEmpty("run with --verbose to see its output").Take(3)),
                },
            };
    }

    private CompiledProject? Echo(BuildOutput output, string line, ScanTarget target)
    {
        if (_verbose)
        {
            _progress("    " + line);
        }

        return output.Read(line, target.Root);
    }

    private string? SdkProblem(ScanTarget target, string directory)
    {
        var output = new List<string>();
        if (DotNet.Run(directory, new[] { "--version" }, output.Add) == 0)
        {
            return null;
        }

        var installed = new List<string>();
        DotNet.Run(_toolDirectory, new[] { "--list-sdks" }, installed.Add);
        var installedList = installed.Count == 0 ? "none" : string.Join(", ", installed.Select(sdk => sdk.Split(' ')[0]));
        if (FindGlobalJson(directory) is not { } globalJson)
        {
            return $"dotnet cannot run here: {string.Join(" ", output.Select(line => line.Trim()).Where(line => line.Length > 0).Take(3))}";
        }

        return $"the .NET SDK that {ScanTarget.Relative(target.Root, globalJson)} asks for is not installed ({RequestedSdk(globalJson)}); "
            + $"installed SDKs: {installedList}. Install that SDK, or scan where it is installed; no project was built";
    }

    private static string RequestedSdk(string globalJson)
    {
        try
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            using var document = JsonDocument.Parse(File.ReadAllText(globalJson), options);
            var sdk = document.RootElement.GetProperty("sdk");
            var version = sdk.TryGetProperty("version", out var v) ? v.GetString() : null;
            var rollForward = sdk.TryGetProperty("rollForward", out var r) ? r.GetString() : null;
            return $"version {version ?? "unspecified"}" + (rollForward is null ? "" : $", rollForward {rollForward}");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "its sdk section cannot be read";
        }
    }

    private static string? FindGlobalJson(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "global.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private string WriteSettings(string work, string logs)
    {
        var stamp = Path.Combine(work, "scan.stamp");
        File.WriteAllText(stamp, Guid.NewGuid().ToString());
        var settings = Path.Combine(work, "TvaScan.Settings.props");
        string Property(string name, string value) => $"    <{name}>{SecurityElement.Escape(value)}</{name}>\n";
        File.WriteAllText(settings, "<Project>\n  <PropertyGroup>\n"
            + Property("TvaScanLogDirectory", logs)
            + Property("TvaScanAnalyzer", Path.Combine(_toolDirectory, "analyzers", "TokenValidationAnalyzers.dll"))
            + Property("TvaScanStamp", stamp)
            + Property("TvaScanRuleIds", string.Join(";", RuleCatalog.All.Select(rule => rule.Id)))
            + "  </PropertyGroup>\n</Project>\n");
        return settings;
    }

    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
