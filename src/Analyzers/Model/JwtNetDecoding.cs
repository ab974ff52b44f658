using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>How a decode skips signature verification, which decides its fix.</summary>
internal enum UnverifiedDecodeKind
{
    /// <summary>JWT.Net <c>Decode(token, key, verify: false)</c>: the <c>verify</c> argument.</summary>
    VerifyArgument,

    /// <summary>A JWT.Net <c>JwtBuilder</c> whose settings, under the referenced version's defaults, do not verify.</summary>
    Builder,

    /// <summary>jose-jwt <c>JWT.Decode</c> without a key and with the 'none' algorithm allowed.</summary>
    NoneWithoutKey,
}

/// <summary>
/// Whether a JWT.Net or jose-jwt decode returns the payload without verifying the signature, judged in the production
/// world. Unknown values (a flag, a builder from elsewhere) are not judged: only a decode known not to verify counts.
/// </summary>
internal static partial class JwtNetDecoding
{
    /// <summary>The way <paramref name="decode"/> skips verification, or null when it verifies or that is not known.</summary>
    public static UnverifiedDecodeKind? Find(IInvocationOperation decode, WellKnownTypes types, out IArgumentOperation? verify)
    {
        verify = null;
        var method = decode.TargetMethod;
        var declaring = method.ContainingType?.OriginalDefinition;
        if (declaring is null)
        {
            return null;
        }

        var jwtNet = types.JwtNet;
        if (method.Name == "Decode" && SymbolEqualityComparer.Default.Equals(declaring, jwtNet.JwtBuilder))
        {
            return BuilderVerifies(decode, types) == false ? UnverifiedDecodeKind.Builder : null;
        }

        if (method.Name is "Decode" or "DecodeToObject"
            && (SymbolEqualityComparer.Default.Equals(declaring, jwtNet.JwtDecoderExtensions)
                || SymbolEqualityComparer.Default.Equals(declaring, jwtNet.IJwtDecoder)
                || SymbolEqualityComparer.Default.Equals(declaring, jwtNet.JwtDecoder)))
        {
            verify = Argument(decode, "verify");
            return verify is { ArgumentKind: not ArgumentKind.DefaultValue, Parameter.Type.SpecialType: SpecialType.System_Boolean }
                && ProductionCondition.Decide(verify.Value, types) == false
                ? UnverifiedDecodeKind.VerifyArgument
                : null;
        }

        return method.Name is "Decode" or "DecodeBytes" && SymbolEqualityComparer.Default.Equals(declaring, types.JoseJwt.Jwt)
            && AcceptsNoneWithoutKey(decode, types)
            ? UnverifiedDecodeKind.NoneWithoutKey
            : null;
    }

    /// <summary>jose-jwt's <c>JWT.Payload(token)</c>/<c>Payload&lt;T&gt;(token)</c>: the payload, read without any verification.</summary>
    public static bool IsJosePayloadRead(IInvocationOperation read, WellKnownTypes types)
        => read.TargetMethod.Name == "Payload"
            && SymbolEqualityComparer.Default.Equals(read.TargetMethod.ContainingType?.OriginalDefinition, types.JoseJwt.Jwt);

    /// <summary>
    /// jose-jwt verifies a JWS with the algorithm its header names unless the call expects one; 'none' (<c>Plaintext</c>)
    /// accepts exactly the null key. So a null key accepts unsigned tokens when the call expects 'none' or expects nothing,
    /// with the default settings (which register 'none'). An encrypted-token overload (<c>enc</c>) is a different matter.
    /// </summary>
    private static bool AcceptsNoneWithoutKey(IInvocationOperation decode, WellKnownTypes types)
    {
        if (Argument(decode, "enc") is not null
            || Argument(decode, "key") is not { } key || !Values.IsConstantNull(key.Value)
            || (Argument(decode, "settings") is { } settings && !Values.IsConstantNull(settings.Value)))
        {
            return false;
        }

        if (Argument(decode, "jwsAlg") is { } named)
        {
            return named.Value.ConstantValue is { HasValue: true, Value: "none" };
        }

        if (Argument(decode, "alg") is not { } algorithm)
        {
            return true;
        }

        return SymbolEqualityComparer.Default.Equals(algorithm.Parameter?.Type, types.JoseJwt.JwsAlgorithm)
            && algorithm.Value.ConstantValue is { HasValue: true } value
            && types.JoseJwt.NoneAlgorithm is { HasConstantValue: true } none && Equals(value.Value, none.ConstantValue);
    }

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter) => TokenCreation.Argument(invocation.Arguments, parameter);
}
