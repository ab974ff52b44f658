using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// The baseline of the wall-time method: one semantic-model action that returns at once. The driver binds the whole
/// compilation and raises its events for it, as in any build with analyzers, but builds no operation trees; an analyzer
/// that registers nothing at all would be skipped by the driver and measure nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "Not a shipped rule.")]
internal sealed class DoNothingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("FLOOR0", "floor", "floor", "Bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(static _ => { });
    }
}

/// <summary>
/// The floor of the package's design: one operation action for each trigger kind it dispatches on (assignment,
/// invocation, object creation, <c>??</c>), each doing nothing. What remains of the package's cost above this is the
/// compilation-start gate, the symbol lookup per callback and the rules themselves.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "Not a shipped rule.")]
internal sealed class EmptyOperationCallbacksAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("FLOOR1", "floor", "floor", "Bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start => start.RegisterOperationAction(
            static _ => { }, OperationKind.SimpleAssignment, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Coalesce));
    }
}
