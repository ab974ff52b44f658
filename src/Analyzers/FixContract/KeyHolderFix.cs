using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.FixContract;

/// <summary>
/// TVA3001 on a key held in a <c>const</c>, a <c>static readonly</c> field or a property: the literal in its declaration (the
/// fix rewrites the declaration) and the reference at the key (rewritten instead when the declaration cannot change).
/// </summary>
internal static class KeyHolderFix
{
    public static (ImmutableDictionary<string, string?> Properties, Location[] Locations) Properties(IOperation keyCreation, KeyMaterial material, IOperation holder, IOperation literal)
    {
        var none = (ImmutableDictionary<string, string?>.Empty, Array.Empty<Location>());
        if (!HardcodedKeyFix.IsInSameMember(keyCreation, holder) || Kind(holder) is not { } holderKind)
        {
            return none;
        }

        var declared = Declared(holder, literal);
        var useKind = UseKind(holder, declared?.Kind);
        if (declared is null && useKind is null)
        {
            return none;
        }

        var builder = HardcodedKeyFix.MoveToConfiguration(keyCreation, declared?.Kind ?? useKind!);
        if (declared is null)
        {
            return (builder.ToImmutable(), new[] { holder.Syntax.GetLocation() });
        }

        builder.Add(FixProperties.KeyHolder, holderKind);
        if (useKind is not null)
        {
            builder.Add(FixProperties.UseKind, useKind);
        }

        return (builder.ToImmutable(), new[] { declared.Value.Node.GetLocation(), holder.Syntax.GetLocation() });
    }

    private static string? Kind(IOperation holder) => holder switch
    {
        ILocalReferenceOperation { Local.IsConst: true } => "ConstLocal",
        IFieldReferenceOperation { Field.IsConst: true } => "ConstField",
        IFieldReferenceOperation => "Field",
        IPropertyReferenceOperation => "Property",
        _ => null,
    };

    /// <summary>The literal in the holder's own declaration (not one it reached through another constant).</summary>
    private static (SyntaxNode Node, string Kind)? Declared(IOperation holder, IOperation literal)
    {
        var symbol = holder switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (symbol is null || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax();
        if (ReferenceEquals(literal, holder))
        {
            // a constant's reference carries the value: its declaration must be a plain string literal
            return declaration is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax value } && value.Token.Value is string
                ? (value, "String")
                : null;
        }

        return literal.Syntax.SyntaxTree == declaration.SyntaxTree && declaration.Span.Contains(literal.Syntax.Span)
            ? HardcodedKeyFix.ReplacedLiteral(literal)
            : null;
    }

    /// <summary>What replaces the reference: a string for a string, bytes decoded the way the declaration's literal was written.</summary>
    private static string? UseKind(IOperation holder, string? declaredKind) => holder.Type switch
    {
        { SpecialType: SpecialType.System_String } => "String",
        IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } when declaredKind is "Bytes" or "Utf8" => declaredKind,
        _ => null,
    };
}
