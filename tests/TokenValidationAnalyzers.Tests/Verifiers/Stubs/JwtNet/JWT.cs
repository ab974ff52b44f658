// Reference stub: the part of JWT.Net's public surface (NuGet package `JWT`, 10.x, jwt-dotnet/jwt) that the TVA3004
// tests use, with its namespaces, type names and member signatures; bodies are empty. JWT 7.3.1, which the tests
// reference otherwise, has no NoneAlgorithm.
using System.Collections.Generic;
using System.Security.Cryptography;

namespace JWT.Algorithms
{
    public interface IJwtAlgorithm
    {
        string Name { get; }

        HashAlgorithmName HashAlgorithmName { get; }

        byte[] Sign(byte[] key, byte[] bytesToSign);
    }

    public interface IAlgorithmFactory
    {
        IJwtAlgorithm Create(JwtDecoderContext context);
    }

    public class NoneAlgorithm : IJwtAlgorithm
    {
        public string Name => "None";

        public HashAlgorithmName HashAlgorithmName => throw null!;

        public byte[] Sign(byte[] key, byte[] bytesToSign) => throw null!;
    }

    public sealed class DelegateAlgorithmFactory : IAlgorithmFactory
    {
        public DelegateAlgorithmFactory(IJwtAlgorithm algorithm)
        {
        }

        public IJwtAlgorithm Create(JwtDecoderContext context) => throw null!;
    }
}

namespace JWT
{
    using JWT.Algorithms;

    public class JwtDecoderContext
    {
    }

    public interface IJsonSerializer
    {
    }

    public interface IBase64UrlEncoder
    {
    }

    public interface IJwtValidator
    {
    }

    public interface IJwtEncoder
    {
        string Encode(IDictionary<string, object> extraHeaders, object payload, byte[] key);
    }

    public interface IJwtDecoder
    {
    }

    public sealed class JwtEncoder : IJwtEncoder
    {
        public JwtEncoder(IJwtAlgorithm algorithm, IJsonSerializer jsonSerializer, IBase64UrlEncoder urlEncoder)
        {
        }

        public string Encode(IDictionary<string, object> extraHeaders, object payload, byte[] key) => throw null!;
    }

    public sealed class JwtDecoder : IJwtDecoder
    {
        public JwtDecoder(IJsonSerializer jsonSerializer, IBase64UrlEncoder urlEncoder)
        {
        }

        public JwtDecoder(IJsonSerializer jsonSerializer, IJwtValidator jwtValidator, IBase64UrlEncoder urlEncoder, IAlgorithmFactory algFactory)
        {
        }

        public JwtDecoder(IJsonSerializer jsonSerializer, IJwtValidator jwtValidator, IBase64UrlEncoder urlEncoder, IJwtAlgorithm algorithm)
        {
        }
    }
}

namespace JWT.Builder
{
    using JWT.Algorithms;

    public sealed class JwtBuilder
    {
        public static JwtBuilder Create() => new JwtBuilder();

        public JwtBuilder WithAlgorithm(IJwtAlgorithm algorithm) => this;

        public JwtBuilder AddClaim(string name, object value) => this;

        public string Encode() => throw null!;

        public string Decode(string token) => throw null!;
    }
}
