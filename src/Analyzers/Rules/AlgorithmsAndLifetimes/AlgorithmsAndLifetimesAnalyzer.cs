using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.AlgorithmsAndLifetimes;

/// <summary>TVA3004, TVA3006, TVA4001–TVA4003: the 'none' algorithm, unsigned tokens, clock skew and token lifetimes.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "Not exported: the package exports TokenValidationAnalyzer with every family; this one runs a single family in tests.")]
public sealed class AlgorithmsAndLifetimesAnalyzer : RuleFamilyAnalyzer
{
    public static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.TVA3004, Descriptors.TVA3006, Descriptors.TVA4001, Descriptors.TVA4002, Descriptors.TVA4003);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    private protected override void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options)
        => new AlgorithmsAndLifetimesRules(types).Register(dispatch);
}
