using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>
/// Katana 4.2.2 (OWIN) is not served here: its public surface is compiled once from the stubs in
/// <c>Verifiers/Stubs/Katana</c>, one assembly per package as the real packages ship, against the test project's IdentityModel.
/// </summary>
internal static class KatanaReferences
{
    /// <summary>The packages in dependency order: each stub compiles against the ones before it.</summary>
    private static readonly string[] Assemblies =
    {
        "Owin",
        "Microsoft.Owin",
        "Microsoft.Owin.Security",
        "Microsoft.Owin.Security.OAuth",
        "Microsoft.Owin.Security.Jwt",
        "Microsoft.Owin.Security.OpenIdConnect",
        "Microsoft.Owin.Security.ActiveDirectory",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> Stubs = new(Compile);

    private static readonly Lazy<MetadataReference> Katana3Stub = new(() => Emit("Microsoft.Owin.Security",
        Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", "Katana3", "Katana3.cs"), TestReferences.WithoutIdentityModel));

    /// <summary>The Katana stub assemblies alone.</summary>
    public static ImmutableArray<MetadataReference> Katana => Stubs.Value;

    /// <summary>Katana 3.1 with System.IdentityModel.Tokens.Jwt 4.0 (no Microsoft.IdentityModel.Tokens), as one assembly.</summary>
    public static MetadataReference Katana3 => Katana3Stub.Value;

    private static ImmutableArray<MetadataReference> Compile()
    {
        var built = ImmutableArray.CreateBuilder<MetadataReference>();
        var directory = Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", "Katana");
        foreach (var name in Assemblies)
        {
            built.Add(Emit(name, Path.Combine(directory, name + ".cs"), TestReferences.All.AddRange(built)));
        }

        return built.ToImmutable();
    }

    private static MetadataReference Emit(string name, string path, ImmutableArray<MetadataReference> references)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
        var compilation = CSharpCompilation.Create(
            name,
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            throw new InvalidOperationException($"The Katana stub {name} does not compile:{Environment.NewLine}{errors}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: name + ".dll");
    }
}
