using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>
/// The corpus as an <see cref="AdhocWorkspace"/> solution: one project per folder, its appsettings*.json, web.config and app.config
/// as additional documents.
/// </summary>
internal static class CorpusWorkspace
{
    /// <summary>What a project without ASP.NET Core references: no ASP.NET Core, no Microsoft.Extensions.Configuration, no Identity.Web.</summary>
    private static readonly ImmutableArray<MetadataReference> LibraryReferences = TestReferences.All
        .Where(reference => !IsWebOnly(AssemblyName(reference)))
        .ToImmutableArray();

    public static Solution Create(AdhocWorkspace workspace)
    {
        var ids = Corpus.Projects.ToDictionary(project => project.Name, _ => ProjectId.CreateNewId(), StringComparer.Ordinal);
        var solution = workspace.CurrentSolution;
        foreach (var project in Corpus.Projects)
        {
            var id = ids[project.Name];
            var owin = project.Kind == ProjectKind.Owin;
            var outputKind = project.Kind == ProjectKind.Web ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            solution = solution.AddProject(ProjectInfo.Create(
                id,
                VersionStamp.Create(),
                project.Name,
                project.Name,
                LanguageNames.CSharp,
                filePath: Path.Combine(project.Directory, project.Name + ".csproj"),
                compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: owin ? NullableContextOptions.Disable : NullableContextOptions.Enable),
                // a .NET Framework project compiles with C# 7.3 unless it opts in to more: the fixes must write code it accepts
                parseOptions: new CSharpParseOptions(owin ? LanguageVersion.CSharp7_3 : LanguageVersion.Latest),
                metadataReferences: References(project),
                projectReferences: project.ProjectReferences.Select(name => new ProjectReference(ids[name]))));
            if (project.ImplicitUsings.Length > 0)
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(id), "GlobalUsings.g.cs", SourceText.From(project.ImplicitUsings),
                    filePath: Path.Combine(project.Directory, "obj", "GlobalUsings.g.cs"));
            }

            foreach (var file in project.Files("*.cs"))
            {
                var path = Path.Combine(project.Directory, file);
                solution = solution.AddDocument(DocumentId.CreateNewId(id), Path.GetFileName(file), SourceText.From(File.ReadAllText(path)),
                    folders: Path.GetDirectoryName(file)?.Split('/', StringSplitOptions.RemoveEmptyEntries), filePath: path);
            }

            foreach (var file in project.SettingsFiles())
            {
                var path = Path.Combine(project.Directory, file);
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), file, SourceText.From(File.ReadAllText(path)), filePath: path);
            }
        }

        return solution;
    }

    /// <summary>The corpus project a document belongs to, and its path in that project ('/' separators).</summary>
    public static (string Project, string File) Where(Project project, string? filePath)
    {
        var corpus = Corpus.Projects.Single(candidate => candidate.Name == project.Name);
        return (project.Name, filePath is null ? "?" : Path.GetRelativePath(corpus.Directory, filePath).Replace('\\', '/'));
    }

    /// <summary>The project kind's references, without the optional packages the project does not list; Katana stubs for OWIN.</summary>
    private static ImmutableArray<MetadataReference> References(CorpusProject project)
    {
        var references = (project.Kind == ProjectKind.Web ? TestReferences.All : LibraryReferences)
            .Where(reference => !Corpus.OptionalPackages.Contains(AssemblyName(reference)) || project.Packages.Contains(AssemblyName(reference)));
        return project.Kind == ProjectKind.Owin ? references.Concat(StubReferences.Katana).ToImmutableArray() : references.ToImmutableArray();
    }

    private static string AssemblyName(MetadataReference reference)
        => Path.GetFileNameWithoutExtension((reference as PortableExecutableReference)?.FilePath ?? string.Empty);

    private static bool IsWebOnly(string assembly)
        => assembly.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Extensions.Configuration", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Extensions.Options.ConfigurationExtensions", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Identity.Web", StringComparison.Ordinal)
            || assembly.StartsWith("Microsoft.Identity.Client", StringComparison.Ordinal);
}
