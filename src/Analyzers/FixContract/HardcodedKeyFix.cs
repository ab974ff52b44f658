using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.FixContract;

/// <summary>What the key-material fixes need, decided where the analyzer traced the key.</summary>
internal static class HardcodedKeyFix
{
    /// <summary>The TVA3001 fix: the literal to replace (or a holder's declaration and the reference at the key) and what it was.</summary>
    public static (ImmutableDictionary<string, string?> Properties, Location[] Locations) Properties(IOperation keyCreation, KeyMaterial material)
    {
        if (material.Literal is not { } literal)
        {
            return (ImmutableDictionary<string, string?>.Empty, Array.Empty<Location>());
        }

        if (material.Holder is { } holder)
        {
            return KeyHolderFix.Properties(keyCreation, material, holder, literal);
        }

        if (!IsInSameMember(keyCreation, literal))
        {
            return (ImmutableDictionary<string, string?>.Empty, Array.Empty<Location>());
        }

        var kind = ReplacedLiteral(literal);
        return kind is null
            ? (ImmutableDictionary<string, string?>.Empty, new[] { literal.Syntax.GetLocation() })
            : (MoveToConfiguration(keyCreation, kind.Value.Kind).ToImmutable(), new[] { kind.Value.Node.GetLocation() });
    }

    /// <summary>The node a configuration read replaces and the kind of value it must produce; null for what the fix cannot replace (a concatenation).</summary>
    public static (SyntaxNode Node, string Kind)? ReplacedLiteral(IOperation literal)
    {
        switch (literal)
        {
            case ILiteralOperation:
                return (literal.Syntax, "String");
            case IArrayCreationOperation or IArrayInitializerOperation:
                return (literal.Syntax, "Bytes");
            case IUtf8StringOperation when literal.Parent is IInvocationOperation { TargetMethod.Name: "ToArray" } toArray && toArray.Instance == literal:
                return (toArray.Syntax, "Utf8");
            case IUtf8StringOperation:
                // `var key = "…"u8;` would turn into a byte[] without the span around it
                return (literal.Syntax, literal.Syntax.Parent is EqualsValueClauseSyntax { Parent.Parent: VariableDeclarationSyntax { Type.IsVar: true } } ? "Utf8Span" : "Utf8");
            default:
                return null;
        }
    }

    public static ImmutableDictionary<string, string?>.Builder MoveToConfiguration(IOperation keyCreation, string literalKind)
    {
        var section = ConfigurationSection(keyCreation.Syntax);
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(FixProperties.Action, FixProperties.ActionMoveToConfiguration);
        builder.Add(FixProperties.LiteralKind, literalKind);
        builder.Add(FixProperties.ConfigurationKey, section + ":SigningKey");
        builder.Add(FixProperties.EnvironmentVariable, section.ToUpperInvariant() + "_SIGNING_KEY");
        return builder;
    }

    public static ImmutableDictionary<string, string?> FallbackProperties(IOperation fallback, KeyMaterial material)
    {
        var kind = fallback.Parent switch
        {
            ICoalesceOperation => "Coalesce",
            IArgumentOperation => "DefaultArgument",
            _ => null,
        };
        var name = material.ConfigurationKey ?? material.EnvironmentVariable;
        if (kind is null || name is null)
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, FixProperties.ActionThrowWhenMissing)
            .Add(FixProperties.FallbackKind, kind)
            .Add(FixProperties.SettingName, name);
        return fallback.Parent?.Parent is IInvocationOperation { TargetMethod.TypeArguments: { Length: 1 } typeArguments, Syntax: InvocationExpressionSyntax call }
            && call.Expression is not MemberAccessExpressionSyntax { Name: GenericNameSyntax } and not GenericNameSyntax
            && fallback.SemanticModel is { } model
                ? properties.Add(FixProperties.ReadType, typeArguments[0].ToMinimalDisplayString(model, call.SpanStart))
                : properties;
    }

    /// <summary>
    /// Raises the size where it is written; bytes of a fixed length (<c>Guid.ToByteArray()</c>) are replaced by random bytes
    /// of the required size, where the framework has <c>RandomNumberGenerator.GetBytes(int)</c>.
    /// </summary>
    public static ImmutableDictionary<string, string?> SizeProperties(IOperation keyCreation, KeyMaterial material, bool canGenerateBytes)
    {
        if (material.LengthOperand is null || (material.HasFixedLength && !canGenerateBytes))
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var size = RequiredKeySize(keyCreation.Syntax);
        return ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, FixProperties.ActionSetValue)
            .Add(FixProperties.ValueExpression, material.HasFixedLength ? "global::System.Security.Cryptography.RandomNumberGenerator.GetBytes(" + size + ")" : size);
    }

    public static bool IsInSameMember(IOperation a, IOperation b)
        => a.Syntax.SyntaxTree == b.Syntax.SyntaxTree
            && a.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() == b.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>();

    /// <summary>The section the surrounding code already reads settings from (<c>config["Auth:Issuer"]</c> → Auth), else Jwt.</summary>
    private static string ConfigurationSection(SyntaxNode near)
    {
        var scope = near.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? near.SyntaxTree.GetRoot();
        foreach (var access in scope.DescendantNodes())
        {
            if (access is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments }
                && arguments[0].Expression is LiteralExpressionSyntax literal
                && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && literal.Token.ValueText is { } key
                && key.IndexOf(':') is var colon and > 0
                && SyntaxFacts.IsValidIdentifier(key.Substring(0, colon)))
            {
                return key.Substring(0, colon);
            }
        }

        return "Jwt";
    }

    /// <summary>As many key bytes as the HMAC's hash (IdentityModel requires it): 64 for HS512, 48 for HS384, else 32.</summary>
    private static string RequiredKeySize(SyntaxNode near)
    {
        var scope = near.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? near;
        var size = "32";
        foreach (var node in scope.DescendantNodes())
        {
            var name = node switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                LiteralExpressionSyntax literal => literal.Token.ValueText,
                _ => null,
            };
            switch (name)
            {
                case "HmacSha512" or "HmacSha512Signature" or "HS512" or "HMACSHA512Algorithm":
                    return "64";
                case "HmacSha384" or "HmacSha384Signature" or "HS384" or "HMACSHA384Algorithm":
                    size = "48";
                    break;
            }
        }

        return size;
    }
}
