using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules;

/// <summary>A call meant for development only (a developer key, plain HTTP) that the production world reaches: reported on the called name.</summary>
internal static class DevelopmentOnlyCall
{
    public static void Report(RuleContext context, IInvocationOperation invocation, DiagnosticDescriptor descriptor, WellKnownTypes types)
    {
        if (EnvironmentGuards.ProductionSkips(invocation, types))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, Locations.CalledName(invocation), invocation.TargetMethod.Name));
    }
}
