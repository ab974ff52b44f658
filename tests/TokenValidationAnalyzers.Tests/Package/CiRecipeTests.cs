using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>The commands docs/ci.md gives, run as written there.</summary>
[Trait("Category", "EndToEnd")]
[Collection(DotNetBuildsCollection.Name)]
public sealed class CiRecipeTests
{
    private const string WeakProgram = """
        using Microsoft.IdentityModel.Tokens;

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "https://login.example.com",
            ValidAudience = "orders-api",
            ValidateIssuer = false,
        };
        Console.WriteLine(parameters.ValidIssuer);

        """;

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public CiRecipeTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Fact]
    public void WarnAsErrorWithSarif_FailsAndStillWritesTheLog()
    {
        var consumer = _feed.CreateConsumer("CiSarif", WeakProgram);

        var build = Run(consumer, "build", "-warnaserror", "-p:ErrorLog=tva.sarif%2Cversion=2.1");

        Assert.True(build.ExitCode != 0, "expected the build to fail\n" + build);
        Assert.Equal(new[] { "Program.cs(7,5): error TVA1001" }, build.TvaDiagnostics.Select(d => d.ToString()));
        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.PathOf("tva.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, result => result.GetProperty("ruleId").GetString() == "TVA1001");
    }

    /// <summary>
    /// On the consumer <see cref="FormatRoute"/> shares with EndToEndTests, whose fix is the one-rule form; the form that
    /// applies every fix, <c>dotnet format analyzers --severity warn</c>, is ReadmeWalkthroughTests' and FixCorpusFormatTests'.
    /// </summary>
    [Fact]
    public void FormatVerifyNoChanges_FailsWhileAFixApplies_PassesAfterFormat()
    {
        var route = FormatRoute.Of(_feed, _output);

        Assert.True(route.VerifyBefore.ExitCode != 0 && !route.VerifyBefore.TimedOut, "expected --verify-no-changes to fail while a fix applies\n" + route.VerifyBefore);
        Assert.Contains("TVA1001", route.VerifyBefore.Output, StringComparison.Ordinal);
        Assert.True(route.Format.ExitCode == 0, route.Format.ToString());
        Assert.True(route.VerifyAfter.ExitCode == 0, "expected no change left to make\n" + route.VerifyAfter);
    }

    /// <summary>A library under central package management gets the analyzers from a GlobalPackageReference and does not pass them on.</summary>
    [Fact]
    public void GlobalPackageReference_AnalyzesTheLibrary_AndItsPackageDoesNotDependOnTheAnalyzers()
    {
        var folder = _feed.CreateFolder("CentralPackages");
        folder.Write("Directory.Packages.props", $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <GlobalPackageReference Include="TokenValidationAnalyzers" Version="{_feed.PackageVersion}" />
                <PackageVersion Include="Microsoft.IdentityModel.Tokens" Version="{DotNetCli.RestoredVersion("Microsoft.IdentityModel.Tokens")}" />
              </ItemGroup>
            </Project>

            """);
        folder.Write("Tokens.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.IdentityModel.Tokens" />
              </ItemGroup>
            </Project>

            """);
        folder.Write("Parameters.cs", """
            using Microsoft.IdentityModel.Tokens;

            public static class Parameters
            {
                public static TokenValidationParameters Create() => new()
                {
                    ValidIssuer = "https://login.example.com",
                    ValidAudience = "orders-api",
                    ValidateIssuer = false,
                };
            }

            """);

        var build = Run(folder, "build", "-warnaserror");
        Assert.True(build.ExitCode != 0, "expected the library's build to fail on the finding\n" + build);
        Assert.Equal(new[] { "Parameters.cs(9,9): error TVA1001" }, build.TvaDiagnostics.Select(d => d.ToString()));

        var pack = Run(folder, "pack", "-o", "out", "-p:TreatWarningsAsErrors=false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        using var package = ZipFile.OpenRead(Directory.GetFiles(folder.PathOf("out"), "*.nupkg").Single());
        using var nuspec = package.GetEntry("Tokens.nuspec")!.Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.Contains("Microsoft.IdentityModel.Tokens", dependencies);
        Assert.DoesNotContain("TokenValidationAnalyzers", dependencies);
    }

    private ProcessResult Run(Consumer where, params string[] args)
    {
        var result = where.Dotnet(args);
        _output.WriteLine($"dotnet {result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s");
        return result;
    }
}
