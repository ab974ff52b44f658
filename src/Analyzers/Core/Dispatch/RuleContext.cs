using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core.Dispatch;

/// <summary>What a rule needs from the analyzer driver once it has matched: reporting, options, cancellation.</summary>
internal readonly struct RuleContext
{
    private readonly OperationAnalysisContext _context;

    public RuleContext(in OperationAnalysisContext context) => _context = context;

    public Compilation Compilation => _context.Compilation;

    public AnalyzerOptions Options => _context.Options;

    public CancellationToken CancellationToken => _context.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);
}
