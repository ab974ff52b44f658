using System.IO.Compression;
using System.Security;
using System.Xml.Linq;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// Packs src/Package once into a temporary feed and makes consumer projects that restore from it offline: their
/// nuget.config lists only that feed and the package folders this test project was restored into, and they restore
/// into a throw-away NUGET_PACKAGES, so no stale copy of the package and no network are involved.
/// Set TVA_E2E_KEEP=1 to keep the temporary folder for a look after the run.
/// </summary>
/// <remarks>
/// The fixture of both dotnet-builds collections: they share one packed feed, made by the first that starts and
/// removed, with the build servers, when the last one ends.
/// </remarks>
public sealed class PackageFeed : IDisposable
{
    private static readonly object Gate = new();
    private static PackedFeed? _current;
    private static int _users;
    private readonly PackedFeed _feed;

    public PackageFeed()
    {
        lock (Gate)
        {
            _current ??= new PackedFeed();
            _users++;
            _feed = _current;
        }
    }

    public string Root => _feed.Root;

    public string FeedDirectory => _feed.FeedDirectory;

    /// <summary>The throw-away NUGET_PACKAGES of every consumer of this run.</summary>
    public string PackagesDirectory => _feed.PackagesDirectory;

    public TimeSpan PackDuration => _feed.PackDuration;

    public string PackagePath => _feed.PackagePath;

    public string PackageVersion => _feed.PackageVersion;

    public XDocument Nuspec => _feed.Nuspec;

    public IReadOnlyList<string> Entries => _feed.Entries;

    public byte[] ReadEntry(string path) => _feed.ReadEntry(path);

    /// <inheritdoc cref="PackedFeed.CreateConsumer"/>
    public Consumer CreateConsumer(string name, string program, string targetFramework = "net10.0", string properties = "", string items = "")
        => _feed.CreateConsumer(name, program, targetFramework, properties, items);

    /// <inheritdoc cref="PackedFeed.Shared"/>
    public T Shared<T>(string key, Func<T> create)
        where T : class
        => _feed.Shared(key, create);

    /// <inheritdoc cref="PackedFeed.CreateFolder"/>
    public Consumer CreateFolder(string name) => _feed.CreateFolder(name);

    /// <inheritdoc cref="PackedFeed.WriteConsumer"/>
    internal void WriteConsumer(string directory, string name, string program, string targetFramework = "net10.0", string properties = "", string items = "")
        => _feed.WriteConsumer(directory, name, program, targetFramework, properties, items);

    public void Dispose()
    {
        lock (Gate)
        {
            if (--_users > 0)
            {
                return;
            }

            _current = null;
        }

        _feed.Dispose();
    }
}

