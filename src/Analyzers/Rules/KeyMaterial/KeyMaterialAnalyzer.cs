using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.KeyMaterial;

/// <summary>TVA3001–TVA3003, TVA3005: hardcoded keys, literal fallbacks, short symmetric keys, keys committed in appsettings.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyMaterialAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TVA3001, Descriptors.TVA3002, Descriptors.TVA3003, Descriptors.TVA3005);

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

            var rules = new KeyMaterialRules(types, start.Options);
            start.RegisterOperationAction(rules.AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(rules.AnalyzeInvocation, OperationKind.Invocation);
        });
    }
}
