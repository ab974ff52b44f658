using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>jose-jwt (<c>Jose.JWT</c>).</summary>
internal sealed class JoseJwtTypes
{
    public JoseJwtTypes(TypeResolver types)
    {
        Jwt = types.Get("Jose.JWT");
        JwsAlgorithm = types.Get("Jose.JwsAlgorithm");
        foreach (var member in JwsAlgorithm?.GetMembers("none") ?? ImmutableArray<ISymbol>.Empty)
        {
            NoneAlgorithm = member as IFieldSymbol;
        }
    }

    public bool IsReferenced => Jwt is not null;

    /// <summary><c>Jose.JWT</c>: the static encode/decode entry points.</summary>
    public INamedTypeSymbol? Jwt { get; }
    public INamedTypeSymbol? JwsAlgorithm { get; }

    /// <summary><c>JwsAlgorithm.none</c>: an enum member, compared by its constant value.</summary>
    public IFieldSymbol? NoneAlgorithm { get; }
}
