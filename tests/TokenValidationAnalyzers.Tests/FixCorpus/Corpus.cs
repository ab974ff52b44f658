using System.Collections.Immutable;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>How a corpus project is built: its SDK, language version and what it references.</summary>
internal enum ProjectKind
{
    /// <summary>Microsoft.NET.Sdk: a class library without ASP.NET Core, Microsoft.Extensions.Configuration or Identity.Web.</summary>
    Library,

    /// <summary>Microsoft.NET.Sdk.Web: ASP.NET Core and its <c>IConfiguration</c>.</summary>
    Web,

    /// <summary>A .NET Framework OWIN web application (Katana stubs): C# 7.3, no nullable annotations, no implicit usings, web.config.</summary>
    Owin,
}

/// <summary>One project of the fix corpus: a folder under FixCorpus/, copied next to the tests.</summary>
/// <param name="Packages">
/// The packages its project file references, besides the analyzers. The test project's restored packages that only some
/// projects reference (<see cref="Corpus.OptionalPackages"/>) are references of the projects that list them.
/// </param>
internal sealed record CorpusProject(string Name, ProjectKind Kind, ImmutableArray<string> ProjectReferences, ImmutableArray<string> Packages)
{
    public string Directory => Path.Combine(Corpus.Root, Name);

    /// <summary>Written to disk and run through <c>dotnet format</c>: every package it references is served here.</summary>
    public bool Restorable => Kind != ProjectKind.Owin;

    /// <summary>The project's files matching the pattern, as paths relative to its folder with '/' separators.</summary>
    public IEnumerable<string> Files(string pattern)
        => System.IO.Directory.GetFiles(Directory, pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The configuration files the project's code reads: appsettings*.json, web.config, app.config.</summary>
    public IEnumerable<string> SettingsFiles()
        => Files("appsettings*.json").Concat(Files("*.config").Where(file => Path.GetFileName(file).ToLowerInvariant() is "web.config" or "app.config"));

    /// <summary>The usings that the SDK's ImplicitUsings adds to a project of this kind (none in a .NET Framework project).</summary>
    public string ImplicitUsings => Kind switch
    {
        ProjectKind.Web => GlobalUsings(Corpus.WebUsings),
        ProjectKind.Library => GlobalUsings(Corpus.LibraryUsings),
        _ => string.Empty,
    };

    private static string GlobalUsings(IEnumerable<string> names) => string.Concat(names.Select(name => $"global using global::{name};\n"));
}

/// <summary>
/// A small multi-project solution written the way services are written, with weak token validation in every shape the
/// fix-bearing rules apply to: (a) a minimal-hosting web API with its authentication in an extension class, an
/// <c>IConfigureNamedOptions&lt;JwtBearerOptions&gt;</c> class and a token-issuing controller; (b) an older web API with a
/// <c>Startup</c> class; (c) a class library without ASP.NET Core or <c>IConfiguration</c>; (d) a multi-tenant
/// Microsoft.Identity.Web web app; (e) a .NET Framework OWIN web API (Katana stubs) with its <c>Startup</c>, a
/// <c>Startup.Auth.cs</c> partial and its settings in <c>Web.config</c>; (f) an OpenIddict token server and client whose
/// development keys and plain-HTTP switches sit in builder chains.
/// </summary>
internal static class Corpus
{
    /// <summary>The rules some code fix provider fixes.</summary>
    public static ImmutableArray<string> FixBearingRules { get; } = RuleCatalogue.CreateCodeFixProviders()
        .SelectMany(provider => provider.FixableDiagnosticIds).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "FixCorpus");

    /// <summary>Packages the test project restores whose assemblies a corpus project references only when it lists the package.</summary>
    public static readonly string[] OptionalPackages = { "System.Configuration.ConfigurationManager", "JWT", "jose-jwt" };

    public static ImmutableArray<CorpusProject> Projects { get; } = ImmutableArray.Create(
        new CorpusProject("TokenLibrary", ProjectKind.Library, ImmutableArray<string>.Empty,
            ImmutableArray.Create("System.IdentityModel.Tokens.Jwt", "Microsoft.IdentityModel.JsonWebTokens")),
        new CorpusProject("MinimalApi", ProjectKind.Web, ImmutableArray.Create("TokenLibrary"),
            ImmutableArray.Create("Microsoft.AspNetCore.Authentication.JwtBearer")),
        new CorpusProject("LegacyApi", ProjectKind.Web, ImmutableArray.Create("TokenLibrary"),
            ImmutableArray.Create("Microsoft.AspNetCore.Authentication.JwtBearer", "Microsoft.AspNetCore.Authentication.OpenIdConnect", "Microsoft.IdentityModel.Validators")),
        new CorpusProject("EntraWebApp", ProjectKind.Web, ImmutableArray<string>.Empty,
            ImmutableArray.Create("Microsoft.Identity.Web")),
        new CorpusProject("OwinApi", ProjectKind.Owin, ImmutableArray<string>.Empty,
            ImmutableArray.Create("Microsoft.Owin.Security.Jwt", "Microsoft.Owin.Security.OpenIdConnect", "Microsoft.Owin.Security.ActiveDirectory",
                "System.IdentityModel.Tokens.Jwt", "Microsoft.IdentityModel.Validators", "System.Configuration.ConfigurationManager")),
        new CorpusProject("TokenServer", ProjectKind.Web, ImmutableArray<string>.Empty,
            ImmutableArray.Create("OpenIddict.AspNetCore", "Microsoft.AspNetCore.Authentication.JwtBearer")));

    /// <summary>The projects <c>dotnet format</c> runs on: Katana is not served here, so the OWIN project builds only in the workspace.</summary>
    public static IEnumerable<CorpusProject> RestorableProjects => Projects.Where(project => project.Restorable);

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
