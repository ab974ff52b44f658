using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.AlgorithmsAndLifetimes;

/// <summary>TVA3004, TVA3006, TVA4001–TVA4003: the 'none' algorithm, unsigned tokens, clock skew and token lifetimes.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AlgorithmsAndLifetimesAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TVA3004, Descriptors.TVA3006, Descriptors.TVA4001, Descriptors.TVA4002, Descriptors.TVA4003);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var types = WellKnownTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return;
            }

            var rules = new AlgorithmsAndLifetimesRules(types);
            start.RegisterOperationAction(rules.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(rules.AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(rules.AnalyzeInvocation, OperationKind.Invocation);
        });
    }
}
