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

    /// <summary>The Katana stub assemblies alone.</summary>
    public static ImmutableArray<MetadataReference> Katana => Stubs.Value;

    private static ImmutableArray<MetadataReference> Compile()
    {
        var built = ImmutableArray.CreateBuilder<MetadataReference>();
        var directory = Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", "Katana");
        foreach (var name in Assemblies)
        {
            var path = Path.Combine(directory, name + ".cs");
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
            var compilation = CSharpCompilation.Create(
                name,
                new[] { tree },
                TestReferences.All.AddRange(built),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                throw new InvalidOperationException($"The Katana stub {name} does not compile:{Environment.NewLine}{errors}");
            }

            built.Add(MetadataReference.CreateFromImage(image.ToArray(), filePath: name + ".dll"));
        }

        return built.ToImmutable();
    }
}
