using System;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>Where key material comes from.</summary>
internal enum KeyOrigin
{
    Unknown,

    /// <summary>A literal in the source: a string, a <c>u8</c> literal, a byte-array initializer, a <c>const</c> or a <c>static readonly</c> field initialised with one.</summary>
    Literal,

    /// <summary>An <c>IConfiguration</c> read; <see cref="KeyMaterial.ConfigurationKey"/> holds the key path when it is constant.</summary>
    Configuration,

    /// <summary>An environment variable.</summary>
    Environment,

    /// <summary>A cryptographic random generator.</summary>
    Random,
}

/// <summary>
/// Traces key material back from the value a key is built from — through <c>Encoding.*.GetBytes</c>,
/// <c>Convert.FromBase64String</c>, <c>u8</c> literals, <c>.ToArray()</c>, locals, <c>const</c> and
/// <c>static readonly</c> fields (also in other files) — to where it comes from, with its length when known.
/// </summary>
internal sealed class KeyMaterial
{
    private const int MaxDepth = 8;

    private static readonly KeyMaterial UnknownMaterial = new(KeyOrigin.Unknown);

    private KeyMaterial(KeyOrigin origin)
    {
        Origin = origin;
    }

    public KeyOrigin Origin { get; private set; }

    /// <summary>The literal text (a string literal) or null for byte literals.</summary>
    public string? LiteralText { get; private set; }

    /// <summary>The literal operation itself: where a fix would replace it.</summary>
    public IOperation? Literal { get; private set; }

    public bool IsByteLiteral { get; private set; }

    public string? ConfigurationKey { get; private set; }

    public string? EnvironmentVariable { get; private set; }

    /// <summary>A literal default on a configuration or environment read: <c>?? "…"</c>, <c>GetValue("Jwt:Key", "…")</c>.</summary>
    public IOperation? Fallback { get; private set; }

    /// <summary>The key length in bytes, when known at compile time.</summary>
    public int? ByteLength { get; private set; }

    /// <summary>The constant operand that sets <see cref="ByteLength"/> (<c>16</c> in <c>GetBytes(16)</c>, <c>new byte[16]</c>).</summary>
    public IOperation? LengthOperand { get; private set; }

    /// <summary>The bytes come from a call whose length is fixed by its type (<c>Guid.NewGuid().ToByteArray()</c>: 16): <see cref="LengthOperand"/> is that call.</summary>
    public bool HasFixedLength { get; private set; }

    public static KeyMaterial Trace(IOperation value, WellKnownTypes types) => Trace(value, types, 0);

    private static KeyMaterial Trace(IOperation value, WellKnownTypes types, int depth)
    {
        if (depth > MaxDepth)
        {
            return UnknownMaterial;
        }

        var operation = Values.StripConversions(value);
        if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is string text)
        {
            return new KeyMaterial(KeyOrigin.Literal) { LiteralText = text, Literal = operation, ByteLength = Encoding.UTF8.GetByteCount(text) };
        }

        switch (operation)
        {
            case IUtf8StringOperation utf8:
                return new KeyMaterial(KeyOrigin.Literal) { LiteralText = utf8.Value, Literal = operation, ByteLength = Encoding.UTF8.GetByteCount(utf8.Value) };
            case IArrayCreationOperation array:
                return FromArray(array);
            case IArrayInitializerOperation initializer:
                // `byte[] key = { … };`: the declaration's initializer has no creation around it
                return FromElements(initializer.ElementValues, operation);
            case { Syntax: CollectionExpressionSyntax collection } when operation.SemanticModel is { } model:
                return FromCollectionExpression(collection, model, operation);
            case IInvocationOperation invocation:
                return FromInvocation(invocation, types, depth);
            case IPropertyReferenceOperation property:
                return FromConfiguration(property, types);
            case ICoalesceOperation coalesce:
                return FromCoalesce(coalesce, types, depth);
            case ILocalReferenceOperation local:
                return FromDeclaration(local.Local, local.SemanticModel, types, depth);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } reference:
                return FromDeclaration(field, reference.SemanticModel, types, depth);
            default:
                return UnknownMaterial;
        }
    }

    private static KeyMaterial FromElements(System.Collections.Immutable.ImmutableArray<IOperation> elements, IOperation literal)
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
            case "FromBase64String" when arguments.Length == 1 && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Convert):
                var encoded = Trace(arguments[0].Value, types, depth + 1);
                if (encoded.Origin == KeyOrigin.Literal)
                {
                    encoded.ByteLength = DecodedLength(encoded.LiteralText);
                }

                return encoded;
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

    /// <summary><c>config["Jwt:Key"]</c>, <c>config.GetSection("Jwt")["Key"]</c>, <c>config.GetSection("Jwt:Key").Value</c>.</summary>
    private static KeyMaterial FromConfiguration(IPropertyReferenceOperation property, WellKnownTypes types)
    {
        if (property.Instance is null || !types.IsConfiguration(property.Instance.Type))
        {
            return UnknownMaterial;
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

    private static KeyMaterial FromCoalesce(ICoalesceOperation coalesce, WellKnownTypes types, int depth)
    {
        var read = Trace(coalesce.Value, types, depth + 1);
        if (read.Origin is KeyOrigin.Configuration or KeyOrigin.Environment
            && Trace(coalesce.WhenNull, types, depth + 1).Origin == KeyOrigin.Literal)
        {
            read.Fallback ??= coalesce.WhenNull;
        }

        return read;
    }

    private static KeyMaterial FromDeclaration(ISymbol symbol, SemanticModel? useModel, WellKnownTypes types, int depth)
    {
        if (useModel is null
            || symbol.DeclaringSyntaxReferences.Length != 1
            || symbol.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return UnknownMaterial;
        }



        var model = initializer.SyntaxTree == useModel.SyntaxTree
            ? useModel
#pragma warning disable RS1030 // a static readonly field may be declared in another file of the same compilation
            : useModel.Compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
        // `byte[] key = { … }` gives the array initializer itself
        return Values.OperationOf(model, initializer) is { } value ? Trace(value, types, depth + 1) : UnknownMaterial;
    }

    /// <summary>The configuration path a section expression denotes: "" for the root, "Jwt" for <c>GetSection("Jwt")</c>, null when unknown.</summary>
    public static string? SectionPath(IOperation instance, WellKnownTypes types)
    {
        var operation = Values.StripConversions(instance);
        if (operation is IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } section)
        {
            var receiver = section.Instance ?? (section.Arguments.Length == 2 ? section.Arguments[0].Value : null);
            var name = section.Arguments[section.Arguments.Length - 1].Value.ConstantValue.Value as string;
            return receiver is null || name is null ? null : Join(SectionPath(receiver, types), name);
        }

        return types.IsConfiguration(operation.Type) ? "" : null;
    }

    public static string? Join(string? prefix, string? key)
        => prefix is null || key is null ? null : prefix.Length == 0 ? key : prefix + ":" + key;

    private static int? DecodedLength(string? base64)
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
}
