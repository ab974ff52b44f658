using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.HandlerUse;

/// <summary>TVA6001–TVA6003: token handler results that are not checked, claims of unvalidated tokens, events that turn failure into success.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "Not exported: the package exports TokenValidationAnalyzer with every family; this one runs a single family in tests.")]
public sealed class HandlerUseAnalyzer : RuleFamilyAnalyzer
{
    public static readonly ImmutableArray<DiagnosticDescriptor> Rules = ImmutableArray.Create(
        Descriptors.TVA6001, Descriptors.TVA6002, Descriptors.TVA6003);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules;

    private protected override void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options)
        => new HandlerUseRules(types).Register(dispatch);
}
