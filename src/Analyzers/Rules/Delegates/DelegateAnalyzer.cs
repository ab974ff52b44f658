using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.Delegates;

/// <summary>TVA2001–TVA2004: validation delegates that accept everything, bypass signatures, or resolve keys the token chooses.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "Not exported: the package exports TokenValidationAnalyzer with every family; this one runs a single family in tests.")]
public sealed class DelegateAnalyzer : RuleFamilyAnalyzer
{
    public static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.TVA2001, Descriptors.TVA2002, Descriptors.TVA2003, Descriptors.TVA2004);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    private protected override void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options)
        => new DelegateRules(types).Register(dispatch);
}
