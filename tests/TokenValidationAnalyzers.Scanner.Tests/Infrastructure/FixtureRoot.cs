using System.Security;
using System.Text.Json;

namespace TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

/// <summary>
/// A temporary folder that fixture repositories are copied into. Empty Directory.Build.props/targets/Packages.props
/// keep whatever is above it out of the scanned builds; its nuget.config lists only the package folders this test
/// project was restored into, and its NUGET_PACKAGES is a throw-away folder: restores are offline and leave no trace.
/// Set TVA_E2E_KEEP=1 to keep the folder for a look after the run.
/// </summary>
public sealed class FixtureRoot : IDisposable
{
    public FixtureRoot()
    {
        Directory = Path.Combine(Path.GetTempPath(), "tva-scan-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        PackagesDirectory = Path.Combine(Directory, ".packages");
        System.IO.Directory.CreateDirectory(PackagesDirectory);
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
            + string.Concat(PackageFolders.Select((folder, index) => $"    <add key=\"local{index}\" value=\"{SecurityElement.Escape(folder)}\" />\n"))
            + "  </packageSources>\n</configuration>\n");
    }

    public string Directory { get; }

    public string PackagesDirectory { get; }

    /// <summary>The package folders of this test project's restore, from its assets file: the fixtures' only package sources.</summary>
    public static IReadOnlyList<string> PackageFolders { get; } = ReadPackageFolders();

    /// <summary>Copies Fixtures/<paramref name="name"/> to <c>root/name</c> and returns that path.</summary>
    public string Copy(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var target = Path.Combine(Directory, name);
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("TVA_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a build server may still hold a file; the folder is in the temp directory
        }
    }

    private static IReadOnlyList<string> ReadPackageFolders()
    {
        var assets = Path.Combine(ScannerProcess.RepositoryRoot, "tests", "TokenValidationAnalyzers.Scanner.Tests", "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        return document.RootElement.GetProperty("packageFolders").EnumerateObject()
            .Select(folder => folder.Name)
            .Where(System.IO.Directory.Exists)
            .ToList();
    }
}
