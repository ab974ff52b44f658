using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// The classes a compilation registers for DI to construct (<c>services.AddSingleton&lt;TService, TImplementation&gt;()</c>,
/// <c>AddScoped&lt;TImplementation&gt;()</c>…; not factories or instances), found once per compilation.
/// </summary>
internal sealed class ServiceRegistrations
{
    private static readonly ConditionalWeakTable<Compilation, ServiceRegistrations> Cache = new();
    private readonly HashSet<INamedTypeSymbol> _implementations = new(SymbolEqualityComparer.Default);

    public static bool IsRegistered(INamedTypeSymbol type, Compilation compilation, WellKnownTypes types, CancellationToken cancellationToken)
    {
        if (types.ServiceCollectionServiceExtensions is null)
        {
            return false;
        }

        if (!Cache.TryGetValue(compilation, out var registrations))
        {
            var created = new ServiceRegistrations();
            created.Collect(compilation, types.ServiceCollectionServiceExtensions, cancellationToken);
            registrations = Cache.GetValue(compilation, _ => created);
        }

        return registrations._implementations.Contains(type.OriginalDefinition);
    }

    private void Collect(Compilation compilation, INamedTypeSymbol extensions, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax name } } invocation
                    || name.Identifier.ValueText is not ("AddSingleton" or "AddScoped" or "AddTransient"))
                {
                    continue;
                }

                model ??= compilation.GetSemanticModel(tree);

                // only `services` itself is passed: DI calls the implementation's constructor
                if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation { Arguments.Length: 1, TargetMethod: { TypeArguments.Length: 1 or 2 } method }
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, extensions)
                    && method.TypeArguments[method.TypeArguments.Length - 1] is INamedTypeSymbol implementation)
                {
                    _implementations.Add(implementation.OriginalDefinition);
                }
            }
        }
    }
}
