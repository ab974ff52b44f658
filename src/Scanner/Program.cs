using TokenValidationAnalyzers.Scanner.Cli;

return ScannerCommandLine.Create().Parse(args).Invoke();
