using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

/// <summary>Byte-array literals: initializers, creations and collection expressions whose elements are all constants.</summary>
internal sealed partial class KeyMaterial
{
    private static KeyMaterial FromElements(ImmutableArray<IOperation> elements, IOperation literal)
    {
        foreach (var element in elements)
        {
            if (!element.ConstantValue.HasValue)
            {
                return UnknownMaterial;
            }
        }

        return new KeyMaterial(KeyOrigin.Literal) { Literal = literal, IsByteLiteral = true, ByteLength = elements.Length };
    }

    /// <summary><c>[0x3f, …]</c>: collection expressions have no operation of their own before Roslyn 4.9.</summary>
    private static KeyMaterial FromCollectionExpression(CollectionExpressionSyntax collection, SemanticModel model, IOperation literal)
    {
        if (collection.Elements.Count == 0)
        {
            return UnknownMaterial;
        }

        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax item || !model.GetConstantValue(item.Expression).HasValue)
            {
                return UnknownMaterial;
            }
        }

        return new KeyMaterial(KeyOrigin.Literal) { Literal = literal, IsByteLiteral = true, ByteLength = collection.Elements.Count };
    }

    private static KeyMaterial FromArray(IArrayCreationOperation array)
    {
        if (array.Initializer is { } initializer)
        {
            foreach (var element in initializer.ElementValues)
            {
                if (!element.ConstantValue.HasValue)
                {
                    return UnknownMaterial;
                }
            }

            return new KeyMaterial(KeyOrigin.Literal) { Literal = array, IsByteLiteral = true, ByteLength = initializer.ElementValues.Length };
        }

        // `new byte[16]` is filled later (RandomNumberGenerator.Fill): only its length is known
        return array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue.Value is int size
            ? new KeyMaterial(KeyOrigin.Unknown) { ByteLength = size, LengthOperand = array.DimensionSizes[0] }
            : UnknownMaterial;
    }
}
