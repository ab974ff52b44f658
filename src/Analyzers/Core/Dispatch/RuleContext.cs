using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core.Dispatch;

/// <summary>What a rule needs from the analyzer driver once it has matched: reporting, options, cancellation.</summary>
internal readonly struct RuleContext
{
    private readonly OperationAnalysisContext _context;
    private readonly GeneratedCode _generatedCode;

    public RuleContext(in OperationAnalysisContext context, GeneratedCode generatedCode)
    {
        _context = context;
        _generatedCode = generatedCode;
    }

    public Compilation Compilation => _context.Compilation;

    public AnalyzerOptions Options => _context.Options;

    public CancellationToken CancellationToken => _context.CancellationToken;

    /// <summary>Reports, unless the finding lies in generated code.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        if (!_generatedCode.Contains(diagnostic.Location, _context.Compilation, _context.CancellationToken))
        {
            _context.ReportDiagnostic(diagnostic);
        }
    }
}
