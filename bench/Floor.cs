using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Bench;

/// <summary>What the callbacks alone cost: the same registrations as the package, doing nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "Not a shipped rule.")]
internal sealed class EmptyCallbacksAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("FLOOR1", "floor", "floor", "Bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            start.RegisterOperationAction(static _ => { }, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
            start.RegisterOperationAction(static _ => { }, OperationKind.ObjectCreation);
            start.RegisterOperationAction(static _ => { }, OperationKind.Coalesce);
        });
    }
}

/// <summary>The same callbacks doing the package's dispatch lookups (symbol dictionaries), finding nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Runs in this process only, as a measuring stick.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2008", Justification = "Not a shipped rule.")]
internal sealed class LookupCallbacksAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("FLOOR2", "floor", "floor", "Bench", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var keys = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => { if (((Microsoft.CodeAnalysis.Operations.ISimpleAssignmentOperation)c.Operation).Target is Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation p) keys.TryGetValue(p.Property.OriginalDefinition, out _); }, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => keys.TryGetValue(((Microsoft.CodeAnalysis.Operations.IInvocationOperation)c.Operation).TargetMethod.OriginalDefinition, out _), OperationKind.Invocation);
            start.RegisterOperationAction(c => { if (((Microsoft.CodeAnalysis.Operations.IObjectCreationOperation)c.Operation).Type is { } t) keys.TryGetValue(t.OriginalDefinition, out _); }, OperationKind.ObjectCreation);
        });
    }
}