/// <summary>The packed feed and the consumers of one run (<see cref="PackageFeed"/>).</summary>
internal sealed class PackedFeed : IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _shared = new();
    private int _consumers;

    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "tva-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        FeedDirectory = Path.Combine(Root, "feed");
        PackagesDirectory = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        // The consumers must not pick up the files of whatever directory the temporary folder is in.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(new[] { FeedDirectory }.Concat(DotNetCli.RestoredPackageFolders)));

        var started = DateTime.UtcNow;
        Pack = PackRepository();
        PackDuration = DateTime.UtcNow - started;
        PackagePath = Directory.GetFiles(FeedDirectory, "TokenValidationAnalyzers.*.nupkg").SingleOrDefault()
            ?? throw new InvalidOperationException("dotnet pack made no TokenValidationAnalyzers package:\n" + Pack);
        using (var package = ZipFile.OpenRead(PackagePath))
        {
            using var nuspecStream = package.GetEntry("TokenValidationAnalyzers.nuspec")!.Open();
            Nuspec = XDocument.Load(nuspecStream);
            Entries = package.Entries.Select(entry => entry.FullName).OrderBy(name => name, StringComparer.Ordinal).ToList();
        }

        PackageVersion = Nuspec.Descendants().Single(element => element.Name.LocalName == "version").Value;
    }

    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>The throw-away NUGET_PACKAGES of every consumer of this run.</summary>
    public string PackagesDirectory { get; }

    internal ProcessResult Pack { get; }

    public TimeSpan PackDuration { get; }

    public string PackagePath { get; }

    public string PackageVersion { get; }

    public XDocument Nuspec { get; }

    public IReadOnlyList<string> Entries { get; }

    public byte[] ReadEntry(string path)
    {
        using var package = ZipFile.OpenRead(PackagePath);
        using var stream = package.GetEntry(path)?.Open() ?? throw new InvalidOperationException($"{path} is not in {PackagePath}; it holds:\n" + string.Join('\n', Entries));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// A web project in its own folder that references the package and Microsoft.IdentityModel.Tokens, with
    /// <paramref name="program"/> as Program.cs. <paramref name="properties"/> go into its PropertyGroup, <paramref name="items"/>
    /// into its ItemGroup.
    /// </summary>
    public Consumer CreateConsumer(string name, string program, string targetFramework = "net10.0", string properties = "", string items = "")
    {
        var directory = Path.Combine(Root, $"{Interlocked.Increment(ref _consumers):D2}-{name}");
        WriteConsumer(directory, name, program, targetFramework, properties, items);
        return new Consumer(directory, PackagesDirectory);
    }

    /// <summary>A value made once per run and shared by the tests that ask for it under the same key (a batch of consumers built together).</summary>
    public T Shared<T>(string key, Func<T> create)
        where T : class
        => (T)_shared.GetOrAdd(key, _ => new Lazy<object>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Writes the project of <see cref="CreateConsumer"/> into <paramref name="directory"/>.</summary>
    internal void WriteConsumer(string directory, string name, string program, string targetFramework = "net10.0", string properties = "", string items = "")
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <!-- the test machine has no apphost pack for older frameworks, and the analyzers do not care -->
                <UseAppHost>false</UseAppHost>
                <!-- SDK 10 prunes what the shared framework provides from net10.0 on; on net8.0 too, so that restore
                     needs no Microsoft.Extensions.* package that the test project's restore did not bring -->
                <RestoreEnablePackagePruning>true</RestoreEnablePackagePruning>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TokenValidationAnalyzers" Version="{PackageVersion}" />
                <PackageReference Include="Microsoft.IdentityModel.Tokens" Version="{DotNetCli.RestoredVersion("Microsoft.IdentityModel.Tokens")}" />
            {items}
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
    }

    /// <summary>An empty folder for a walkthrough that creates its own project (<c>dotnet new</c>).</summary>
    public Consumer CreateFolder(string name)
    {
        var directory = Path.Combine(Root, $"{Interlocked.Increment(ref _consumers):D2}-{name}");
        Directory.CreateDirectory(directory);
        return new Consumer(directory, PackagesDirectory);
    }

    public void Dispose()
    {
        DotNetCli.ShutDownBuildServers(Root);
        if (Environment.GetEnvironmentVariable("TVA_E2E_KEEP") == "1")
        {
            return;
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(500);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(500);
            }
        }
    }

    /// <summary>
    /// dotnet pack src/Package, in this test run's configuration so that the analyzer projects are already built. Its
    /// restore uses only the package folders (src/Package needs nothing that the test project's restore did not
    /// bring), without audit and without restoring the analyzer projects again: offline, and it leaves their
    /// restore state alone.
    /// </summary>
    private ProcessResult PackRepository()
    {
        var project = RuleCatalogue.PathInRepository("src", "Package", "TokenValidationAnalyzers.Package.csproj");
        var restoreArgs = new List<string> { "restore", project, "-p:NuGetAudit=false", "-p:RestoreRecursive=false" };
        foreach (var folder in DotNetCli.RestoredPackageFolders)
        {
            restoreArgs.Add("--source");
            restoreArgs.Add(folder);
        }

        var restore = DotNetCli.Run(Root, null, DotNetCli.DefaultTimeout, restoreArgs.ToArray());
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("Restoring src/Package failed:\n" + restore);
        }

        var pack = DotNetCli.Run(Root, null, DotNetCli.DefaultTimeout,
            "pack", project, "--no-restore", "-c", DotNetCli.Configuration, "-o", FeedDirectory);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack src/Package failed:\n" + pack);
        }

        return pack;
    }

    /// <summary>
    /// The feed first, then the package folders. The package under test maps to the feed alone: a package folder may
    /// hold a stale copy of the same version, and restore takes whichever source answers first.
    /// </summary>
    private static string NuGetConfig(IEnumerable<string> sources)
    {
        var keys = sources.Select((source, index) => (Key: $"local{index}", Source: source)).ToList();
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n"
           + string.Concat(keys.Select(entry => $"    <add key=\"{entry.Key}\" value=\"{SecurityElement.Escape(entry.Source)}\" />\n"))
           + "  </packageSources>\n  <packageSourceMapping>\n"
           + $"    <packageSource key=\"{keys[0].Key}\">\n      <package pattern=\"TokenValidationAnalyzers\" />\n    </packageSource>\n"
           + string.Concat(keys.Skip(1).Select(entry => $"    <packageSource key=\"{entry.Key}\">\n      <package pattern=\"*\" />\n    </packageSource>\n"))
           + "  </packageSourceMapping>\n</configuration>\n";
    }
}

/// <summary>A consumer project folder; every process it runs restores into the run's throw-away NUGET_PACKAGES.</summary>
public sealed class Consumer
{
    private readonly Dictionary<string, string> _environment;

    internal Consumer(string directory, string packagesDirectory)
    {
        Directory = directory;
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packagesDirectory };
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    /// <summary><c>dotnet build</c> with restore.</summary>
    internal ProcessResult Build(params string[] args)
        => Dotnet(new[] { "build" }.Concat(args).ToArray());

    internal ProcessResult Dotnet(params string[] args) => DotNetCli.Run(Directory, _environment, DotNetCli.DefaultTimeout, args);
}
