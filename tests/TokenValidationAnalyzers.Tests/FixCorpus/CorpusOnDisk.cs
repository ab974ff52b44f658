using System.Text;
using TokenValidationAnalyzers.Tests.Package;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>The fix corpus's restorable projects as SDK-style projects and a classic .sln, referencing the packed analyzers.</summary>
internal static class CorpusOnDisk
{
    public const string SolutionFile = "FixCorpus.sln";

    /// <summary>Writes the solution into a new folder of the feed's root (whose nuget.config makes restore offline).</summary>
    public static string Write(PackageFeed feed)
    {
        var directory = Path.Combine(feed.Root, "fix-corpus");
        Directory.CreateDirectory(directory);
        foreach (var project in Corpus.RestorableProjects)
        {
            var projectDirectory = Path.Combine(directory, project.Name);
            foreach (var file in project.Files("*.cs").Concat(project.SettingsFiles()))
            {
                var target = Path.Combine(projectDirectory, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(project.Directory, file), target, overwrite: true);
            }

            File.WriteAllText(Path.Combine(projectDirectory, project.Name + ".csproj"), ProjectFile(project, feed.PackageVersion));
        }

        File.WriteAllText(Path.Combine(directory, SolutionFile), Solution());
        return directory;
    }

    private static string ProjectFile(CorpusProject project, string analyzerVersion)
    {
        var items = new StringBuilder();
        items.Append($"    <PackageReference Include=\"TokenValidationAnalyzers\" Version=\"{analyzerVersion}\" />\n");
        foreach (var package in project.Packages)
        {
            items.Append($"    <PackageReference Include=\"{package}\" Version=\"{DotNetCli.RestoredVersion(package)}\" />\n");
        }

        foreach (var reference in project.ProjectReferences)
        {
            items.Append($"    <ProjectReference Include=\"..\\{reference}\\{reference}.csproj\" />\n");
        }

        return $"""
            <Project Sdk="{(project.Kind == ProjectKind.Web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <UseAppHost>false</UseAppHost>
                <RestoreEnablePackagePruning>true</RestoreEnablePackagePruning>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
            {items}  </ItemGroup>
            </Project>

            """;
    }

    /// <summary>A classic .sln (what <c>dotnet new sln --format sln</c> writes) with the restorable projects.</summary>
    private static string Solution()
    {
        const string CSharpProject = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
        var guids = Corpus.RestorableProjects.Select((project, index) => (project.Name, Guid: $"{{8E1D0C3A-0000-4000-8000-{index + 1:D12}}}")).ToDictionary(entry => entry.Name, entry => entry.Guid);
        var text = new StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
        foreach (var project in Corpus.RestorableProjects)
        {
            text.Append($"Project(\"{CSharpProject}\") = \"{project.Name}\", \"{project.Name}\\{project.Name}.csproj\", \"{guids[project.Name]}\"\nEndProject\n");
        }

        text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n");
        text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
        foreach (var guid in guids.Values)
        {
            text.Append($"\t\t{guid}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{guid}.Debug|Any CPU.Build.0 = Debug|Any CPU\n");
        }

        text.Append("\tEndGlobalSection\nEndGlobal\n");
        return text.ToString();
    }
}
