using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// What a rule needs from the analyzer driver once it has matched: reporting, options, cancellation, and what
/// <see cref="GeneratedCode"/> asks. The same for a rule triggered by an operation callback and for one triggered by
/// the per-file call scan (see <see cref="OperationDispatch"/>). It holds the driver's context rather than a
/// delegate to its report method, so building one for every <c>??</c> a rule looks at allocates nothing.
/// </summary>
internal readonly struct RuleContext
{
    private readonly OperationAnalysisContext _operation;
    private readonly SemanticModelAnalysisContext _model;
    private readonly bool _fromModel;

    public RuleContext(in OperationAnalysisContext context)
    {
        _operation = context;
        _model = default;
        _fromModel = false;
        ContainingSymbol = context.ContainingSymbol;
    }

    public RuleContext(in SemanticModelAnalysisContext context, ISymbol? containingSymbol)
    {
        _operation = default;
        _model = context;
        _fromModel = true;
        ContainingSymbol = containingSymbol;
    }

    public Compilation Compilation => _fromModel ? _model.SemanticModel.Compilation : _operation.Compilation;

    public AnalyzerOptions Options => _fromModel ? _model.Options : _operation.Options;

    public CancellationToken CancellationToken => _fromModel ? _model.CancellationToken : _operation.CancellationToken;

    /// <summary>The member (or type, for a field initializer) whose code is being analyzed.</summary>
    public ISymbol? ContainingSymbol { get; }

    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        if (_fromModel)
        {
            _model.ReportDiagnostic(diagnostic);
        }
        else
        {
            _operation.ReportDiagnostic(diagnostic);
        }
    }
}
