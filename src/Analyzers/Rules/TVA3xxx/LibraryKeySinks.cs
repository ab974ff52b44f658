using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// The calls of the other JWT libraries that take a key: JWT.Net's <c>JwtBuilder.WithSecret</c>, encoders and decoders
/// (<c>Encode(payload, key)</c>, <c>Decode(token, key, verify)</c>) and jose-jwt's <c>JWT.Encode</c>/<c>Decode</c>/<c>Verify</c>.
/// </summary>
internal sealed class LibraryKeySinks
{
    private readonly HashSet<IMethodSymbol> _methods = new(SymbolEqualityComparer.Default);
    private readonly List<(INamedTypeSymbol Type, string Name)> _registrations = new();
    private readonly INamedTypeSymbol? _joseJwt;
    private readonly INamedTypeSymbol? _jwsAlgorithm;

    public LibraryKeySinks(WellKnownTypes types)
    {
        var jwtNet = types.JwtNet;
        Add(jwtNet.JwtBuilder, "WithSecret");
        Add(jwtNet.IJwtEncoder, "Encode");
        Add(jwtNet.JwtEncoder, "Encode");
        Add(jwtNet.JwtEncoderExtensions, "Encode");
        Add(jwtNet.IJwtDecoder, "Decode", "DecodeToObject");
        Add(jwtNet.JwtDecoder, "Decode", "DecodeToObject");
        Add(jwtNet.JwtDecoderExtensions, "Decode", "DecodeToObject");
        Add(types.JoseJwt.Jwt, "Encode", "EncodeBytes", "Decode", "DecodeBytes", "Verify");
        _joseJwt = types.JoseJwt.Jwt;
        _jwsAlgorithm = types.JoseJwt.JwsAlgorithm;
    }

    /// <summary>Each sink by declaring type and name, to register handlers for.</summary>
    public IReadOnlyList<(INamedTypeSymbol Type, string Name)> Methods => _registrations;

    /// <summary>
    /// The keys <paramref name="invocation"/> passes when it calls a sink: the argument, or each element of a key array
    /// (<c>WithSecret("a", "b")</c>, <c>Decode(token, new[] { k1, k2 }, true)</c>).
    /// </summary>
    public void AddKeys(IInvocationOperation invocation, List<IOperation> keys)
    {
        if (!_methods.Contains(invocation.TargetMethod.OriginalDefinition))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { Name: "key" or "keys" or "secrets" } parameter)
            {
                continue;
            }

            if (parameter.Type is IArrayTypeSymbol { ElementType: IArrayTypeSymbol or { SpecialType: SpecialType.System_String } })
            {
                if (Values.StripConversions(argument.Value) is IArrayCreationOperation { Initializer: { } initializer })
                {
                    keys.AddRange(initializer.ElementValues);
                }
            }
            else
            {
                keys.Add(argument.Value);
            }
        }
    }

    /// <summary>
    /// Whether the key signs with an HMAC: JWT.Net's keys serve only its HMAC algorithms; jose-jwt's only when the
    /// call names an HS algorithm (its key is an RSA or EC key, or a content key, otherwise).
    /// </summary>
    public bool IsHmacKey(IInvocationOperation invocation)
    {
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, _joseJwt))
        {
            return true;
        }

        foreach (var argument in invocation.Arguments)
        {
            var value = Values.StripConversions(argument.Value);
            if (argument.Parameter?.Name is "algorithm" or "alg" or "jwsAlg" && value.ConstantValue.HasValue
                && (value.ConstantValue.Value is "HS256" or "HS384" or "HS512"
                    || (SymbolEqualityComparer.Default.Equals(value.Type, _jwsAlgorithm) && IsHmacMember(value.ConstantValue.Value))))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHmacMember(object? value)
    {
        foreach (var member in _jwsAlgorithm!.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, Name: "HS256" or "HS384" or "HS512" } field && Equals(field.ConstantValue, value))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(INamedTypeSymbol? type, params string[] names)
    {
        if (type is null)
        {
            return;
        }

        foreach (var name in names)
        {
            var added = false;
            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol method && HasKeyParameter(method))
                {
                    _methods.Add(method.OriginalDefinition);
                    added = true;
                }
            }

            if (added)
            {
                _registrations.Add((type, name));
            }
        }
    }

    private static bool HasKeyParameter(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Name is "key" or "keys" or "secrets")
            {
                return true;
            }
        }

        return false;
    }
}
