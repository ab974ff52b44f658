using System.Diagnostics;
using Xunit.Abstractions;

namespace TokenValidationAnalyzers.Tests.Package;

/// <summary>
/// The README's route for a new user, step by step with its own commands: a new web API, the package from the local feed
/// a clone packs, a weak JwtBearer set-up that fails <c>-warnaserror</c>, the fixes applied with <c>dotnet format</c>, and
/// a clean build, all within five minutes.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(DotNetBuildsCollection.Name)]
public sealed class ReadmeWalkthroughTests
{
    private const string WeakProgram = """
        using System.Text;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = false,
                ValidateAudience = false,
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-signing-key-written-in-the-source-0123456789")),
            };
        });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/orders", () => new[] { "order-1" }).RequireAuthorization();
        app.Run();

        """;

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public ReadmeWalkthroughTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Fact]
    public void NewWebApi_WeakSetupFailsWarnAsError_FixesMakeTheBuildClean()
    {
        var watch = Stopwatch.StartNew();
        var folder = _feed.CreateFolder("Walkthrough");

        // the template without OpenAPI needs no package, so it restores offline
        Succeeded(Run(folder, "new", "webapi", "-o", "Api", "--no-openapi"));
        var api = new Consumer(folder.PathOf("Api"), _feed.PackagesDirectory);

        // README "Install", from a clone: the feed is what `dotnet pack src/Package -o ~/tva-feed` wrote
        Succeeded(Run(folder, "add", "Api/Api.csproj", "package", "TokenValidationAnalyzers", "--source", _feed.FeedDirectory));
        Succeeded(Run(folder, "add", "Api/Api.csproj", "package", "Microsoft.AspNetCore.Authentication.JwtBearer",
            "--version", DotNetCli.RestoredVersion("Microsoft.AspNetCore.Authentication.JwtBearer")));
        api.Write("Program.cs", WeakProgram);

        var weak = Run(api, "build", "-warnaserror");
        Assert.True(weak.ExitCode != 0, "expected -warnaserror to fail on the weak set-up\n" + weak);
        Assert.Equal(
            new[] { "Program.cs(10,9): error TVA1001", "Program.cs(11,9): error TVA1002", "Program.cs(12,28): error TVA3001" },
            weak.TvaDiagnostics.Select(d => d.ToString()));

        Succeeded(Run(api, "format", "analyzers", "--severity", "warn"));
        var fixedProgram = File.ReadAllText(api.PathOf("Program.cs"));
        _output.WriteLine(fixedProgram);
        Assert.DoesNotContain("ValidateIssuer", fixedProgram, StringComparison.Ordinal);
        Assert.DoesNotContain("a-signing-key-written-in-the-source", fixedProgram, StringComparison.Ordinal);

        var clean = Run(api, "build", "-warnaserror");
        Succeeded(clean);
        Assert.Empty(clean.TvaDiagnostics);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(5), $"the walkthrough took {watch.Elapsed}");
    }

    private ProcessResult Run(Consumer where, params string[] args)
    {
        var result = where.Dotnet(args);
        _output.WriteLine($"dotnet {result.CommandLine}: exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    private static void Succeeded(ProcessResult result)
        => Assert.True(result.ExitCode == 0 && !result.TimedOut, "expected success\n" + result);
}
