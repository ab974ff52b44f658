using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>
/// Hermetic references for test compilations: the running .NET and ASP.NET Core shared frameworks plus the
/// identity libraries restored for this test project. Nothing is downloaded at test time.
/// </summary>
internal static class TestReferences
{
    /// <summary>Resolves to no package: the verifiers add <see cref="All"/> instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0-local");

    public static ImmutableArray<MetadataReference> All { get; } = Load(includeIdentity: true);

    /// <summary><see cref="All"/> and the Katana 4.2.2 (OWIN) stubs.</summary>
    public static ImmutableArray<MetadataReference> WithKatana => All.AddRange(StubReferences.Katana);

    /// <summary>Everything but the token libraries: a compilation that references neither IdentityModel nor JWT.Net nor jose-jwt.</summary>
    public static ImmutableArray<MetadataReference> WithoutIdentityModel { get; } = Load(includeIdentity: false);

    /// <summary>JWT.Net and jose-jwt without IdentityModel: the compilations of applications that use only those libraries.</summary>
    public static ImmutableArray<MetadataReference> JwtLibrariesWithoutIdentityModel { get; } =
        WithoutIdentityModel.AddRange(All.Where(reference => IsJwtLibrary(Path.GetFileNameWithoutExtension(reference.Display))));

    /// <summary>Everything, with a stub of JWT.Net 10.x in place of the restored JWT.Net 7.3.1.</summary>
    public static ImmutableArray<MetadataReference> WithJwtNet10 => JwtNet10.Value;

    private static readonly Lazy<ImmutableArray<MetadataReference>> JwtNet10 = new(() =>
        All.Where(reference => Path.GetFileNameWithoutExtension(reference.Display) != "JWT").Append(StubReferences.JwtNet10).ToImmutableArray());

    public const string GlobalUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static ImmutableArray<MetadataReference> Load(bool includeIdentity)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in platform.Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                || name.StartsWith("TokenValidationAnalyzers", StringComparison.Ordinal)
                || name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("testhost", StringComparison.OrdinalIgnoreCase)
                || (!includeIdentity && IsIdentity(name))
                || !seen.Add(name))
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                if (!reader.HasMetadata)
                {
                    continue;
                }
            }
            catch (IOException)
            {
                continue;
            }
            catch (BadImageFormatException)
            {
                continue;
            }

            references.Add(MetadataReference.CreateFromFile(path));
        }

        return references.ToImmutable();
    }

    private static bool IsIdentity(string name)
        => name.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal)
            || name.StartsWith("System.IdentityModel", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Identity", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Authentication.JwtBearer", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.AspNetCore.Authentication.OpenIdConnect", StringComparison.Ordinal)
            || IsJwtLibrary(name);

    private static bool IsJwtLibrary(string? name) => name is "JWT" or "jose-jwt";
}
