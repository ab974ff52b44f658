using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Core.Dispatch;

internal delegate void ImplementationHandler(Compilation compilation, INamedTypeSymbol type, INamedTypeSymbol implemented);

internal delegate void CompilationEndHandler(Action<Diagnostic> report);

/// <summary>
/// Judgements that need more than one operation: the types that implement an interface, and an action once the whole
/// compilation has been seen. Registered only when a rule asks for them.
/// </summary>
internal sealed partial class OperationDispatch
{
    private readonly Dictionary<ISymbol, ImplementationHandler> _implementations = new(SymbolEqualityComparer.Default);
    private CompilationEndHandler? _compilationEnd;

    /// <summary>Every type of the compilation implementing the interface (any construction of a generic one).</summary>
    public void OnImplementation(INamedTypeSymbol? contract, ImplementationHandler handler)
    {
        if (contract is not null)
        {
            Add(_implementations, contract.OriginalDefinition, handler);
        }
    }

    /// <summary>Once every other action has run: for judgements that need the whole compilation.</summary>
    public void OnCompilationEnd(CompilationEndHandler handler) => _compilationEnd += handler;

    private void AnalyzeNamedType(SymbolAnalysisContext context)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
        {
            return;
        }

        try
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (_implementations.TryGetValue(implemented.OriginalDefinition, out var handler))
                {
                    handler(context.Compilation, type, implemented);
                }
            }
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCompilationEnd(CompilationAnalysisContext context)
    {
        try
        {
            _compilationEnd!(diagnostic =>
            {
                if (!_generatedCode.Contains(diagnostic.Location, context.Compilation, context.CancellationToken))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            });
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }
}
