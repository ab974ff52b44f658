namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>A consumer of a <see cref="ConsumerBatch"/>: its project's name, Program.cs, and what else goes into its folder.</summary>
internal sealed record BatchConsumer(string Name, string Program, string TargetFramework = "net10.0", string Properties = "", string Items = "")
{
    /// <summary>Files written next to the project, by name.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Consumers whose checks need only their own diagnostics and outcome, built together by one <c>dotnet build</c> of a
/// solution: one restore and parallel nodes instead of a build each. MSBuild names the project after every diagnostic,
/// and a project whose build failed leaves no assembly.
/// </summary>
internal sealed class ConsumerBatch
{
    private readonly Consumer _folder;

    private ConsumerBatch(Consumer folder, ProcessResult build)
    {
        _folder = folder;
        Build = build;
    }

    public ProcessResult Build { get; }

    public static ConsumerBatch Create(PackageFeed feed, string name, IReadOnlyList<BatchConsumer> consumers)
    {
        var folder = feed.CreateFolder(name);
        foreach (var consumer in consumers)
        {
            var directory = folder.PathOf(consumer.Name);
            feed.WriteConsumer(directory, consumer.Name, consumer.Program, consumer.TargetFramework, consumer.Properties, consumer.Items);
            foreach (var (file, text) in consumer.Files)
            {
                File.WriteAllText(Path.Combine(directory, file), text);
            }
        }

        folder.Write(name + ".slnx", "<Solution>\n"
            + string.Concat(consumers.Select(consumer => $"  <Project Path=\"{consumer.Name}/{consumer.Name}.csproj\" />\n"))
            + "</Solution>\n");
        return new ConsumerBatch(folder, folder.Build(name + ".slnx"));
    }

    public string PathOf(string consumer, string file) => Path.Combine(_folder.PathOf(consumer), file);

    /// <summary>The TVA diagnostics MSBuild attributed to the consumer's project.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics(string consumer)
    {
        var project = PathOf(consumer, consumer + ".csproj");
        return Build.TvaDiagnostics.Where(d => d.Project is { } path && path.StartsWith(project, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Whether the consumer's project compiled: its assembly exists.</summary>
    public bool Built(string consumer, string targetFramework = "net10.0")
        => File.Exists(PathOf(consumer, Path.Combine("bin", "Debug", targetFramework, consumer + ".dll")));

    /// <summary>The failure message of a check on one consumer: the batch build's command line and output.</summary>
    public string Describe(string consumer) => $"consumer {consumer} of the batch build\n{Build}";
}
