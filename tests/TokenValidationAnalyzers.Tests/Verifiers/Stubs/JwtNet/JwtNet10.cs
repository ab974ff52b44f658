// Reference stub of the JWT package (JWT.Net) 10.x: the public surface the tests use, with the namespaces, type names and
// member signatures of jwt-dotnet/jwt's 10.x sources (src/JWT/Builder/JwtBuilder.cs, src/JWT/ValidationParameters.cs,
// src/JWT/IJwtDecoder.cs). Assembly name and version match the package's, which the analyzer reads. Bodies are not the library's.
using System;
using System.Collections.Generic;
using System.Reflection;
using JWT.Algorithms;

[assembly: AssemblyVersion("10.0.0.0")]

namespace JWT
{
    public class ValidationParameters
    {
        public ValidationParameters()
        {
        }

        public bool ValidateSignature { get; set; } = true;

        public bool ValidateExpirationTime { get; set; } = true;

        public bool ValidateIssuedTime { get; set; } = true;

        public int TimeMargin { get; set; }

        public static ValidationParameters Default => new ValidationParameters();

        public static ValidationParameters None => new ValidationParameters
        {
            ValidateSignature = false,
            ValidateExpirationTime = false,
            ValidateIssuedTime = false,
            TimeMargin = 0,
        };
    }

    public static class ValidationParametersExtensions
    {
        public static ValidationParameters With(this ValidationParameters @this, Action<ValidationParameters> action)
        {
            action(@this);
            return @this;
        }
    }

    public sealed class JwtParts
    {
        public JwtParts(string token) => Parts = token.Split('.');

        public string[] Parts { get; }
    }

    public interface IJsonSerializer
    {
        string Serialize(object obj);

        object Deserialize(Type type, string json);
    }

    public interface IDateTimeProvider
    {
        DateTimeOffset GetNow();
    }

    public sealed class UtcDateTimeProvider : IDateTimeProvider
    {
        public DateTimeOffset GetNow() => DateTimeOffset.UtcNow;
    }

    public interface IJwtValidator
    {
    }

    public class JwtDecoderContext
    {
    }

    public interface IBase64UrlEncoder
    {
    }

    public interface IJwtEncoder
    {
        string Encode(IDictionary<string, object> extraHeaders, object payload, byte[] key);
    }

    public sealed class JwtEncoder : IJwtEncoder
    {
        public JwtEncoder(IJwtAlgorithm algorithm, IJsonSerializer jsonSerializer, IBase64UrlEncoder urlEncoder)
        {
        }

        public string Encode(IDictionary<string, object> extraHeaders, object payload, byte[] key) => throw null!;
    }

    public sealed class JwtValidator : IJwtValidator
    {
        public JwtValidator(IJsonSerializer jsonSerializer, IDateTimeProvider dateTimeProvider)
        {
        }

        public JwtValidator(IJsonSerializer jsonSerializer, IDateTimeProvider dateTimeProvider, ValidationParameters valParams)
        {
        }
    }

    public interface IJwtDecoder
    {
        string DecodeHeader(string token);

        T DecodeHeader<T>(JwtParts jwt);

        string Decode(JwtParts jwt);

        string Decode(JwtParts jwt, byte[] key, bool verify);

        string Decode(JwtParts jwt, byte[][] keys, bool verify);

        object DecodeToObject(Type type, JwtParts jwt);

        object DecodeToObject(Type type, JwtParts jwt, byte[] key, bool verify);

        object DecodeToObject(Type type, JwtParts jwt, byte[][] keys, bool verify);
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

        public string DecodeHeader(string token) => throw null!;

        public T DecodeHeader<T>(JwtParts jwt) => throw null!;

        public string Decode(JwtParts jwt) => throw null!;

        public string Decode(JwtParts jwt, byte[] key, bool verify) => throw null!;

        public string Decode(JwtParts jwt, byte[][] keys, bool verify) => throw null!;

        public object DecodeToObject(Type type, JwtParts jwt) => throw null!;

        public object DecodeToObject(Type type, JwtParts jwt, byte[] key, bool verify) => throw null!;

        public object DecodeToObject(Type type, JwtParts jwt, byte[][] keys, bool verify) => throw null!;
    }

    public static class JwtDecoderExtensions
    {
        public static string Decode(this IJwtDecoder decoder, string token, byte[] key, bool verify = true) => decoder.Decode(new JwtParts(token), key, verify);

        public static string Decode(this IJwtDecoder decoder, string token, string key, bool verify = true) => decoder.Decode(new JwtParts(token), new byte[0], verify);

        public static IDictionary<string, object> DecodeToObject(this IJwtDecoder decoder, string token) => new Dictionary<string, object>();

        public static IDictionary<string, object> DecodeToObject(this IJwtDecoder decoder, string token, string key, bool verify = true) => new Dictionary<string, object>();

        public static IDictionary<string, object> DecodeToObject(this IJwtDecoder decoder, string token, byte[] key, bool verify = true) => new Dictionary<string, object>();

        public static T DecodeToObject<T>(this IJwtDecoder decoder, string token, string key, bool verify = true) => default!;

        public static T DecodeToObject<T>(this IJwtDecoder decoder, string token, byte[] key, bool verify = true) => default!;
    }
}

namespace JWT.Algorithms
{
    public interface IJwtAlgorithm
    {
        string Name { get; }
    }

    public interface IAlgorithmFactory
    {
        IJwtAlgorithm Create(JwtDecoderContext context);
    }

    public sealed class DelegateAlgorithmFactory : IAlgorithmFactory
    {
        public DelegateAlgorithmFactory(IJwtAlgorithm algorithm)
        {
        }

        public IJwtAlgorithm Create(JwtDecoderContext context) => throw null!;
    }

    public sealed class HMACSHA256Algorithm : IJwtAlgorithm
    {
        public string Name => "HS256";
    }

    public class NoneAlgorithm : IJwtAlgorithm
    {
        public string Name => "none";
    }
}

namespace JWT.Builder
{
    public sealed class JwtBuilder
    {
        public static JwtBuilder Create() => new JwtBuilder();

        public JwtBuilder AddClaim(string name, object value) => this;

        public JwtBuilder WithValidator(IJwtValidator validator) => this;

        public JwtBuilder WithAlgorithm(IJwtAlgorithm algorithm) => this;

        public JwtBuilder WithSecret(params string[] secrets) => this;

        public JwtBuilder WithSecret(params byte[][] secrets) => this;

        public JwtBuilder MustVerifySignature() => WithVerifySignature(true);

        public JwtBuilder DoNotVerifySignature() => WithVerifySignature(false);

        public JwtBuilder WithVerifySignature(bool verify) => WithValidationParameters(p => p.ValidateSignature = verify);

        public JwtBuilder WithValidationParameters(ValidationParameters valParams) => this;

        public JwtBuilder WithValidationParameters(Action<ValidationParameters> action) => this;

        public string Encode() => string.Empty;

        public string Encode(object payload) => string.Empty;

        public string Decode(string token) => string.Empty;

        public string DecodeHeader(string token) => string.Empty;

        public T DecodeHeader<T>(string token) => default!;

        public object Decode(string token, Type type) => new object();

        public T Decode<T>(string token) => default!;
    }
}
