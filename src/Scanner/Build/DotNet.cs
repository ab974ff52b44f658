using System.Diagnostics;
using System.Text;

namespace TokenValidationAnalyzers.Scanner.Build;

/// <summary>Runs <c>dotnet</c> from PATH and hands each line it prints, standard output and error alike, to a callback.</summary>
public static class DotNet
{
    public static int Run(string workingDirectory, IEnumerable<string> args, Action<string> onLine)
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

        // the scan reads MSBuild's plain console lines: no live terminal logger, and messages in English
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new ScanSetupException("Could not start dotnet: is the .NET SDK on PATH?");
        process.StandardInput.Close();
        var gate = new object();
        void Forward(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    onLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }
}
