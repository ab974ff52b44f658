using System.Security;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TokenValidationAnalyzers.Scanner.Build;

/// <summary>
/// What to build and which C# projects to expect. A directory is scanned through its one solution at the top level;
/// with none (or several), every project under it goes into a solution written to the scan's temporary folder. The root
/// that result paths are relative to is the enclosing git work tree, else the scanned directory (or the file's directory).
/// </summary>
public sealed record ScanTarget(string Root, string BuildFile, string DisplayName, IReadOnlyList<string> Projects)
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", "node_modules", "packages", "artifacts" };

    private static readonly Regex SlnProject = new(
        "^Project\\(\"[^\"]*\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"(?<path>[^\"]+)\"", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static ScanTarget Resolve(string path, string workDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (File.Exists(full))
        {
            var directory = Path.GetDirectoryName(full)!;
            var root = RepositoryRoot(directory);
            return IsSolution(full)
                ? new ScanTarget(root, full, Relative(root, full), SolutionProjects(full))
                : new ScanTarget(root, full, Relative(root, full), new[] { full });
        }

        if (!Directory.Exists(full))
        {
            throw new ScanSetupException($"{path} is neither a file nor a directory");
        }

        var repositoryRoot = RepositoryRoot(full);
        var solutions = Directory.EnumerateFiles(full).Where(IsSolution).ToList();
        if (solutions.Count == 1)
        {
            return new ScanTarget(repositoryRoot, solutions[0], Relative(repositoryRoot, solutions[0]), SolutionProjects(solutions[0]));
        }

        var projects = FindProjects(full).ToList();
        if (projects.Count == 0)
        {
            throw new ScanSetupException($"{path} holds no solution and no C# project (*.csproj)");
        }

        var generated = Path.Combine(workDirectory, "scan.slnx");
        File.WriteAllText(generated, "<Solution>\n"
            + string.Concat(projects.Select(project => $"  <Project Path=\"{SecurityElement.Escape(project)}\" />\n")) + "</Solution>\n");
        var name = Relative(repositoryRoot, full);
        return new ScanTarget(repositoryRoot, generated, (name == "." ? "" : name + "/") + "*.csproj", projects);
    }

    public static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path.Replace('\\', '/') : relative;
    }

    private static bool IsSolution(string file)
        => file.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> SolutionProjects(string solution)
    {
        var directory = Path.GetDirectoryName(solution)!;
        var paths = solution.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
            ? XDocument.Load(solution).Descendants().Where(element => element.Name.LocalName == "Project")
                .Select(element => (string?)element.Attribute("Path")).OfType<string>()
            : SlnProject.Matches(File.ReadAllText(solution)).Select(match => match.Groups["path"].Value);
        return paths
            .Where(project => project.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            .Select(project => Path.GetFullPath(Path.Combine(directory, project.Replace('\\', Path.DirectorySeparatorChar))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> FindProjects(string directory)
    {
        foreach (var project in Directory.EnumerateFiles(directory, "*.csproj").OrderBy(file => file, StringComparer.Ordinal))
        {
            yield return project;
        }

        foreach (var child in Directory.EnumerateDirectories(directory).OrderBy(child => child, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || SkippedDirectories.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var project in FindProjects(child))
            {
                yield return project;
            }
        }
    }

    private static string RepositoryRoot(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return directory;
    }
}

/// <summary>The scan cannot start: the message says why, and the exit code is 2.</summary>
public sealed class ScanSetupException : Exception
{
    public ScanSetupException(string message)
        : base(message)
    {
    }
}
