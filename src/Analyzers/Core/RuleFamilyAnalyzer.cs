using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The analysis shell: gate on IdentityModel once per compilation, let the rule families fill one
/// <see cref="OperationDispatch"/>, register it. The package exports one analyzer with every family
/// (<see cref="TokenValidationAnalyzer"/>); each family also has its own analyzer for focused tests.
/// </summary>
public abstract class RuleFamilyAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = WellKnownTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return;
            }

            var dispatch = new OperationDispatch();
            AddRules(dispatch, types, start.Options);
            dispatch.Register(start);
        });
    }

    private protected abstract void AddRules(OperationDispatch dispatch, WellKnownTypes types, AnalyzerOptions options);
}
