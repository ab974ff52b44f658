using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.Delegates;

/// <summary>TVA2001–TVA2004: validation delegates that accept everything, bypass signatures, or resolve keys the token chooses.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DelegateAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TVA2001, Descriptors.TVA2002, Descriptors.TVA2003, Descriptors.TVA2004);

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

            var rules = new DelegateRules(types);
            start.RegisterOperationAction(rules.AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }
}
