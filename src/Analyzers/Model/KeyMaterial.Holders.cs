using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>Literals held in a declaration elsewhere: <c>static readonly</c> fields and properties returning a constant.</summary>
internal sealed partial class KeyMaterial
{
    /// <summary>A literal reached through <paramref name="reference"/> is held there (the outermost holder wins); null otherwise.</summary>
    private static KeyMaterial? Held(KeyMaterial material, IOperation reference)
    {
        if (material.Origin != KeyOrigin.Literal || ReferenceEquals(material, UnknownMaterial))
        {
            return null;
        }

        material.Holder = reference;
        return material;
    }

    /// <summary>
    /// <c>static string Key => "…";</c>: a non-virtual, get-only property whose expression body is followed like a field initializer.
    /// Only a literal counts here; anything else is left to the other sources.
    /// </summary>
    private static KeyMaterial FromConstantProperty(IPropertyReferenceOperation reference, WellKnownTypes types, int depth)
    {
        var property = reference.Property;
        if (property.IsIndexer || property.SetMethod is not null || property.IsVirtual || property.IsAbstract || property.IsOverride || property.IsExtern
            || reference.SemanticModel is null || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax { ExpressionBody.Expression: { } body })
        {
            return UnknownMaterial;
        }

        var material = Values.OperationOf(Values.ModelFor(reference.SemanticModel, body), body) is { } value ? Trace(value, types, depth + 1) : UnknownMaterial;
        return material.Origin == KeyOrigin.Literal ? material : UnknownMaterial;
    }

    private static KeyMaterial FromField(ISymbol symbol, SemanticModel? useModel, WellKnownTypes types, int depth)
    {
        if (useModel is null
            || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return UnknownMaterial;
        }

        var model = Values.ModelFor(useModel, initializer);
        // `byte[] key = { … }` gives the array initializer itself
        return Values.OperationOf(model, initializer) is { } value ? Trace(value, types, depth + 1) : UnknownMaterial;
    }
}
