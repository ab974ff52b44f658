using System.Text.Json;

namespace TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

/// <summary>
/// One scan of Fixtures/Shop (a solution of a web API, a class library, a project without IdentityModel and an
/// xunit-style test project), shared by <see cref="ShopScanTests"/> and <see cref="SarifTests"/>: <c>tva-scan .</c> in the
/// repository's folder, with <c>--sarif</c> and <c>--json</c>. Disposed after every test of the collection, it stops the
/// compiler server of the scans.
/// </summary>
public sealed class ShopScan : IDisposable
{
    private readonly FixtureRoot _root = new();

    public ShopScan()
    {
        Repository = _root.Copy("Shop");
        FilesBefore = ListFiles(Repository);
        SarifPath = Path.Combine(_root.Directory, "shop.sarif");
        JsonPath = Path.Combine(_root.Directory, "shop.json");
        Run = ScannerProcess.Scan(_root, Repository, ".", "--sarif", SarifPath, "--json", JsonPath);
        Sarif = File.Exists(SarifPath) ? JsonDocument.Parse(File.ReadAllText(SarifPath)) : null;
        Json = File.Exists(JsonPath) ? JsonDocument.Parse(File.ReadAllText(JsonPath)) : null;
    }

    public string Repository { get; }

    /// <summary>The fixture's files before the scan, relative, bin/ and obj/ left out.</summary>
    public IReadOnlyList<string> FilesBefore { get; }

    public string SarifPath { get; }

    public string JsonPath { get; }

    public ProcessRun Run { get; }

    public JsonDocument? Sarif { get; }

    public JsonDocument? Json { get; }

    public JsonElement SarifRun => (Sarif ?? throw new InvalidOperationException("no SARIF file was written:\n" + Run)).RootElement.GetProperty("runs")[0];

    public static IReadOnlyList<string> ListFiles(string directory)
        => Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        ScannerProcess.ShutDownCompilerServer(_root);
        Sarif?.Dispose();
        Json?.Dispose();
        _root.Dispose();
    }
}
