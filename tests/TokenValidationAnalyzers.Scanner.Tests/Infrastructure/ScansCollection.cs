namespace TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

/// <summary>
/// The tests that run scans (restore and build with the real SDK) take the machine's cores: they run one at a time,
/// and not beside each other's builds.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScansCollection
{
    public const string Name = "scans";
}
