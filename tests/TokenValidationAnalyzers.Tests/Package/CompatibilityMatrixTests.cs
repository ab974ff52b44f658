using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// The supported range, built as users build it: one weak class library compiled by a consumer of each IdentityModel
/// major version and by a .NET Framework 4.8 consumer, all with the packed package, in one <c>dotnet build</c> of a
/// solution (one restore, parallel nodes). Every consumer must report the same findings.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(CorpusBuildsCollection.Name)]
public sealed class CompatibilityMatrixTests
{
    /// <summary>C# 7.3, the language version a net48 project gets by default; only members IdentityModel 5.x already has.</summary>
    private const string WeakTokens = """
        using System;
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;

        namespace Orders.Security
        {
            public static class WeakTokens
            {
                public static TokenValidationParameters Parameters()
                {
                    return new TokenValidationParameters
                    {
                        ValidIssuer = "https://login.example.com",
                        ValidAudience = "orders-api",
                        ValidateIssuer = false,
                        ValidateLifetime = false,
                        ClockSkew = TimeSpan.FromHours(1),
                        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("7d1f0c2a9b8e4f36a5c3d2e1f0a9b8c7")),
                    };
                }

                public static ClaimsIdentity Identity(string bearer)
                {
                    var token = new JwtSecurityTokenHandler().ReadJwtToken(bearer);
                    return new ClaimsIdentity(token.Claims, "Bearer");
                }
            }
        }

        """;

    private static readonly string[] ExpectedFindings =
    {
        "WeakTokens.cs(17,17): warning TVA1001",
        "WeakTokens.cs(18,17): warning TVA1003",
        "WeakTokens.cs(19,17): warning TVA4001",
        "WeakTokens.cs(20,36): warning TVA3001",
        "WeakTokens.cs(26,55): warning TVA6002",
    };

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public CompatibilityMatrixTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    /// <summary>
    /// Each consumer's restore graph is downloaded by the test project (its PackageDownload items), so that these
    /// consumers restore offline; a version added here needs its graph there.
    /// </summary>
    private static IReadOnlyList<MatrixConsumer> Consumers { get; } = new MatrixConsumer[]
    {
        new("IdentityModel5", "net8.0", "5.7.2"),
        new("IdentityModel6", "net8.0", "6.10.0"),
        new("IdentityModel7", "net8.0", "7.7.3"),
        new("IdentityModel8", "net10.0", DotNetCli.RestoredVersion("Microsoft.IdentityModel.Tokens")),
        new("NetFramework48", "net48", DotNetCli.RestoredVersion("Microsoft.IdentityModel.Tokens")),
    };

    [Fact]
    public void EveryIdentityModelVersionAndNetFramework_ReportTheSameFindings()
    {
        var matrix = _feed.CreateFolder("Matrix");
        foreach (var consumer in Consumers)
        {
            Directory.CreateDirectory(matrix.PathOf(consumer.Name));
            matrix.Write(Path.Combine(consumer.Name, consumer.Name + ".csproj"), consumer.ProjectFile(_feed.PackageVersion));
            matrix.Write(Path.Combine(consumer.Name, "WeakTokens.cs"), WeakTokens);
        }

        matrix.Write("Matrix.slnx", "<Solution>\n"
            + string.Concat(Consumers.Select(consumer => $"  <Project Path=\"{consumer.Name}/{consumer.Name}.csproj\" />\n"))
            + "</Solution>\n");

        var watch = Stopwatch.StartNew();
        var build = matrix.Build("Matrix.slnx");
        _output.WriteLine($"dotnet {build.CommandLine}: exit code {build.ExitCode}; {Consumers.Count} consumers in {watch.Elapsed.TotalSeconds:F1} s");

        Assert.True(build.ExitCode == 0 && !build.TimedOut, "expected the matrix to build\n" + build);
        foreach (var consumer in Consumers)
        {
            var restored = RestoredIdentityModel(matrix.PathOf(consumer.Name));
            Assert.True(restored == consumer.IdentityModel,
                $"{consumer.Name} restored Microsoft.IdentityModel.Tokens {restored ?? "(none)"}, not {consumer.IdentityModel}\n{build}");
        }

        var differences = Consumers
            .Select(consumer => (Consumer: consumer, Found: build.TvaDiagnostics
                .Where(d => Path.GetFileName(Path.GetDirectoryName(d.File)) == consumer.Name)
                .Select(d => d.ToString())
                .ToList()))
            .Where(result => !result.Found.SequenceEqual(ExpectedFindings, StringComparer.Ordinal))
            .Select(result => $"{result.Consumer.Name} ({result.Consumer.TargetFramework}, IdentityModel {result.Consumer.IdentityModel}):"
                + $" missing [{string.Join(", ", ExpectedFindings.Except(result.Found))}], extra [{string.Join(", ", result.Found.Except(ExpectedFindings))}]")
            .ToList();
        Assert.True(differences.Count == 0,
            $"expected [{string.Join(", ", ExpectedFindings)}] from every consumer; these differ:\n  {string.Join("\n  ", differences)}\n{build}");
    }

    private static string? RestoredIdentityModel(string projectDirectory)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(projectDirectory, "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name.Split('/'))
            .Where(parts => parts.Length == 2 && parts[0] == "Microsoft.IdentityModel.Tokens")
            .Select(parts => parts[1])
            .SingleOrDefault();
    }

    private sealed record MatrixConsumer(string Name, string TargetFramework, string IdentityModel)
    {
        /// <summary>
        /// A class library as the users of that version write it. The old versions have published advisories: the
        /// matrix builds them on purpose, so audit stays off.
        /// </summary>
        public string ProjectFile(string packageVersion) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{TargetFramework}</TargetFramework>
                <RestoreEnablePackagePruning>true</RestoreEnablePackagePruning>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TokenValidationAnalyzers" Version="{packageVersion}" />
                <PackageReference Include="Microsoft.IdentityModel.Tokens" Version="{IdentityModel}" />
                <PackageReference Include="System.IdentityModel.Tokens.Jwt" Version="{IdentityModel}" />
              </ItemGroup>
            </Project>

            """;
    }
}
