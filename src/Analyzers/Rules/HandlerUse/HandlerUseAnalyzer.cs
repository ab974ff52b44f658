using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.HandlerUse;

/// <summary>TVA6001–TVA6003: token handler results that are not checked, claims of unvalidated tokens, events that turn failure into success.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerUseAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TVA6001, Descriptors.TVA6002, Descriptors.TVA6003);

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

            var rules = new HandlerUseRules(types);
            start.RegisterOperationAction(rules.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(rules.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(rules.AnalyzeCreation, OperationKind.ObjectCreation);
        });
    }
}
