using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>The per-compilation state of <see cref="KeyMaterialAnalyzer"/>: key constructors and imports, and the appsettings files.</summary>
internal sealed class KeyMaterialRules
{
    private static readonly Regex JwkSecretMember = new("\"\\s*(k|d|p|q|dp|dq|qi)\\s*\"\\s*:", RegexOptions.CultureInvariant);

    private readonly WellKnownTypes _types;
    private readonly AnalyzerOptions _options;
    private readonly Dictionary<IMethodSymbol, Import> _imports = new(SymbolEqualityComparer.Default);
    private readonly List<(INamedTypeSymbol Type, string Name)> _importMethods = new();
    private readonly ConcurrentDictionary<string, bool> _reportedSettings = new(StringComparer.Ordinal);
    private readonly bool _canGenerateBytes;
    private AppSettings? _settings;

    public KeyMaterialRules(WellKnownTypes types, AnalyzerOptions options)
    {
        _types = types;
        _options = options;
        _canGenerateBytes = HasStaticGetBytes(types.RandomNumberGenerator);
        AddImports(types.AsymmetricAlgorithm, Import.Pem, "ImportFromPem", "ImportFromEncryptedPem");
        AddImports(types.AsymmetricAlgorithm, Import.Xml, "FromXmlString");
        AddImports(types.AsymmetricAlgorithm, Import.PrivateBytes, "ImportPkcs8PrivateKey", "ImportEncryptedPkcs8PrivateKey");
        AddImports(types.X509CertificateLoader, Import.PrivateBytes, "LoadPkcs12");
        foreach (var type in types.AsymmetricAlgorithmTypes)
        {
            AddImports(type, Import.Pem, "ImportFromPem", "ImportFromEncryptedPem");
            AddImports(type, Import.Xml, "FromXmlString");
            AddImports(type, Import.PrivateBytes, "ImportPkcs8PrivateKey", "ImportEncryptedPkcs8PrivateKey", "ImportRSAPrivateKey", "ImportECPrivateKey");
        }
    }

    private enum Import
    {
        Pem,
        Xml,
        PrivateBytes,
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnCreation(_types.SymmetricSecurityKey, AnalyzeCreation);
        dispatch.OnCreation(_types.JsonWebKey, AnalyzeCreation);
        dispatch.OnCreation(_types.X509Certificate2, AnalyzeCreation);
        foreach (var (type, name) in _importMethods)
        {
            dispatch.OnInvocation(type, name, AnalyzeInvocation);
        }

        dispatch.OnCoalesce(AnalyzeCoalesceFallback);
        dispatch.OnInvocation(_types.ConfigurationBinder, "GetValue", AnalyzeGetValueFallback);
    }

    /// <summary>TVA3002 where the fallback is written — <c>config["Jwt:Key"] ?? "…"</c> — when a key in the same block is built from it.</summary>
    private void AnalyzeCoalesceFallback(RuleContext context, ICoalesceOperation coalesce)
    {
        // the block walk below runs only for a literal fallback on a configuration or environment read (the one shape
        // key tracing calls a fallback), not for every `x ?? "…"` of an application
        if ((!coalesce.WhenNull.ConstantValue.HasValue && Values.StripConversions(coalesce.WhenNull) is not (IUtf8StringOperation or IArrayCreationOperation))
            || KeyMaterial.Trace(coalesce.Value, _types).Origin is not (KeyOrigin.Configuration or KeyOrigin.Environment))
        {
            return;
        }

        ReportFallbackIfKeyMaterial(context, coalesce.WhenNull);
    }

