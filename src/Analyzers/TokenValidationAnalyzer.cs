using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;
using TokenValidationAnalyzers.Rules.AlgorithmsAndLifetimes;
using TokenValidationAnalyzers.Rules.Delegates;
using TokenValidationAnalyzers.Rules.HandlerUse;
using TokenValidationAnalyzers.Rules.Hosting;
using TokenValidationAnalyzers.Rules.KeyMaterial;
using TokenValidationAnalyzers.Rules.ValidationSwitches;

namespace TokenValidationAnalyzers;

/// <summary>
/// The analyzer the package exports: every rule family behind one compilation-start gate and one registration per
/// trigger (see <see cref="OperationDispatch"/>). The family analyzers exist for focused tests.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TokenValidationAnalyzer : RuleFamilyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ValidationSwitchAnalyzer.Rules
        .AddRange(DelegateAnalyzer.Rules)
        .AddRange(KeyMaterialAnalyzer.Rules)
        .AddRange(AlgorithmsAndLifetimesAnalyzer.Rules)
        .AddRange(HostingAnalyzer.Rules)
        .AddRange(HandlerUseAnalyzer.Rules);

    private protected override void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options)
    {
        new ValidationSwitchRules(types).Register(dispatch);
        new DelegateRules(types).Register(dispatch);
        new KeyMaterialRules(types, options).Register(dispatch);
        new AlgorithmsAndLifetimesRules(types).Register(dispatch);
        new HostingRules(types, options).Register(dispatch);
        new HandlerUseRules(types).Register(dispatch);
    }
}
