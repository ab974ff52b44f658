using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>
/// The references with JWT.Net 10.x's stub (Stubs/JwtNet) in place of the restored JWT 7.3.1: a compilation cannot hold
/// two assemblies named JWT.
/// </summary>
internal static class JwtNetStub
{
    public static ImmutableArray<MetadataReference> References { get; } = Build();

    private static ImmutableArray<MetadataReference> Build()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", "JwtNet", "JWT.cs");
        var compilation = CSharpCompilation.Create(
            "JWT",
            new[] { CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path) },
            TestReferences.WithoutIdentityModel,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The JWT.Net stub does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        var stub = MetadataReference.CreateFromImage(image.ToArray());
        return TestReferences.All
            .Where(reference => !string.Equals(Path.GetFileNameWithoutExtension(reference.Display), "JWT", StringComparison.Ordinal))
            .Append(stub)
            .ToImmutableArray();
    }
}
