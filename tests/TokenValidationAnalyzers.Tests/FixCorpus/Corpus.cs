using System.Collections.Immutable;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>One project of the fix corpus: a folder under FixCorpus/, copied next to the tests.</summary>
/// <param name="Web">Microsoft.NET.Sdk.Web (ASP.NET Core, IConfiguration) rather than a plain class library.</param>
/// <param name="Packages">The packages its project file references, besides the analyzers.</param>
internal sealed record CorpusProject(string Name, bool Web, ImmutableArray<string> ProjectReferences, ImmutableArray<string> Packages)
{
    public string Directory => Path.Combine(Corpus.Root, Name);

    /// <summary>The project's C# files and appsettings files, as paths relative to its folder with '/' separators.</summary>
    public IEnumerable<string> Files(string pattern)
        => System.IO.Directory.GetFiles(Directory, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The usings that the SDK's ImplicitUsings adds to a project of this kind.</summary>
    public string ImplicitUsings => string.Concat((Web ? Corpus.WebUsings : Corpus.LibraryUsings).Select(name => $"global using global::{name};\n"));
}

/// <summary>
/// A small multi-project solution written the way services are written, with weak token validation in every shape the
/// fix-bearing rules apply to: (a) a minimal-hosting web API with its authentication in an extension class, an
/// <c>IConfigureNamedOptions&lt;JwtBearerOptions&gt;</c> class and a token-issuing controller; (b) an older web API with a
/// <c>Startup</c> class; (c) a class library without ASP.NET Core or <c>IConfiguration</c>; (d) a multi-tenant
/// Microsoft.Identity.Web web app.
/// </summary>
internal static class Corpus
{
    /// <summary>The rules some code fix provider fixes.</summary>
    public static ImmutableArray<string> FixBearingRules { get; } = RuleCatalogue.CreateCodeFixProviders()
        .SelectMany(provider => provider.FixableDiagnosticIds).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "FixCorpus");

    public static ImmutableArray<CorpusProject> Projects { get; } = ImmutableArray.Create(
        new CorpusProject("TokenLibrary", Web: false, ImmutableArray<string>.Empty,
            ImmutableArray.Create("System.IdentityModel.Tokens.Jwt", "Microsoft.IdentityModel.JsonWebTokens")),
        new CorpusProject("MinimalApi", Web: true, ImmutableArray.Create("TokenLibrary"),
            ImmutableArray.Create("Microsoft.AspNetCore.Authentication.JwtBearer")),
        new CorpusProject("LegacyApi", Web: true, ImmutableArray.Create("TokenLibrary"),
            ImmutableArray.Create("Microsoft.AspNetCore.Authentication.JwtBearer", "Microsoft.AspNetCore.Authentication.OpenIdConnect", "Microsoft.IdentityModel.Validators")),
        new CorpusProject("EntraWebApp", Web: true, ImmutableArray<string>.Empty,
            ImmutableArray.Create("Microsoft.Identity.Web")));

    public static readonly string[] LibraryUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    public static readonly string[] WebUsings = LibraryUsings.Concat(new[]
    {
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    }).ToArray();
}
