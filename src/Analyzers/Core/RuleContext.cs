using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// What a rule needs from the analyzer driver once it has matched: reporting, options, cancellation, and what
/// <see cref="GeneratedCode"/> asks. It holds the driver's per-file context rather than a delegate to its report
/// method, so building one for every <c>??</c> a rule looks at allocates nothing.
/// </summary>
internal readonly struct RuleContext
{
    private readonly SemanticModelAnalysisContext _context;

    public RuleContext(in SemanticModelAnalysisContext context, ISymbol? containingSymbol)
    {
        _context = context;
        ContainingSymbol = containingSymbol;
    }

    public Compilation Compilation => _context.SemanticModel.Compilation;

    public AnalyzerOptions Options => _context.Options;

    public CancellationToken CancellationToken => _context.CancellationToken;

    /// <summary>The innermost member, local function or lambda around the code being analyzed.</summary>
    public ISymbol? ContainingSymbol { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);
}