    /// <summary>TVA3002 on <c>GetValue&lt;string&gt;("Jwt:Key", "…")</c>'s default argument.</summary>
    private void AnalyzeGetValueFallback(RuleContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length >= 3 && invocation.Arguments[2].ArgumentKind == ArgumentKind.Explicit)
        {
            ReportFallbackIfKeyMaterial(context, invocation.Arguments[2].Value);
        }
    }

    private void ReportFallbackIfKeyMaterial(RuleContext context, IOperation fallback)
    {
        foreach (var operation in Scopes.Block(fallback).Descendants())
        {
            var (keyCreation, argument, symmetric) = KeyArgumentOf(operation);
            if (argument is null || KeyMaterial.Trace(argument, _types) is not { Fallback: { } traced } material || !ReferenceEquals(traced, fallback))
            {
                continue;
            }

            var source = material.Origin == KeyOrigin.Environment
                ? $"environment variable '{material.EnvironmentVariable}'"
                : $"configuration key '{material.ConfigurationKey}'";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3002, fallback.Syntax.GetLocation(), HardcodedKeyFix.FallbackProperties(fallback, material), source));
            return;
        }
    }

    /// <summary>The key construction or import an operation is, and the argument that carries the key.</summary>
    private (IOperation? Creation, IOperation? Argument, bool Symmetric) KeyArgumentOf(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Arguments.Length: > 0 } creation
                when SymbolEqualityComparer.Default.Equals(creation.Type, _types.SymmetricSecurityKey)
                    || SymbolEqualityComparer.Default.Equals(creation.Type, _types.JsonWebKey)
                    || SymbolEqualityComparer.Default.Equals(creation.Type, _types.X509Certificate2):
                return (creation, creation.Arguments[0].Value, SymbolEqualityComparer.Default.Equals(creation.Type, _types.SymmetricSecurityKey));
            case IInvocationOperation { Arguments.Length: > 0 } invocation when _imports.ContainsKey(invocation.TargetMethod.OriginalDefinition):
                return (invocation, KeyArgument(invocation.Arguments).Value, false);
            default:
                return (null, null, false);
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

    private void AnalyzeInvocation(RuleContext context, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        while (!_imports.ContainsKey(method) && method.IsOverride && method.OverriddenMethod is { } overridden)
        {
            method = overridden.OriginalDefinition;
        }

        if (!_imports.TryGetValue(method, out var import) || invocation.Arguments.Length == 0)
        {
            return;
        }

        var material = KeyMaterial.Trace(KeyArgument(invocation.Arguments).Value, _types);
        Func<string?, bool> isSecret = import switch
        {
            Import.Pem => static text => text is not null && text.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0,
            // RSA private parameters carry <D>, DSA's <X>; <P> alone is public for DSA
            Import.Xml => static text => text is not null && (text.IndexOf("<D>", StringComparison.Ordinal) >= 0 || text.IndexOf("<X>", StringComparison.Ordinal) >= 0),
            _ => static _ => true,
        };
        Analyze(context, invocation, material, symmetric: false, isSecret);
    }

    private void Analyze(RuleContext context, IOperation keyCreation, KeyMaterial material, bool symmetric, Func<string?, bool> isSecret)
    {
        if (material.Origin == KeyOrigin.Literal)
        {
            if (material.IsByteLiteral || isSecret(material.LiteralText))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3001, keyCreation.Syntax.GetLocation(),
                    LiteralLocations(keyCreation, material), HardcodedKeyFix.Properties(keyCreation, material)));
            }

            return;
        }

        if (material.Origin == KeyOrigin.Configuration && material.ConfigurationKey is { } key)
        {
            ReportCommittedSetting(context, key, isSecret, context.CancellationToken);
        }

        if (material.Fallback is not null)
        {
            // TVA3002, reported where the fallback is written (AnalyzeCoalesceFallback, AnalyzeGetValueFallback)
            return;
        }

        if (symmetric && material.ByteLength is { } length && length < 32)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3003, keyCreation.Syntax.GetLocation(),
                material.LengthOperand is { } operand ? ImmutableArray.Create(operand.Syntax.GetLocation()) : ImmutableArray<Location>.Empty,
                HardcodedKeyFix.SizeProperties(keyCreation, material, _canGenerateBytes), length));
        }
    }

    /// <summary>TVA3005: the configuration key the code reads holds a value in a production appsettings file; reported once per JSON line.</summary>
    private void ReportCommittedSetting(RuleContext context, string key, Func<string?, bool> isSecret, CancellationToken cancellationToken)
    {
        var settings = _settings ??= AppSettings.Read(_options.AdditionalFiles, cancellationToken);
        if (settings.IsEmpty)
        {
            return;
        }

        foreach (var setting in settings.Find(key))
        {
            if (string.IsNullOrWhiteSpace(setting.Value)
                || !isSecret(setting.Value)
                || !_reportedSettings.TryAdd(setting.FilePath + "@" + setting.Span.Start, true))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3005, setting.Location, setting.KeyPath));
        }
    }

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

    /// <summary>The argument holding the key: <c>source</c>/<c>input</c>/<c>data</c>…, not a password (<c>ImportEncryptedPkcs8PrivateKey(password, source, out _)</c>).</summary>
    private static IArgumentOperation KeyArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name is "source" or "input" or "data" or "rawData" or "xmlString" or "key")
            {
                return argument;
            }
        }

        return arguments[0];
    }

    private static IEnumerable<Location> LiteralLocations(IOperation keyCreation, KeyMaterial material)
        => material.Literal is { } literal && HardcodedKeyFix.IsInSameMember(keyCreation, literal)
            ? new[] { literal.Syntax.GetLocation() }
            : Array.Empty<Location>();

    private void AddImports(INamedTypeSymbol? type, Import import, params string[] names)
    {
        if (type is null)
        {
            return;
        }

        foreach (var name in names)
        {
            _importMethods.Add((type, name));
            foreach (var member in type.GetMembers(name))
            {
                if (member is IMethodSymbol method)
                {
                    _imports[method.OriginalDefinition] = import;
                }
            }
        }
    }
}
