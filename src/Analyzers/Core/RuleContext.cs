using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// What a rule needs from the analyzer driver once it has matched: reporting, options, cancellation. It holds the
/// driver's per-file context rather than a delegate to its report method, so building one for every trigger a rule
/// looks at allocates nothing. Generated code is skipped where a rule reports, not for every trigger: asking which
/// member encloses a trigger costs more than most rules' own checks (see <see cref="GeneratedCode"/>).
/// </summary>
internal readonly struct RuleContext
{
    private readonly SemanticModelAnalysisContext _context;
    private readonly SyntaxNode _trigger;
    private readonly INamedTypeSymbol? _generatedCodeAttribute;

    public RuleContext(in SemanticModelAnalysisContext context, SyntaxNode trigger, INamedTypeSymbol? generatedCodeAttribute)
    {
        _context = context;
        _trigger = trigger;
        _generatedCodeAttribute = generatedCodeAttribute;
    }

    public Compilation Compilation => _context.SemanticModel.Compilation;

    public AnalyzerOptions Options => _context.Options;

    public CancellationToken CancellationToken => _context.CancellationToken;

    /// <summary>The code that triggered the rule is generated: its diagnostics are dropped.</summary>
    public bool InGeneratedCode => GeneratedCode.Contains(_trigger, _context.SemanticModel, _generatedCodeAttribute, _context.CancellationToken);

    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        if (!InGeneratedCode)
        {
            _context.ReportDiagnostic(diagnostic);
        }
    }
}
