using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Core.Symbols;

/// <summary>The package's type lookup gives the answer <c>Compilation.GetTypeByMetadataName</c> gives.</summary>
public class TypeResolverTests
{
    private static CSharpCompilation Compile(string source, IEnumerable<MetadataReference> references, string name = "App")
        => CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Theory]
    [InlineData("Microsoft.IdentityModel.Tokens.TokenValidationParameters")]
    [InlineData("Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions")]
    [InlineData("System.Text.Encoding")]
    [InlineData("System.Security.Cryptography.RSA")]
    [InlineData("System.Security.Cryptography.X509Certificates.X509Certificate2")]
    [InlineData("Microsoft.IdentityModel.Protocols.ConfigurationManager`1")]
    [InlineData("System.Collections.Generic.Dictionary`2")]
    [InlineData("System.CodeDom.Compiler.GeneratedCodeAttribute")]
    [InlineData("System.Collections.Generic.Dictionary")]
    [InlineData("Microsoft.Identity.Web.NotReferenced")]
    [InlineData("No.Such.Namespace.Type")]
    [InlineData("TopLevelNoNamespace")]
    public void ReferencedTypes_SameAsGetTypeByMetadataName(string metadataName)
    {
        var compilation = Compile("class C { }", TestReferences.All);

        var expected = compilation.GetTypeByMetadataName(metadataName);

        Assert.Equal(expected, new TypeResolver(compilation).Get(metadataName), SymbolEqualityComparer.Default);
    }

    [Fact]
    public void TypeDeclaredInSource_WinsOverReference()
    {
        var compilation = Compile("namespace System.Text { public abstract class Encoding { } }", TestReferences.All);

        var found = new TypeResolver(compilation).Get("System.Text.Encoding");

        Assert.NotNull(found);
        Assert.Equal(compilation.Assembly, found!.ContainingAssembly, SymbolEqualityComparer.Default);
        Assert.Equal(compilation.GetTypeByMetadataName("System.Text.Encoding"), found, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void SameTypeInTwoReferences_IsAmbiguous()
    {
        var core = TestReferences.All;
        var first = Compile("namespace Shared { public class Duplicate { } }", core, "First").ToMetadataReference();
        var second = Compile("namespace Shared { public class Duplicate { } }", core, "Second").ToMetadataReference();
        var compilation = Compile("class C { }", core.Add(first).Add(second));

        Assert.Null(compilation.GetTypeByMetadataName("Shared.Duplicate"));
        Assert.Null(new TypeResolver(compilation).Get("Shared.Duplicate"));
    }

    [Fact]
    public void InternalTypeInAnotherReference_IsAmbiguousToo()
    {
        var core = TestReferences.All;
        var hidden = Compile("namespace Shared { internal class Only { } }", core, "Hidden").ToMetadataReference();
        var visible = Compile("namespace Shared { public class Only { } }", core, "Visible").ToMetadataReference();
        var compilation = Compile("class C { }", core.Add(hidden).Add(visible));

        Assert.Null(compilation.GetTypeByMetadataName("Shared.Only"));
        Assert.Null(new TypeResolver(compilation).Get("Shared.Only"));
    }
}
