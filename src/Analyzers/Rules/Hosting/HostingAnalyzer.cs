using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Rules.Hosting;

/// <summary>TVA5001–TVA5006: metadata over HTTP, multi-tenant Entra ID without issuer binding, TLS bypass, safety switches.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HostingAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.TVA5001, Descriptors.TVA5002, Descriptors.TVA5003, Descriptors.TVA5004, Descriptors.TVA5005, Descriptors.TVA5006);

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

            var rules = new HostingRules(types, start.Options);
            start.RegisterOperationAction(rules.AnalyzeAssignment, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(rules.AnalyzeInvocation, OperationKind.Invocation);
        });
    }
}
