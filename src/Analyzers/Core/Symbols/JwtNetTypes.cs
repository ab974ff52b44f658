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

        JwtEncoder = types.Get("JWT.JwtEncoder");
        IJwtEncoder = types.Get("JWT.IJwtEncoder");
        JwtEncoderExtensions = types.Get("JWT.JwtEncoderExtensions");
        JwtDecoderKeyExtensions = types.Get("JWT.JwtDecoderExtensions");
        NoneAlgorithm = types.Get("JWT.Algorithms.NoneAlgorithm");
    }

    public bool IsReferenced => JwtBuilder is not null || IJwtDecoder is not null;

    public INamedTypeSymbol? JwtBuilder { get; }
    public INamedTypeSymbol? JwtDecoder { get; }
    public INamedTypeSymbol? IJwtDecoder { get; }

    public INamedTypeSymbol? JwtEncoder { get; }
    public INamedTypeSymbol? IJwtEncoder { get; }
    public INamedTypeSymbol? JwtEncoderExtensions { get; }

    /// <summary><c>JWT.JwtDecoderExtensions</c>: <c>Decode(token, key, verify)</c> and <c>DecodeToObject</c> with a string or byte key.</summary>
    public INamedTypeSymbol? JwtDecoderKeyExtensions { get; }

    /// <summary><c>JWT.Algorithms.NoneAlgorithm</c>: absent from JWT.Net 7.x, so null there.</summary>
    public INamedTypeSymbol? NoneAlgorithm { get; }
}
