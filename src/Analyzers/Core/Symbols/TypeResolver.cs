using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>
/// Finds types by metadata name through the compilation's merged namespaces, which the compiler has already built
/// while binding. <c>Compilation.GetTypeByMetadataName</c> instead asks every referenced assembly in turn, for each of
/// the package's lookups, in every compilation the IDE creates (see docs/performance.md).
/// Same answer as <c>GetTypeByMetadataName</c>: a type of this compilation wins; otherwise the one type of that name
/// among the references, or null when there are several (ambiguous, whatever their accessibility) or none.
/// </summary>
internal sealed class TypeResolver
{
    private readonly Compilation _compilation;
    private readonly Dictionary<string, INamespaceSymbol?> _namespaces = new();

    public TypeResolver(Compilation compilation)
    {
        _compilation = compilation;
        _namespaces[string.Empty] = compilation.GlobalNamespace;
    }

    /// <summary>A top-level type, e.g. <c>System.Text.Encoding</c> or <c>Microsoft.IdentityModel.Protocols.ConfigurationManager`1</c>.</summary>
    public INamedTypeSymbol? Get(string metadataName)
    {
        var dot = metadataName.LastIndexOf('.');
        if (Namespace(dot < 0 ? string.Empty : metadataName.Substring(0, dot)) is not { } container)
        {
            return null;
        }

        var name = metadataName.Substring(dot + 1);
        var arity = 0;
        var tick = name.IndexOf('`');
        if (tick >= 0)
        {
            if (!int.TryParse(name.Substring(tick + 1), out arity))
            {
                return null;
            }

            name = name.Substring(0, tick);
        }

        INamedTypeSymbol? found = null;
        foreach (var candidate in container.GetTypeMembers(name, arity))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, _compilation.Assembly))
            {
                return candidate;
            }

            if (found is not null)
            {
                return null;
            }

            found = candidate;
        }

        return found;
    }

    private INamespaceSymbol? Namespace(string name)
    {
        if (_namespaces.TryGetValue(name, out var known))
        {
            return known;
        }

        var dot = name.LastIndexOf('.');
        INamespaceSymbol? result = null;
        if (Namespace(dot < 0 ? string.Empty : name.Substring(0, dot)) is { } parent)
        {
            // by name: listing every member of a namespace like System would merge thousands of types
            foreach (var member in parent.GetMembers(name.Substring(dot + 1)))
            {
                if (member is INamespaceSymbol child)
                {
                    result = child;
                    break;
                }
            }
        }

        _namespaces[name] = result;
        return result;
    }
}
