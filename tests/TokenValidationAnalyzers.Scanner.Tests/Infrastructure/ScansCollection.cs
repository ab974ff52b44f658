namespace TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

/// <summary>
/// The tests that run scans (restore and build with the real SDK) take the machine's cores: they run one at a time,
/// and not beside each other's builds. They share one scan of Fixtures/Shop.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScansCollection : ICollectionFixture<ShopScan>
{
    public const string Name = "scans";
}
