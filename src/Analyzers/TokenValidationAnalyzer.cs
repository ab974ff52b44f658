using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Rules.TVA1xxx;
using TokenValidationAnalyzers.Rules.TVA2xxx;
using TokenValidationAnalyzers.Rules.TVA3xxx;
using TokenValidationAnalyzers.Rules.TVA4xxx;
using TokenValidationAnalyzers.Rules.TVA5xxx;
using TokenValidationAnalyzers.Rules.TVA6xxx;

namespace TokenValidationAnalyzers;

/// <summary>
/// The analyzer the package exports: gate on IdentityModel once per compilation, let every rule register its handlers
/// in one <see cref="OperationDispatch"/>, and register the operation actions those handlers need.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TokenValidationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (WellKnownTypes.TryCreate(start.Compilation) is not { } types)
            {
                return;
            }

            var dispatch = new OperationDispatch();
            new ValidationSwitchRules(types).Register(dispatch);
            new DelegateRules(types).Register(dispatch);
            new KeyMaterialRules(types, start.Options).Register(dispatch);
            new AlgorithmsAndLifetimesRules(types).Register(dispatch);
            var appSettings = new LazyAppSettings(start.Options);
            new MetadataOverHttpRule(types).Register(dispatch);
            new MultiTenantAuthorityRule(types, appSettings).Register(dispatch);
            new MultiTenantIdentityWebRule(types, appSettings).Register(dispatch);
            new BackchannelTlsNotCheckedRule(types).Register(dispatch);
            new AuthorityOverHttpRule(types).Register(dispatch);
            new SigningKeyIssuerCheckIneffectiveRule(types).Register(dispatch);
            new SafetySwitchOffRule(types).Register(dispatch);
            new ValidationResultIgnoredRule(types).Register(dispatch);
            new ClaimsFromUnvalidatedTokenRule(types).Register(dispatch);
            new FailureTurnedIntoSuccessRule(types).Register(dispatch);
            dispatch.Register(start);
        });
    }
}
