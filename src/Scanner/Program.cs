using TokenValidationAnalyzers.Scanner.Cli;

return ScannerCommandLine.Run(args);
