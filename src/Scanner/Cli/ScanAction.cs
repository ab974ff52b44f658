using TokenValidationAnalyzers.Scanner.Build;
using TokenValidationAnalyzers.Scanner.Output;
using TokenValidationAnalyzers.Scanner.Results;

namespace TokenValidationAnalyzers.Scanner.Cli;

public sealed record ScanOptions(string Path, string? Sarif, string? Json, string Format, string FailOn, string Configuration, bool Verbose);

/// <summary>Runs a scan and writes what the options ask for. Progress goes to standard error, so that standard output holds only the report.</summary>
public static class ScanAction
{
    public static int Run(ScanOptions options)
    {
        ScanReport report;
        try
        {
            report = new Scan(line => Console.Error.WriteLine(line), options.Verbose).Run(options.Path, options.Configuration);
        }
        catch (ScanSetupException e)
        {
            Console.Error.WriteLine("tva-scan: " + e.Message);
            return FailOn.ScanIncomplete;
        }

        var exitCode = FailOn.ExitCode(report, options.FailOn);
        if (options.Sarif is { } sarif)
        {
            SarifWriter.Write(sarif, new[] { new SarifSource(SarifWriter.SourceRoot, report.Root, report.Findings, report.Problems) });
        }

        if (options.Json is { } json)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(json)!);
            using var file = File.Create(json);
            JsonReport.Write(file, report, options.FailOn, exitCode);
        }

        if (options.Format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonReport.Write(stdout, report, options.FailOn, exitCode);
            stdout.WriteByte((byte)'\n');
            foreach (var problem in report.Problems)
            {
                Console.Error.WriteLine("tva-scan: the scan is incomplete: " + problem);
            }
        }
        else
        {
            ConsoleReport.Write(Console.Out, report, options.FailOn, exitCode, terminal: !Console.IsOutputRedirected);
        }

        return exitCode;
    }
}
