using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>The calls key material passes through or comes from: encoders and decoders, random generators, configuration and environment reads.</summary>
internal sealed partial class KeyMaterial
{
    private static KeyMaterial FromInvocation(IInvocationOperation invocation, WellKnownTypes types, int depth)
    {
        var method = invocation.TargetMethod;
        var arguments = invocation.Arguments;
        switch (method.Name)
        {
            case "GetBytes" when arguments.Length == 1 && WellKnownTypes.DerivesFrom(method.ContainingType, types.Encoding):
                return Trace(arguments[0].Value, types, depth + 1);
            case "GetBytes" when arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.RandomNumberGenerator):
                return new KeyMaterial(KeyOrigin.Random)
                {
                    ByteLength = arguments[0].Value.ConstantValue.Value as int?,
                    LengthOperand = arguments[0].Value.ConstantValue.HasValue ? arguments[0].Value : null,
                };
            case "FromBase64String" or "FromHexString" when arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Convert):
                return Decoded(Trace(arguments[0].Value, types, depth + 1), method.Name == "FromHexString" ? HexLength : Base64Length);
            case "Decode" or "DecodeBytes" when arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Base64UrlEncoder):
            case "Base64UrlDecode" when arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.WebEncoders):
                return Decoded(Trace(arguments[0].Value, types, depth + 1), Base64UrlLength);
            case "Decode" when arguments.Length == 1 && IsKatanaEncoder(invocation, types, out var urlSafe):
                return Decoded(Trace(arguments[0].Value, types, depth + 1), urlSafe ? Base64UrlLength : Base64Length);
            case "ToByteArray" when SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Guid):
                return new KeyMaterial(KeyOrigin.Random) { ByteLength = 16, LengthOperand = invocation, HasFixedLength = true };
            case "ToArray" or "AsSpan" or "AsMemory" when invocation.Instance is { } source:
                return Trace(source, types, depth + 1);
            case "GetEnvironmentVariable" when arguments.Length >= 1 && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.SystemEnvironment):
                return new KeyMaterial(KeyOrigin.Environment) { EnvironmentVariable = arguments[0].Value.ConstantValue.Value as string };
            case "GetValue" when method.IsGenericMethod && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.ConfigurationBinder) && arguments.Length >= 2:
                var prefix = SectionPath(arguments[0].Value, types);
                var key = arguments[1].Value.ConstantValue.Value as string;
                var read = new KeyMaterial(KeyOrigin.Configuration) { ConfigurationKey = Join(prefix, key) };
                if (arguments.Length >= 3 && arguments[2].ArgumentKind == ArgumentKind.Explicit
                    && Trace(arguments[2].Value, types, depth + 1).Origin == KeyOrigin.Literal)
                {
                    read.Fallback = arguments[2].Value;
                }

                return read;
            default:
                return UnknownMaterial;
        }
    }

    /// <summary>Katana's <c>TextEncodings.Base64Url.Decode(…)</c> or <c>TextEncodings.Base64.Decode(…)</c>.</summary>
    private static bool IsKatanaEncoder(IInvocationOperation invocation, WellKnownTypes types, out bool urlSafe)
    {
        urlSafe = false;
        if (types.Katana.TextEncodings is null
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, types.Katana.ITextEncoder)
            || invocation.Instance is not IPropertyReferenceOperation { Property.Name: "Base64Url" or "Base64" } encoder
            || !SymbolEqualityComparer.Default.Equals(encoder.Property.ContainingType, types.Katana.TextEncodings))
        {
            return false;
        }

        urlSafe = encoder.Property.Name == "Base64Url";
        return true;
    }

    /// <summary>A pure decoder keeps a literal a literal; only the length changes.</summary>
    private static KeyMaterial Decoded(KeyMaterial encoded, Func<string?, int?> decodedLength)
    {
        if (encoded.Origin == KeyOrigin.Literal && !ReferenceEquals(encoded, UnknownMaterial))
        {
            encoded.ByteLength = decodedLength(encoded.LiteralText);
        }

        return encoded;
    }

    /// <summary>
    /// <c>config["Jwt:Key"]</c>, <c>config.GetSection("Jwt")["Key"]</c>, <c>config.GetSection("Jwt:Key").Value</c>, and a property
    /// of an options class bound to a known section (<c>GetSection("Jwt").Get&lt;JwtSettings&gt;().Key</c>).
    /// </summary>
    private static KeyMaterial FromConfiguration(IPropertyReferenceOperation property, WellKnownTypes types, int depth)
    {
        if (property.Instance is null)
        {
            return UnknownMaterial;
        }

        if (!types.IsConfiguration(property.Instance.Type))
        {
            return OptionsSections.PathOf(property, types, depth) is { } path
                ? new KeyMaterial(KeyOrigin.Configuration) { ConfigurationKey = path }
                : UnknownMaterial;
        }

        var prefix = SectionPath(property.Instance, types);
        if (property.Property.IsIndexer && property.Arguments.Length == 1)
        {
            return new KeyMaterial(KeyOrigin.Configuration) { ConfigurationKey = Join(prefix, property.Arguments[0].Value.ConstantValue.Value as string) };
        }

        return property.Property.Name == "Value"
            ? new KeyMaterial(KeyOrigin.Configuration) { ConfigurationKey = prefix }
            : UnknownMaterial;
    }

    /// <summary><c>a ?? b ?? "…"</c> nests to the right: the literal at the end of a chain of reads is the first read's fallback.</summary>
    private static KeyMaterial FromCoalesce(ICoalesceOperation coalesce, WellKnownTypes types, int depth)
    {
        var read = Trace(coalesce.Value, types, depth + 1);
        if (read.Origin is KeyOrigin.Configuration or KeyOrigin.Environment && !ReferenceEquals(read, UnknownMaterial))
        {
            var whenNull = Trace(coalesce.WhenNull, types, depth + 1);
            if (whenNull.Origin == KeyOrigin.Literal)
            {
                read.Fallback ??= coalesce.WhenNull;
            }
            else if (whenNull.Origin is KeyOrigin.Configuration or KeyOrigin.Environment)
            {
                read.Fallback ??= whenNull.Fallback;
            }
        }

        return read;
    }

    /// <summary>The configuration path a section expression denotes: "" for the root, "Jwt" for <c>GetSection("Jwt")</c>, null when unknown.</summary>
    public static string? SectionPath(IOperation instance, WellKnownTypes types) => SectionPath(instance, types, 0);

    private static string? SectionPath(IOperation instance, WellKnownTypes types, int depth)
    {
        var operation = Values.StripConversions(instance);
        if (operation is IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection", Arguments.Length: > 0 } section)
        {
            var receiver = section.Instance ?? (section.Arguments.Length == 2 ? section.Arguments[0].Value : null);
            var name = section.Arguments[section.Arguments.Length - 1].Value.ConstantValue.Value as string;
            return receiver is null || name is null || depth > MaxDepth ? null : Join(SectionPath(receiver, types, depth + 1), name);
        }

        if (operation is ILocalReferenceOperation local && depth <= MaxDepth && LocalValues.Reaching(local) is { Count: 1 } values)
        {
            return SectionPath(values[0], types, depth + 1);
        }

        // a section passed in or stored elsewhere (`IConfigurationSection section`) has a path this code cannot see
        return types.IsConfiguration(operation.Type) && !WellKnownTypes.Implements(operation.Type, types.IConfigurationSection) ? "" : null;
    }

    public static string? Join(string? prefix, string? key)
        => prefix is null || key is null ? null : prefix.Length == 0 ? key : prefix + ":" + key;

    private static int? Base64Length(string? base64)
    {
        if (base64 is null)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(base64).Length;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static int? Base64UrlLength(string? base64Url)
    {
        if (base64Url is null)
        {
            return null;
        }

        var padded = new StringBuilder(base64Url).Replace('-', '+').Replace('_', '/');
        padded.Append('=', (4 - (padded.Length % 4)) % 4);
        return Base64Length(padded.ToString());
    }

    private static int? HexLength(string? hex) => hex is null || hex.Length % 2 != 0 ? null : hex.Length / 2;
}
