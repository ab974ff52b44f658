using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TokenValidationAnalyzers.Tests.Verifiers.Stubs;

/// <summary>
/// Libraries this machine cannot restore, as metadata references compiled from the stubs next to the tests
/// (<c>Stubs/&lt;Library&gt;/*.cs</c>, copied to the output and not part of this assembly).
/// </summary>
internal static class StubReferences
{
    /// <summary>JWT.Net 10.x: <c>ValidationParameters</c> and a <c>JwtBuilder</c> that verifies by default.</summary>
    public static MetadataReference JwtNet10 { get; } = Compile("JWT", Path.Combine("JwtNet", "JwtNet10.cs"));

    private static MetadataReference Compile(string assemblyName, string stub)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", stub);
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { tree },
            TestReferences.WithoutIdentityModel,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{stub} does not compile:\n{string.Join("\n", result.Diagnostics)}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: assemblyName + ".dll");
    }
}
