using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>JWT.Net (the <c>JWT</c> package): its builder, decoder, encoder and algorithms.</summary>
internal sealed class JwtNetTypes
{
    /// <summary>JWT.Net 9.0 made <c>JwtBuilder</c> verify signatures unless told not to; before, it verified only when told to.</summary>
    private const int FirstVersionVerifyingByDefault = 9;

    public JwtNetTypes(TypeResolver types)
    {
        JwtBuilder = types.Get("JWT.Builder.JwtBuilder");
        JwtDecoder = types.Get("JWT.JwtDecoder");
        IJwtDecoder = types.Get("JWT.IJwtDecoder");

        JwtDecoderExtensions = types.Get("JWT.JwtDecoderExtensions");
        ValidationParameters = types.Get("JWT.ValidationParameters");
        JwtValidator = types.Get("JWT.JwtValidator");
        BuilderVerifiesByDefault = JwtBuilder?.ContainingAssembly?.Identity.Version.Major >= FirstVersionVerifyingByDefault;

        JwtEncoder = types.Get("JWT.JwtEncoder");
        IJwtEncoder = types.Get("JWT.IJwtEncoder");
        JwtEncoderExtensions = types.Get("JWT.JwtEncoderExtensions");
        NoneAlgorithm = types.Get("JWT.Algorithms.NoneAlgorithm");
    }

    public bool IsReferenced => JwtBuilder is not null || IJwtDecoder is not null;

    public INamedTypeSymbol? JwtBuilder { get; }
    public INamedTypeSymbol? JwtDecoder { get; }
    public INamedTypeSymbol? IJwtDecoder { get; }

    /// <summary>Declares the <c>Decode</c>/<c>DecodeToObject</c> overloads taking a string token, a key and <c>verify</c>.</summary>
    public INamedTypeSymbol? JwtDecoderExtensions { get; }

    /// <summary>JWT.Net 8 and later: which checks a validator (and a builder) makes.</summary>
    public INamedTypeSymbol? ValidationParameters { get; }
    public INamedTypeSymbol? JwtValidator { get; }

    /// <summary>The referenced <c>JwtBuilder</c> decodes with signature verification when nothing in the chain says otherwise.</summary>
    public bool BuilderVerifiesByDefault { get; }

    public INamedTypeSymbol? JwtEncoder { get; }
    public INamedTypeSymbol? IJwtEncoder { get; }
    public INamedTypeSymbol? JwtEncoderExtensions { get; }

    /// <summary><c>JWT.Algorithms.NoneAlgorithm</c>: absent from JWT.Net 7.x, so null there.</summary>
    public INamedTypeSymbol? NoneAlgorithm { get; }
}
