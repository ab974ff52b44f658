using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.ValidationSwitches;

/// <summary>TVA1001–TVA1010: validation switched off, switched by runtime values, or left with nothing to validate against.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "Not exported: the package exports TokenValidationAnalyzer with every family; this one runs a single family in tests.")]
public sealed class ValidationSwitchAnalyzer : RuleFamilyAnalyzer
{
    public static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.TVA1001, Descriptors.TVA1002, Descriptors.TVA1003, Descriptors.TVA1004, Descriptors.TVA1005,
        Descriptors.TVA1006, Descriptors.TVA1007, Descriptors.TVA1008, Descriptors.TVA1009, Descriptors.TVA1010);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    private protected override void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options)
        => new ValidationSwitchRules(types).Register(dispatch);
}
