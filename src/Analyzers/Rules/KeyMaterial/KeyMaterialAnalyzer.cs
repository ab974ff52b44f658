using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.KeyMaterial;

/// <summary>TVA3001–TVA3003, TVA3005: hardcoded keys, literal fallbacks, short symmetric keys, keys committed in appsettings.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "Not exported: the package exports TokenValidationAnalyzer with every family; this one runs a single family in tests.")]
public sealed class KeyMaterialAnalyzer : RuleFamilyAnalyzer
{
    public static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.TVA3001, Descriptors.TVA3002, Descriptors.TVA3003, Descriptors.TVA3005);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    private protected override void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options)
        => new KeyMaterialRules(types, options).Register(dispatch);
}
