using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// Where key material enters: the key constructors and the import methods (PEM and XML text, PKCS#8 and PKCS#12
/// bytes), resolved once per compilation, and how to tell that what an import is given holds a private key.
/// </summary>
internal sealed class KeyCreations
{
    private readonly WellKnownTypes _types;
    private readonly Dictionary<IMethodSymbol, ImportFormat> _imports = new(SymbolEqualityComparer.Default);
    private readonly List<(INamedTypeSymbol Type, string Name)> _importMethods = new();

    public KeyCreations(WellKnownTypes types)
    {
        _types = types;
        LibrarySinks = new LibraryKeySinks(types);
        AddImports(types.AsymmetricAlgorithm, ImportFormat.Pem, "ImportFromPem", "ImportFromEncryptedPem");
        AddImports(types.AsymmetricAlgorithm, ImportFormat.Xml, "FromXmlString");
        AddImports(types.AsymmetricAlgorithm, ImportFormat.PrivateBytes, "ImportPkcs8PrivateKey", "ImportEncryptedPkcs8PrivateKey");
        AddImports(types.X509CertificateLoader, ImportFormat.PrivateBytes, "LoadPkcs12");
        foreach (var type in types.AsymmetricAlgorithmTypes)
        {
            AddImports(type, ImportFormat.Pem, "ImportFromPem", "ImportFromEncryptedPem");
            AddImports(type, ImportFormat.Xml, "FromXmlString");
            AddImports(type, ImportFormat.PrivateBytes, "ImportPkcs8PrivateKey", "ImportEncryptedPkcs8PrivateKey", "ImportRSAPrivateKey", "ImportECPrivateKey");
        }
    }

    private enum ImportFormat
    {
        Pem,
        Xml,
        PrivateBytes,
    }

    /// <summary>The calls of JWT.Net and jose-jwt that take a key.</summary>
    public LibraryKeySinks LibrarySinks { get; }

    /// <summary>Each import method by declaring type and name, to register handlers for.</summary>
    public IReadOnlyList<(INamedTypeSymbol Type, string Name)> ImportMethods => _importMethods;

    /// <summary>
    /// Whether the text given to the import <paramref name="method"/> is or overrides holds a private key; null when it is
    /// no import. PEM says so, XML carries RSA's <c>&lt;D&gt;</c> or DSA's <c>&lt;X&gt;</c>, private-key bytes always do.
    /// </summary>
    public Func<string?, bool>? ImportSecretTest(IMethodSymbol method)
    {
        while (!_imports.ContainsKey(method) && method.IsOverride && method.OverriddenMethod is { } overridden)
        {
            method = overridden.OriginalDefinition;
        }

        if (!_imports.TryGetValue(method, out var format))
        {
            return null;
        }

        return format switch
        {
            ImportFormat.Pem => static text => text is not null && text.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0,
            // <P> alone is public for DSA
            ImportFormat.Xml => static text => text is not null && (text.IndexOf("<D>", StringComparison.Ordinal) >= 0 || text.IndexOf("<X>", StringComparison.Ordinal) >= 0),
            _ => static _ => true,
        };
    }

    /// <summary>The values that carry a key when the operation is a key construction, an import or a library call that takes keys.</summary>
    public void AddKeyArguments(IOperation operation, List<IOperation> keys)
    {
        if (KeyArgumentOf(operation) is { } argument)
        {
            keys.Add(argument);
        }
        else if (operation is IInvocationOperation invocation)
        {
            LibrarySinks.AddKeys(invocation, keys);
        }
    }

    private IOperation? KeyArgumentOf(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Arguments.Length: > 0 } creation
                when SymbolEqualityComparer.Default.Equals(creation.Type, _types.SymmetricSecurityKey)
                    || SymbolEqualityComparer.Default.Equals(creation.Type, _types.JsonWebKey)
                    || SymbolEqualityComparer.Default.Equals(creation.Type, _types.X509Certificate2):
                return creation.Arguments[0].Value;
            case IInvocationOperation { Arguments.Length: > 0 } invocation when _imports.ContainsKey(invocation.TargetMethod.OriginalDefinition):
                return KeyArgument(invocation.Arguments).Value;
            default:
                return null;
        }
    }

    /// <summary>The argument holding the key: <c>source</c>/<c>input</c>/<c>data</c>…, not a password (<c>ImportEncryptedPkcs8PrivateKey(password, source, out _)</c>).</summary>
    public static IArgumentOperation KeyArgument(ImmutableArray<IArgumentOperation> arguments)
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

    private void AddImports(INamedTypeSymbol? type, ImportFormat format, params string[] names)
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
                    _imports[method.OriginalDefinition] = format;
                }
            }
        }
    }
}
