using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using TokenValidationAnalyzers.Tests.Catalogue;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// The package as a user gets it: src/Package is packed into a temporary feed (once per run), and consumer projects
/// reference it and build with the real SDK, offline: those whose checks need only their own outcome in one batch build
/// (<see cref="ConsumerBatch"/>), the command-line ones (<c>-warnaserror</c>, <c>dotnet format</c>) on their own. Slow (about a minute or two on a small
/// machine); it runs with every `dotnet test`. Filter with Category=EndToEnd.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(DotNetBuildsCollection.Name)]
public sealed class EndToEndTests
{
    /// <summary>TVA1001 at (7,5), nothing else.</summary>
    internal const string WeakProgram = """
        using Microsoft.IdentityModel.Tokens;

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "https://login.example.com",
            ValidAudience = "orders-api",
            ValidateIssuer = false,
        };
        Console.WriteLine(parameters.ValidIssuer);

        """;

    private static readonly string[] WeakProgramDiagnostics = { "Program.cs(7,5): warning TVA1001" };

    private const string XunitProgram = """
        using Microsoft.IdentityModel.Tokens;
        using Xunit;

        public class TokenParametersTests
        {
            [Fact]
            public void IssuerCheckCanBeSwitchedOff()
            {
                var parameters = new TokenValidationParameters
                {
                    ValidIssuer = "https://login.example.com",
                    ValidAudience = "orders-api",
                    ValidateIssuer = false,
                };
                Assert.False(parameters.ValidateIssuer);
            }
        }

        """;

    private const string AppSettingsProgram = """
        using System.Text;
        using Microsoft.IdentityModel.Tokens;

        var builder = WebApplication.CreateBuilder(args);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = builder.Configuration["Jwt:Issuer"],
            ValidAudience = builder.Configuration["Jwt:Audience"],
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)),
        };
        builder.Services.AddSingleton(parameters);
        builder.Build().Run();

        """;

    private const string AppSettingsJson = """
        {
          "Jwt": {
            "Issuer": "https://orders.example.com",
            "Audience": "orders-api",
            "Key": "c2VjcmV0LXNpZ25pbmcta2V5LWZvci10aGUtb3JkZXJzLWFwaQ=="
          }
        }

        """;

    /// <summary>Development values are left alone.</summary>
    private const string AppSettingsDevelopmentJson = """
        {
          "Jwt": { "Key": "a-development-key-that-no-deployed-environment-trusts" }
        }

        """;

    private const string WebConfigProgram = """
        using System.Text;
        using Microsoft.IdentityModel.Tokens;

        // qualified: the web SDK's implicit usings bring Microsoft.Extensions.Configuration.ConfigurationManager too
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(System.Configuration.ConfigurationManager.AppSettings["Jwt:Key"]!));
        Console.WriteLine(key.KeySize);

        """;

    private const string WebConfigFile = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="Jwt:Key" value="c2VjcmV0LXNpZ25pbmcta2V5LWZvci10aGUtb3JkZXJzLWFwaQ==" />
          </appSettings>
        </configuration>

