using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>
/// Libraries this machine cannot restore, as metadata references compiled once from the stubs in <c>Verifiers/Stubs/&lt;Library&gt;</c>
/// (copied to the output, not part of this assembly). Each stub's header names the version whose public surface it mirrors.
/// </summary>
internal static class StubReferences
{
    /// <summary>Katana 4.2.2's packages in dependency order: each stub compiles against the ones before it.</summary>
    private static readonly string[] KatanaAssemblies =
    {
        "Owin",
        "Microsoft.Owin",
        "Microsoft.Owin.Security",
        "Microsoft.Owin.Security.OAuth",
        "Microsoft.Owin.Security.Jwt",
        "Microsoft.Owin.Security.OpenIdConnect",
        "Microsoft.Owin.Security.ActiveDirectory",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> KatanaStubs = new(CompileKatana);

    private static readonly Lazy<MetadataReference> Katana3Stub = new(
        () => Emit("Microsoft.Owin.Security", Stub("Katana3", "Katana3.cs"), TestReferences.WithoutIdentityModel));

    private static readonly Lazy<MetadataReference> JwtNet10Stub = new(
        () => Emit("JWT", Stub("JwtNet", "JwtNet10.cs"), TestReferences.WithoutIdentityModel));

    private static readonly Lazy<MetadataReference> DuendeStub = new(
        () => Emit("Duende.IdentityServer", Stub("DuendeIdentityServer", "Duende.IdentityServer.cs"), TestReferences.All));

    private static readonly Lazy<MetadataReference> IdentityServer4Stub = new(
        () => Emit("IdentityServer4", Stub("IdentityServer4", "IdentityServer4.cs"), TestReferences.All));

    private static readonly Lazy<MetadataReference> SystemWebStub = new(
        () => Emit("System.Web", Stub("SystemWeb", "WebConfigurationManager.cs"), TestReferences.WithoutIdentityModel));

    private static readonly Lazy<ImmutableArray<MetadataReference>> ExternalProviderStubs = new(() => ImmutableArray.Create(
        Emit("Microsoft.AspNetCore.Authentication.Facebook", Stub("ExternalProviders", "Microsoft.AspNetCore.Authentication.Facebook.cs"), TestReferences.All),
        Emit("Microsoft.AspNetCore.Authentication.MicrosoftAccount", Stub("ExternalProviders", "Microsoft.AspNetCore.Authentication.MicrosoftAccount.cs"), TestReferences.All),
        Emit("Microsoft.AspNetCore.Authentication.Twitter", Stub("ExternalProviders", "Microsoft.AspNetCore.Authentication.Twitter.cs"), TestReferences.All)));

    /// <summary>Katana 4.2.2 (OWIN), one assembly per package as the real packages ship, against the test project's IdentityModel.</summary>
    public static ImmutableArray<MetadataReference> Katana => KatanaStubs.Value;

    /// <summary>Katana 3.1 with System.IdentityModel.Tokens.Jwt 4.0 (no Microsoft.IdentityModel.Tokens), as one assembly.</summary>
    public static MetadataReference Katana3 => Katana3Stub.Value;

    /// <summary>JWT.Net 10.x: <c>ValidationParameters</c>, <c>NoneAlgorithm</c> and a <c>JwtBuilder</c> that verifies by default.</summary>
    public static MetadataReference JwtNet10 => JwtNet10Stub.Value;

    /// <summary>Duende IdentityServer 7.x: <c>AddIdentityServer</c> and its crypto builder extensions.</summary>
    public static MetadataReference Duende => DuendeStub.Value;

    /// <summary>IdentityServer4 4.1.x: the same names as Duende's, in its own assembly.</summary>
    public static MetadataReference IdentityServer4 => IdentityServer4Stub.Value;

    /// <summary>ASP.NET Core 10's Facebook, Microsoft Account and Twitter sign-in packages (Google is restored).</summary>
    public static ImmutableArray<MetadataReference> ExternalProviders => ExternalProviderStubs.Value;

    /// <summary>System.Web is not a package: its <c>WebConfigurationManager</c>.</summary>
    public static MetadataReference SystemWeb => SystemWebStub.Value;

    private static string Stub(string library, string file) => Path.Combine(AppContext.BaseDirectory, "Verifiers", "Stubs", library, file);

    private static ImmutableArray<MetadataReference> CompileKatana()
    {
        var built = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var name in KatanaAssemblies)
        {
            built.Add(Emit(name, Stub("Katana", name + ".cs"), TestReferences.All.AddRange(built)));
        }

        return built.ToImmutable();
    }

    private static MetadataReference Emit(string assemblyName, string path, ImmutableArray<MetadataReference> references)
    {
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { tree },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            throw new InvalidOperationException($"The stub {path} does not compile:{Environment.NewLine}{errors}");
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: assemblyName + ".dll");
    }
}
