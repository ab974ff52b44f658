using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>System.Web is not a package: its <c>WebConfigurationManager</c> comes from a stub compiled once (Verifiers/Stubs/SystemWeb).</summary>
internal static class SystemWebReference
{
    private static readonly Lazy<MetadataReference> Reference = new(Compile);

    public static MetadataReference Value => Reference.Value;

    private static MetadataReference Compile()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", "SystemWeb");
        var trees = Directory.GetFiles(directory, "*.cs").Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path));
        var compilation = CSharpCompilation.Create("System.Web", trees, TestReferences.WithoutIdentityModel,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("System.Web stub: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
