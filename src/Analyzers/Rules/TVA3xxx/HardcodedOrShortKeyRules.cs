using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// Where a key is created or imported: TVA3001 when its secret material is a literal, TVA3003 when a symmetric key
/// is shorter than 256 bits. The material is traced once here and a configuration read is handed on to
/// <see cref="CommittedKeySettingRule"/> (TVA3005).
/// </summary>
internal sealed class HardcodedOrShortKeyRules
{
    private static readonly Regex JwkSecretMember = new("\"\\s*(k|d|p|q|dp|dq|qi)\\s*\"\\s*:", RegexOptions.CultureInvariant);

    private readonly WellKnownTypes _types;
    private readonly KeyCreations _keyCreations;
    private readonly CommittedKeySettingRule _committedSetting;
    private readonly bool _canGenerateBytes;

    public HardcodedOrShortKeyRules(WellKnownTypes types, KeyCreations keyCreations, CommittedKeySettingRule committedSetting)
    {
        _types = types;
        _keyCreations = keyCreations;
        _committedSetting = committedSetting;
        _canGenerateBytes = HasStaticGetBytes(types.RandomNumberGenerator);
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnCreation(_types.SymmetricSecurityKey, AnalyzeCreation);
        dispatch.OnCreation(_types.JsonWebKey, AnalyzeCreation);
        dispatch.OnCreation(_types.X509Certificate2, AnalyzeCreation);
        dispatch.OnCreation(_types.Katana.SymmetricKeyIssuerSecurityKeyProvider, AnalyzeKatanaProvider);
        foreach (var (type, name) in _keyCreations.ImportMethods)
        {
            dispatch.OnInvocation(type, name, AnalyzeImport);
        }

        foreach (var (type, name) in _keyCreations.LibrarySinks.Methods)
        {
            dispatch.OnInvocation(type, name, AnalyzeLibrarySink);
        }
    }

    private void AnalyzeCreation(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length == 0 || creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        var argument = creation.Arguments[0].Value;
        if (SymbolEqualityComparer.Default.Equals(type, _types.SymmetricSecurityKey))
        {
            Analyze(context, creation, KeyMaterial.Trace(argument, _types), symmetric: true, static _ => true);
        }
        else if (SymbolEqualityComparer.Default.Equals(type, _types.JsonWebKey) && argument.Type?.SpecialType == SpecialType.System_String)
        {
            Analyze(context, creation, KeyMaterial.Trace(argument, _types), symmetric: false, static text => text is not null && JwkSecretMember.IsMatch(text));
        }
        else if (SymbolEqualityComparer.Default.Equals(type, _types.X509Certificate2) && argument.Type?.SpecialType != SpecialType.System_String
            && creation.Arguments.Length >= 2)
        {
            // with a password the bytes are a PKCS#12 bundle holding the private key; a bare certificate is public
            Analyze(context, creation, KeyMaterial.Trace(argument, _types), symmetric: false, static _ => true);
        }
    }

    /// <summary>
    /// Katana's <c>SymmetricKeyIssuerSecurityKeyProvider(issuer, key)</c>: the key is bytes or base64 text, alone or in a list;
    /// a literal anywhere in the list is hardcoded.
    /// </summary>
    private void AnalyzeKatanaProvider(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 2)
        {
            return;
        }

        var keys = creation.Arguments[1].Value;
        if (Values.StripConversions(keys) is IArrayCreationOperation { Initializer: { } list }
            && creation.Arguments[1].Parameter?.Type is INamedTypeSymbol { IsGenericType: true })
        {
            foreach (var element in list.ElementValues)
            {
                if (KeyMaterial.Trace(element, _types) is { Origin: KeyOrigin.Literal } literal)
                {
                    Analyze(context, creation, literal, symmetric: true, static _ => true);
                    return;
                }
            }

            return;
        }

        Analyze(context, creation, KeyMaterial.Trace(keys, _types), symmetric: true, static _ => true);
    }

    private void AnalyzeImport(RuleContext context, IInvocationOperation invocation)
    {
        if (_keyCreations.ImportSecretTest(invocation.TargetMethod.OriginalDefinition) is not { } isSecret || invocation.Arguments.Length == 0)
        {
            return;
        }

        var material = KeyMaterial.Trace(KeyCreations.KeyArgument(invocation.Arguments).Value, _types);
        Analyze(context, invocation, material, symmetric: false, isSecret);
    }

    /// <summary>
    /// A key given to JWT.Net or jose-jwt. An empty key is no secret: JWT.Net's asymmetric algorithms ignore the key
    /// argument, which callers fill with <c>""</c> or an empty array.
    /// </summary>
    private void AnalyzeLibrarySink(RuleContext context, IInvocationOperation invocation)
    {
        var keys = new List<IOperation>();
        _keyCreations.LibrarySinks.AddKeys(invocation, keys);
        foreach (var key in keys)
        {
            var material = KeyMaterial.Trace(key, _types);
            if (material.ByteLength == 0 || (material.Origin == KeyOrigin.Literal && string.IsNullOrWhiteSpace(material.LiteralText) && !material.IsByteLiteral))
            {
                continue;
            }

            // on the called name: a builder chain's call starts at `new JwtBuilder()`, lines before the key
            Analyze(context, invocation, material, symmetric: _keyCreations.LibrarySinks.IsHmacKey(invocation), IsNotPublicKeyText, Locations.CalledName(invocation));
        }
    }

    private void Analyze(RuleContext context, IOperation keyCreation, KeyMaterial material, bool symmetric, Func<string?, bool> isSecret, Location? location = null)
    {
        location ??= keyCreation.Syntax.GetLocation();
        if (material.Origin == KeyOrigin.Literal)
        {
            if (material.IsByteLiteral || isSecret(material.LiteralText))
            {
                var (properties, locations) = HardcodedKeyFix.Properties(keyCreation, material);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3001, location, locations, properties));
            }

            return;
        }

        if (material.Origin == KeyOrigin.Configuration && material.ConfigurationKey is { } key)
        {
            _committedSetting.Analyze(context, key, material.ReadsAppConfig, isSecret);
        }

        if (material.Fallback is not null)
        {
            // TVA3002, reported where the fallback is written (HardcodedFallbackKeyRule)
            return;
        }

        if (symmetric && material.ByteLength is { } length && length < 32)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3003, location,
                material.LengthOperand is { } operand ? ImmutableArray.Create(operand.Syntax.GetLocation()) : ImmutableArray<Location>.Empty,
                HardcodedKeyFix.SizeProperties(keyCreation, material, _canGenerateBytes), length));
        }
    }

    /// <summary>A PEM public key or certificate passed as the key (JWT.Net's RSA decoders ignore it) is no secret.</summary>
    private static bool IsNotPublicKeyText(string? text)
        => text is null || (text.IndexOf("PUBLIC KEY", StringComparison.Ordinal) < 0 && text.IndexOf("CERTIFICATE", StringComparison.Ordinal) < 0);

    /// <summary><c>RandomNumberGenerator.GetBytes(int)</c>: .NET 6 and later.</summary>
    private static bool HasStaticGetBytes(INamedTypeSymbol? randomNumberGenerator)
    {
        foreach (var member in randomNumberGenerator?.GetMembers("GetBytes") ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IMethodSymbol { IsStatic: true, Parameters.Length: 1 } method && method.Parameters[0].Type.SpecialType == SpecialType.System_Int32)
            {
                return true;
            }
        }

        return false;
    }
}
