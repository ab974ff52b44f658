using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.ValidationSwitches;

/// <summary>TVA1001–TVA1010: validation switched off, switched by runtime values, or left with nothing to validate against.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValidationSwitchAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TVA1001, Descriptors.TVA1002, Descriptors.TVA1003, Descriptors.TVA1004, Descriptors.TVA1005,
        Descriptors.TVA1006, Descriptors.TVA1007, Descriptors.TVA1008, Descriptors.TVA1009, Descriptors.TVA1010);

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

            var rules = new ValidationSwitchRules(types);
            start.RegisterOperationAction(rules.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(rules.AnalyzeCreation, OperationKind.ObjectCreation);
        });
    }
}
