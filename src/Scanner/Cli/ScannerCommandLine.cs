using System.CommandLine;
using TokenValidationAnalyzers.Scanner.Build;
using TokenValidationAnalyzers.Scanner.Output;
using TokenValidationAnalyzers.Scanner.Results;

namespace TokenValidationAnalyzers.Scanner.Cli;

/// <summary><c>tva-scan [path] [options]</c> and <c>tva-scan merge a.sarif b.sarif … --summary summary.md</c>.</summary>
public static class ScannerCommandLine
{
    /// <summary>Runs the command line; a usage error exits with 2, since 1 means findings.</summary>
    public static int Run(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Errors.Count == 0)
        {
            return parse.Invoke();
        }

        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine("tva-scan: " + error.Message);
        }

        Console.Error.WriteLine("Run 'tva-scan --help' for the options.");
        return FailOn.ScanIncomplete;
    }

    public static RootCommand Create()
    {
        var path = new Argument<string>("path")
        {
            Description = "A .sln, .slnx, project file or directory (its one solution, or every *.csproj under it)",
            DefaultValueFactory = _ => ".",
        };
        var sarif = new Option<FileInfo?>("--sarif") { Description = "Write one SARIF 2.1.0 file, paths relative to the repository root (%SRCROOT%)" };
        var json = new Option<FileInfo?>("--json") { Description = "Write the JSON report to this file as well" };
        var format = new Option<string>("--format") { Description = "What to print: text (tables) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 when a finding is at or above this level (none: never)",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong(FailOn.Names);
        var configuration = new Option<string>("--configuration", "-c") { Description = "The build configuration", DefaultValueFactory = _ => "Debug" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show the output of restore and build" };

        var root = new RootCommand("tva-scan: finds weak JWT / OpenID Connect token validation in any repository by running its build "
            + "with the TokenValidationAnalyzers rules, without editing it. Exit codes: 0 nothing at or above --fail-on, 1 findings, "
            + "2 the scan could not run or is incomplete.")
        {
            path, sarif, json, format, failOn, configuration, verbose,
        };
        root.SetAction(parse => ScanAction.Run(new ScanOptions(
            parse.GetValue(path)!, parse.GetValue(sarif)?.FullName, parse.GetValue(json)?.FullName, parse.GetValue(format)!,
            parse.GetValue(failOn)!, parse.GetValue(configuration)!, parse.GetValue(verbose))));
        root.Add(MergeCommand());
        return root;
    }

    private static Command MergeCommand()
    {
        var files = new Argument<FileInfo[]>("sarif-files")
        {
            Description = "SARIF files written by tva-scan --sarif, one per repository, each named after it",
            Arity = ArgumentArity.OneOrMore,
        };
        files.AcceptExistingOnly();
        var summary = new Option<FileInfo>("--summary") { Description = "Write a Markdown table across the repositories", Required = true };
        var sarif = new Option<FileInfo?>("--sarif") { Description = "Write the results of all repositories into one SARIF file" };
        var merge = new Command("merge", "One summary (and optionally one SARIF file) across the scans of many repositories") { files, summary, sarif };
        merge.SetAction(parse =>
        {
            var sources = SarifMerge.Read(parse.GetValue(files)!.Select(file => file.FullName));
            File.WriteAllText(parse.GetValue(summary)!.FullName, SarifMerge.Summary(sources));
            if (parse.GetValue(sarif) is { } merged)
            {
                SarifWriter.Write(merged.FullName, sources);
            }

            var findings = sources.Sum(source => source.Findings.Count);
            Console.Out.WriteLine($"{findings} finding(s) in {sources.Count} repositories: {parse.GetValue(summary)!.FullName}");
            return 0;
        });
        return merge;
    }
}
