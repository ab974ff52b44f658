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

    /// <summary>
    /// An <c>IConfiguration</c> read, or a <c>ConfigurationManager.AppSettings</c> one (<see cref="KeyMaterial.ReadsAppConfig"/>);
    /// <see cref="KeyMaterial.ConfigurationKey"/> holds the key path when it is constant.
    /// </summary>
    Configuration,

    /// <summary>An environment variable.</summary>
    Environment,

    /// <summary>A cryptographic random generator.</summary>
    Random,
}

/// <summary>
/// Traces key material back from the value a key is built from — through <c>Encoding.*.GetBytes</c>, pure decoders
/// (Base64, hex, Base64Url), <c>u8</c> literals, <c>.ToArray()</c>, every value that reaches a local, <c>const</c> and
/// <c>static readonly</c> fields (also in other files), <c>??</c> chains and options classes — to where it comes from,
/// with its length when known.
/// </summary>
internal sealed partial class KeyMaterial
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

    /// <summary>
    /// The reference nearest the key through which the literal was reached: a <c>const</c> local or field, a <c>static readonly</c>
    /// field or a property returning a constant (the literal is in its declaration); null when the literal is written where it is used.
    /// </summary>
    public IOperation? Holder { get; private set; }

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
            return new KeyMaterial(KeyOrigin.Literal)
            {
                LiteralText = text,
                Literal = operation,
                ByteLength = Encoding.UTF8.GetByteCount(text),
                Holder = operation is IFieldReferenceOperation or ILocalReferenceOperation ? operation : null,
            };
        }

        if (FromAppSettings(operation, types, depth) is { } appSettings)
        {
            return appSettings;
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
                return Held(FromConstantProperty(property, types, depth), property) ?? FromConfiguration(property, types, depth);
            case ICoalesceOperation coalesce:
                return FromCoalesce(coalesce, types, depth);
            case ILocalReferenceOperation local:
                return FromLocal(local, types, depth);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } reference:
                var held = FromField(field, reference.SemanticModel, types, depth);
                return Held(held, reference) ?? held;
            default:
                return UnknownMaterial;
        }
    }

    /// <summary>
    /// Every value that can reach the read: a literal on one path is hardcoded there, unless it only replaces a read that came
    /// back empty (<c>if (key is null) key = "…";</c>: a fallback). Blank and null placeholders overwritten later count for nothing.
    /// </summary>
    private static KeyMaterial FromLocal(ILocalReferenceOperation local, WellKnownTypes types, int depth)
    {
        if (LocalValues.Reaching(local) is not { Count: > 0 } values)
        {
            return UnknownMaterial;
        }

        if (values.Count == 1)
        {
            return Trace(values[0], types, depth + 1);
        }

        KeyMaterial? literal = null;
        IOperation? literalValue = null;
        KeyMaterial? read = null;
        var reads = 0;
        foreach (var value in values)
        {
            var material = Trace(value, types, depth + 1);
            if (material.Origin == KeyOrigin.Literal)
            {
                if (literal is null && !IsPlaceholder(value))
                {
                    (literal, literalValue) = (material, value);
                }
            }
            else if (!IsPlaceholder(value))
            {
                read = material;
                reads++;
            }
        }

        if (literalValue is not null && reads == 1 && read!.Origin is KeyOrigin.Configuration or KeyOrigin.Environment
            && read.Fallback is null && LocalValues.ReplacesMissingValue(literalValue, local.Local))
        {
            read.Fallback = literalValue;
            return read;
        }

        return literal ?? (reads == 1 ? read! : UnknownMaterial);
    }

    private static bool IsPlaceholder(IOperation value) => Values.IsConstantNull(value) || Values.IsBlankString(value);
}
