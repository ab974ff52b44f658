using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;
using TokenValidationAnalyzers.Rules;
using TokenValidationAnalyzers.Rules.TVA1xxx;
using TokenValidationAnalyzers.Rules.TVA2xxx;
using TokenValidationAnalyzers.Rules.TVA3xxx;
using TokenValidationAnalyzers.Rules.TVA4xxx;
using TokenValidationAnalyzers.Rules.TVA5xxx;
using TokenValidationAnalyzers.Rules.TVA6xxx;
using TokenValidationAnalyzers.Rules.TVA7xxx;

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
        // generated code is analyzed, and GeneratedCode keeps findings there from being reported: asking the driver to
        // skip it costs a test on every callback, asking it to filter a token walk of each file with a finding
        // (docs/performance.md)
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (WellKnownTypes.TryCreate(start.Compilation) is not { } types)
            {
                return;
            }

            var dispatch = new OperationDispatch(new GeneratedCode(types.GeneratedCodeAttribute));
            var appSettings = new LazyAppSettings(start.Options);
            var validValues = new ValidValueSources(types);
            new DisabledValidationSwitchRule(types, validValues).Register(dispatch);
            new KatanaJwtFormatIssuerSwitchRule(types).Register(dispatch);
            new ReplayWithoutCacheRule(types).Register(dispatch);
            new MissingIssuerOrAudienceRule(types, validValues).Register(dispatch);
            new ValidatorAcceptsEverythingRule(types, validValues).Register(dispatch);
            new SignatureValidationBypassRule(types).Register(dispatch);
            new SigningKeyResolverRule(types).Register(dispatch);
            new SigningKeysFromTokenRule(types).Register(dispatch);
            var keyCreations = new KeyCreations(types);
            new HardcodedOrShortKeyRules(types, keyCreations, new CommittedKeySettingRule(appSettings)).Register(dispatch);
            new HardcodedFallbackKeyRule(types, keyCreations).Register(dispatch);
            new NoneAlgorithmRule(types).Register(dispatch);
            new LibraryNoneAlgorithmRule(types).Register(dispatch);
            new UnsignedTokenRule(types).Register(dispatch);
            new DevelopmentSigningKeyRule(types).Register(dispatch);
            new ClockSkewRule(types).Register(dispatch);
            new TokenLifetimeRules(types).Register(dispatch);
            new MetadataOverHttpRule(types).Register(dispatch);
            new MultiTenantAuthorityRule(types, appSettings).Register(dispatch);
            new MultiTenantIdentityWebRule(types, appSettings).Register(dispatch);
            new BackchannelTlsNotCheckedRule(types).Register(dispatch);
            new KatanaCertificateValidatorRule(types).Register(dispatch);
            new AuthorityOverHttpRule(types).Register(dispatch);
            new SigningKeyIssuerCheckIneffectiveRule(types).Register(dispatch);
            new SafetySwitchOffRule(types).Register(dispatch);
            new QueryStringTokenRule(types).Register(dispatch);
            new TransportSecurityDisabledRule(types).Register(dispatch);
            new ValidationResultIgnoredRule(types).Register(dispatch);
            new ClaimsFromUnvalidatedTokenRule(types).Register(dispatch);
            new FailureTurnedIntoSuccessRule(types).Register(dispatch);
            new MutableClaimAccountMatchRule(types, appSettings).Register(dispatch);
            new UnverifiedDecodeRule(types).Register(dispatch);
            new LifetimeNotCheckedRule(types).Register(dispatch);
            dispatch.Register(start);
        });
    }
}