        """;

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public EndToEndTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
        _output.WriteLine($"packed {Path.GetFileName(feed.PackagePath)} in {feed.PackDuration.TotalSeconds:F1} s into {feed.FeedDirectory}");
    }

    [Fact]
    public void Package_HoldsTheAnalyzersThePropsAndThePresets_AndNoDependency()
    {
        string[] expected =
        {
            "analyzers/dotnet/cs/TokenValidationAnalyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/TokenValidationAnalyzers.dll",
            "build/TokenValidationAnalyzers.props",
            "buildTransitive/TokenValidationAnalyzers.props",
            "config/TokenValidationAnalysisMode.Default.globalconfig",
            "config/TokenValidationAnalysisMode.None.globalconfig",
            "config/TokenValidationAnalysisMode.Strict.globalconfig",
            "config/TokenValidationAnalysisMode.Tests.globalconfig",
            "LICENSE",
            "README.md",
        };
        var contents = string.Join('\n', _feed.Entries);
        foreach (var entry in expected)
        {
            Assert.True(_feed.Entries.Contains(entry), $"{entry} is not in the package:\n{contents}");
        }

        Assert.Equal(
            new[] { "analyzers/dotnet/cs/TokenValidationAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/TokenValidationAnalyzers.dll" },
            _feed.Entries.Where(entry => entry.StartsWith("analyzers/", StringComparison.Ordinal)));
        Assert.DoesNotContain(_feed.Entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) || entry.StartsWith("ref/", StringComparison.Ordinal));

        var metadata = _feed.Nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        Assert.Equal("true", metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "developmentDependency")?.Value);
        Assert.DoesNotContain(metadata.Descendants(), element => element.Name.LocalName == "dependency");
    }

    /// <summary>
    /// One repository address (Directory.Build.props) names the project's home, the package readme's links and every
    /// rule's help link; the release notes are this version's CHANGELOG section.
    /// </summary>
    [Fact]
    public void Package_NamesItsHomeOnce_WithAbsoluteReadmeLinksAndReleaseNotes()
    {
        var metadata = _feed.Nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Element(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
        var home = Element("projectUrl");
        Assert.False(string.IsNullOrEmpty(home), "the package has no projectUrl:\n" + _feed.Nuspec);
        Assert.Equal(home, metadata.Elements().Single(element => element.Name.LocalName == "repository").Attribute("url")?.Value);
        Assert.All(new TokenValidationAnalyzer().SupportedDiagnostics, d => Assert.Equal($"{home}/blob/main/docs/rules/{d.Id}.md", d.HelpLinkUri));
        Assert.Equal("MIT", Element("license"));
        Assert.Equal(File.ReadAllText(RuleCatalogue.PathInRepository("LICENSE")), System.Text.Encoding.UTF8.GetString(_feed.ReadEntry("LICENSE")));

        var readme = System.Text.Encoding.UTF8.GetString(_feed.ReadEntry("README.md"));
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((?<target>[^)]+)\)").Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith('#'), $"relative link in the package readme: {link}"));
        Assert.Contains($"{home}/blob/main/docs/rules/TVA1001.md", links);

        var notes = Element("releaseNotes") ?? string.Empty;
        Assert.StartsWith($"## {_feed.PackageVersion}", notes, StringComparison.Ordinal);
        Assert.Contains(notes, File.ReadAllText(RuleCatalogue.PathInRepository("CHANGELOG.md")), StringComparison.Ordinal);
    }

    /// <summary>
    /// The compiler loads the analyzers next to its own Roslyn: a newer Roslyn reference makes an older compiler skip
    /// them silently (CS9057 at best), and any other reference may not be there to load.
    /// </summary>
    [Theory]
    [InlineData("TokenValidationAnalyzers.dll")]
    [InlineData("TokenValidationAnalyzers.CodeFixes.dll")]
    public void PackedAssembly_ReferencesRoslyn48AndNothingTheCompilerHostDoesNotProvide(string file)
    {
        var codeFixes = file.Contains("CodeFixes", StringComparison.Ordinal);
        var references = AssemblyReferences(_feed.ReadEntry("analyzers/dotnet/cs/" + file));
        var roslyn48 = new Version(4, 8, 0, 0);
        var allowedRoslyn = new List<string> { "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp" };
        if (codeFixes)
        {
            allowedRoslyn.Add("Microsoft.CodeAnalysis.Workspaces");
            allowedRoslyn.Add("Microsoft.CodeAnalysis.CSharp.Workspaces");
        }

        // The System.* assemblies that Roslyn 4.8 itself references are there in its oldest host, in those versions.
        var roslynOwn = RoslynReferences(allowedRoslyn);
        var problems = new List<string>();
        foreach (var (name, version) in references)
        {
            if (allowedRoslyn.Contains(name))
            {
                if (version != roslyn48)
                {
                    problems.Add($"{name} {version}: must be {roslyn48}, the oldest compiler we support");
                }
            }
            else if (name.StartsWith("System.", StringComparison.Ordinal) || name == "System")
            {
                if (roslynOwn.TryGetValue(name, out var hostVersion) && version > hostVersion)
                {
                    problems.Add($"{name} {version}: Roslyn 4.8 references {hostVersion}, an older host may not have {version}");
                }
            }
            else if (name != "netstandard" && !(codeFixes && name == "TokenValidationAnalyzers"))
            {
                problems.Add($"{name} {version}: the compiler host does not provide it");
            }
        }

        Assert.True(problems.Count == 0,
            $"{file} references what a compiler may not load:\n  " + string.Join("\n  ", problems)
            + "\nAll references:\n  " + string.Join("\n  ", references.Select(reference => $"{reference.Name} {reference.Version}")));
        Assert.Contains(references, reference => reference.Name == "Microsoft.CodeAnalysis");
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void Build_ReportsTheWarningWithItsHelpLink(string targetFramework)
    {
        var name = "Weak" + targetFramework.Replace(".", string.Empty, StringComparison.Ordinal);

        Succeeded(name, targetFramework);
        HasExactly(name, WeakProgramDiagnostics);
        var diagnostic = Batch.Diagnostics(name).Single();
        Assert.True(diagnostic.HelpLink == RuleCatalogue.ById["TVA1001"].HelpLinkUri,
            $"expected the help link {RuleCatalogue.ById["TVA1001"].HelpLinkUri}, got {diagnostic.HelpLink ?? "none"}\n{Batch.Describe(name)}");
        Assert.EndsWith("/docs/rules/TVA1001.md", diagnostic.HelpLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WarnAsError_FailsWithTheError()
    {
        var consumer = _feed.CreateConsumer("WarnAsError", WeakProgram);

        var build = Log(consumer.Build("-warnaserror"));

        Failed(build);
        HasExactly(build, "Program.cs(7,5): error TVA1001");
    }

    [Fact]
    public void EditorConfig_SeverityNone_SilencesTheRule_EvenWithWarningsAsErrors()
    {
        Succeeded("EditorConfigNone");
        HasExactly("EditorConfigNone");
    }

    [Theory]
    [InlineData("Strict", "Program.cs(7,5): error TVA1001")]
    [InlineData("strict", "Program.cs(7,5): error TVA1001")]
    [InlineData("None")]
    [InlineData("NONE")]
    public void AnalysisModePreset_SetsTheSeverity(string mode, params string[] expected)
    {
        // slnx paths ignore case: the spellings of one preset need distinct folder names
        var name = mode switch
        {
            "strict" => "ModeStrictLowerCase",
            "NONE" => "ModeNoneUpperCase",
            _ => "Mode" + mode,
        };
        if (expected.Any(line => line.Contains(": error ", StringComparison.Ordinal)))
        {
            Failed(name);
        }
        else
        {
            Succeeded(name);
        }

        HasExactly(name, expected);
    }

    [Fact]
    public void AnalysisModePreset_Unknown_WarnsWithThePresetNames()
    {
        Succeeded("ModeTypo");
        Assert.Contains("warning TVA0001: TokenValidationAnalysisMode 'Stric' is not a preset; use Default, Strict or None.", Batch.Build.Output, StringComparison.Ordinal);
        HasExactly("ModeTypo", "Program.cs(7,5): warning TVA1001", "TokenValidationAnalyzers.props(28,5): warning TVA0001");
    }

    /// <summary>A test project builds weak parameters on purpose: the rules are suggestions there unless the project asks for them.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void XunitTestProject_GetsSuggestions_UnlessAnalysisInTests(bool analysisInTests)
    {
        var name = analysisInTests ? "XunitAnalysed" : "XunitDefault";
        if (analysisInTests)
        {
            Failed(name);
            HasExactly(name, "Program.cs(13,13): error TVA1001");
        }
        else
        {
            Succeeded(name);
            HasExactly(name);
        }
    }

    [Fact]
    public void ErrorLog_Version21_WritesSarif21ThatNamesTheRule()
    {
        var sarifPath = Batch.PathOf("Sarif", "build.sarif");

        Succeeded("Sarif");
        Assert.True(File.Exists(sarifPath), $"no SARIF log at {sarifPath}\n{Batch.Describe("Sarif")}");
        var text = File.ReadAllText(sarifPath);
        using var sarif = JsonDocument.Parse(text);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1", root.GetProperty("$schema").GetString(), StringComparison.OrdinalIgnoreCase);
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var result = run.GetProperty("results").EnumerateArray().SingleOrDefault(r => r.GetProperty("ruleId").GetString() == "TVA1001");
        Assert.True(result.ValueKind == JsonValueKind.Object, "the SARIF log has no TVA1001 result:\n" + text);
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("Program.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .SingleOrDefault(r => r.GetProperty("id").GetString() == "TVA1001");
        Assert.True(rule.ValueKind == JsonValueKind.Object, "the SARIF log does not describe rule TVA1001:\n" + text);
        Assert.Equal(RuleCatalogue.ById["TVA1001"].HelpLinkUri, rule.GetProperty("helpUri").GetString());
    }

    /// <summary>The fix of one rule with <c>dotnet format</c> on the consumer <see cref="FormatRoute"/> shares with CiRecipeTests.</summary>
    [Fact]
    public void DotNetFormat_AppliesTheFix_ThenTheBuildIsClean()
    {
        var route = FormatRoute.Of(_feed, _output);
        HasExactly(route.Build, WeakProgramDiagnostics);

        var format = route.Format;

        Assert.True(format.ExitCode == 0 && !format.TimedOut, format.ToString());
        var fixedProgram = route.FixedProgram;
        Assert.True(!fixedProgram.Contains("ValidateIssuer", StringComparison.Ordinal),
            $"dotnet format did not remove ValidateIssuer = false; Program.cs is now:\n{fixedProgram}\n{format}");
        Assert.Contains("ValidIssuer = \"https://login.example.com\"", fixedProgram, StringComparison.Ordinal);

        var rebuild = route.Rebuild;

        Succeeded(rebuild);
        HasExactly(rebuild);
    }

    [Fact]
    public void AppSettingsSecret_IsReportedInAppSettingsJson_WithoutAnyProjectFileEdit()
    {
        Succeeded("AppSettings");
        HasExactly("AppSettings", "appsettings.json(5,5): warning TVA3005");
        var diagnostic = Batch.Diagnostics("AppSettings").Single();
        Assert.Equal(Batch.PathOf("AppSettings", "appsettings.json"), diagnostic.File);
        Assert.Equal(RuleCatalogue.ById["TVA3005"].HelpLinkUri, diagnostic.HelpLink);
    }

    [Fact]
    public void WebConfigSecret_ReadThroughConfigurationManager_IsReportedInWebConfig()
    {
        Succeeded("WebConfig");
        HasExactly("WebConfig", "Web.config(4,5): warning TVA3005");
        Assert.Equal(Batch.PathOf("WebConfig", "Web.config"), Batch.Diagnostics("WebConfig").Single().File);
    }

    /// <summary>The consumers whose checks need only their own outcome, built together once per run.</summary>
    private ConsumerBatch Batch => _feed.Shared(nameof(EndToEndTests), () =>
    {
        var batch = ConsumerBatch.Create(_feed, "EndToEnd", BatchConsumers());
        Log(batch.Build);
        return batch;
    });

    private static IReadOnlyList<BatchConsumer> BatchConsumers()
    {
        const string WarningsAsErrors = "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>";
        var testPackages = $"""
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{DotNetCli.RestoredVersion("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="xunit" Version="{DotNetCli.RestoredVersion("xunit")}" />
            """;
        return new BatchConsumer[]
        {
            new("Weaknet80", WeakProgram, "net8.0"),
            new("Weaknet100", WeakProgram),
            new("EditorConfigNone", WeakProgram, Properties: WarningsAsErrors)
            {
                Files = new Dictionary<string, string> { [".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.TVA1001.severity = none\n" },
            },
            new("ModeStrict", WeakProgram, Properties: "    <TokenValidationAnalysisMode>Strict</TokenValidationAnalysisMode>"),
            new("ModeStrictLowerCase", WeakProgram, Properties: "    <TokenValidationAnalysisMode>strict</TokenValidationAnalysisMode>"),
            new("ModeNone", WeakProgram, Properties: "    <TokenValidationAnalysisMode>None</TokenValidationAnalysisMode>"),
            new("ModeNoneUpperCase", WeakProgram, Properties: "    <TokenValidationAnalysisMode>NONE</TokenValidationAnalysisMode>"),
            new("ModeTypo", WeakProgram, Properties: "    <TokenValidationAnalysisMode>Stric</TokenValidationAnalysisMode>"),
            new("XunitDefault", XunitProgram, Properties: WarningsAsErrors, Items: testPackages),
            new("XunitAnalysed", XunitProgram, Properties: WarningsAsErrors + "\n    <TokenValidationAnalysisInTests>true</TokenValidationAnalysisInTests>", Items: testPackages),
            // the form docs/ci.md gives for several projects; the command-line form is CiRecipeTests'
            new("Sarif", WeakProgram, Properties: "    <ErrorLog>$(MSBuildProjectDirectory)/build.sarif,version=2.1</ErrorLog>"),
            new("AppSettings", AppSettingsProgram)
            {
                Files = new Dictionary<string, string> { ["appsettings.json"] = AppSettingsJson, ["appsettings.Development.json"] = AppSettingsDevelopmentJson },
            },
            new("WebConfig", WebConfigProgram, Items: $"""
                <PackageReference Include="System.Configuration.ConfigurationManager" Version="{DotNetCli.RestoredVersion("System.Configuration.ConfigurationManager")}" />
            """)
            {
                Files = new Dictionary<string, string> { ["Web.config"] = WebConfigFile },
            },
        };
    }

    private void Succeeded(string consumer, string targetFramework = "net10.0")
        => Assert.True(Batch.Built(consumer, targetFramework), "expected the consumer to build: " + Batch.Describe(consumer));

    private void Failed(string consumer)
    {
        Assert.False(Batch.Build.TimedOut, Batch.Describe(consumer));
        Assert.False(Batch.Built(consumer), "expected the consumer's build to fail: " + Batch.Describe(consumer));
        Assert.DoesNotContain("error NU", Batch.Build.Output, StringComparison.Ordinal);
    }

    /// <summary>The consumer's TVA diagnostics, as <c>File(line,col): severity ID</c>, are exactly <paramref name="expected"/>.</summary>
    private void HasExactly(string consumer, params string[] expected)
    {
        var actual = Batch.Diagnostics(consumer).Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.True(actual.SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal),
            $"expected [{string.Join(", ", expected)}]\n     got [{string.Join(", ", actual)}]\n{Batch.Describe(consumer)}");
    }

    private ProcessResult Log(ProcessResult result)
    {
        _output.WriteLine($"dotnet {result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    private static void Succeeded(ProcessResult build)
        => Assert.True(build.ExitCode == 0 && !build.TimedOut, "expected success\n" + build);

    private static void Failed(ProcessResult build)
    {
        Assert.False(build.TimedOut, build.ToString());
        Assert.True(build.ExitCode != 0, "expected the build to fail\n" + build);
        Assert.DoesNotContain("error NU", build.Output, StringComparison.Ordinal);
    }

    /// <summary>The build's TVA diagnostics, as <c>File(line,col): severity ID</c>, are exactly <paramref name="expected"/>.</summary>
    private static void HasExactly(ProcessResult build, params string[] expected)
    {
        var actual = build.TvaDiagnostics.Select(diagnostic => diagnostic.ToString()).ToList();
        Assert.True(actual.SequenceEqual(expected, StringComparer.Ordinal),
            $"expected [{string.Join(", ", expected)}]\n     got [{string.Join(", ", actual)}]\n{build}");
    }

    private static List<(string Name, Version Version)> AssemblyReferences(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .OrderBy(reference => reference.Item1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The highest version in which the Roslyn 4.8 assemblies (from the restored packages) reference each assembly.</summary>
    private static Dictionary<string, Version> RoslynReferences(IEnumerable<string> assemblies)
    {
        var packageOf = new Dictionary<string, string>
        {
            ["Microsoft.CodeAnalysis"] = "microsoft.codeanalysis.common",
            ["Microsoft.CodeAnalysis.CSharp"] = "microsoft.codeanalysis.csharp",
            ["Microsoft.CodeAnalysis.Workspaces"] = "microsoft.codeanalysis.workspaces.common",
            ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = "microsoft.codeanalysis.csharp.workspaces",
        };
        var versions = new Dictionary<string, Version>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            var path = DotNetCli.RestoredPackageFolders
                .Select(folder => Path.Combine(folder, packageOf[assembly], "4.8.0", "lib", "netstandard2.0", assembly + ".dll"))
                .FirstOrDefault(File.Exists);
            Assert.True(path is not null, $"{assembly} 4.8.0 is not in the restored packages ({string.Join(", ", DotNetCli.RestoredPackageFolders)})");
            foreach (var (name, version) in AssemblyReferences(File.ReadAllBytes(path!)))
            {
                if (!versions.TryGetValue(name, out var known) || version > known)
                {
                    versions[name] = version;
                }
            }
        }

        return versions;
    }
}
