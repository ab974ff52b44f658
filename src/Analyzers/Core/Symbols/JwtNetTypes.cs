using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>JWT.Net (the <c>JWT</c> package): its builder, decoder, encoder and algorithms.</summary>
internal sealed class JwtNetTypes
{
    public JwtNetTypes(TypeResolver types)
    {
        JwtBuilder = types.Get("JWT.Builder.JwtBuilder");
        JwtDecoder = types.Get("JWT.JwtDecoder");
        IJwtDecoder = types.Get("JWT.IJwtDecoder");
    }

    public bool IsReferenced => JwtBuilder is not null || IJwtDecoder is not null;

    public INamedTypeSymbol? JwtBuilder { get; }
    public INamedTypeSymbol? JwtDecoder { get; }
    public INamedTypeSymbol? IJwtDecoder { get; }
}
