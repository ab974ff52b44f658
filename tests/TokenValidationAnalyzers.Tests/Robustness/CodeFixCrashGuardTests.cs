using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Tests.Catalogue;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>
/// Every fix provider over the diagnostics of half-written code that already reports: registering the fixes,
/// computing their edits and Fix All must not throw, whatever shape the broken tree has.
/// </summary>
public class CodeFixCrashGuardTests
{
    private const string Usings = """
        using System.Security.Claims;
        using System.Text;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;

        """;

    public static readonly string[] ReportingSnippets =
    {
        "class C { void M() { var p = new TokenValidationParameters { ValidateLifetime = false, ValidIssuer = ",
        "var p = new TokenValidationParameters { ValidateLifetime = false, ValidIssuer = ",
        "class C { void M(JwtBearerOptions o) { o.TokenValidationParameters.ValidateIssuer = false; o.TokenValidationParameters.RequireSignedTokens = false; o.TokenValidationParameters.ValidAudience = ",
        "class C { TokenValidationParameters P() => new TokenValidationParameters { ValidateAudience = false, RequireExpirationTime = false, IssuerValidator = (i, t, p) => i, ValidIssuer = ",
        "class C { TokenValidationParameters P() => new() { ValidateIssuer = false, ValidateAudience = false, ValidateLifetime = false, RequireSignedTokens = false, RequireAudience = false, ",
        "class C { void M(IServiceCollection s) { s.AddAuthentication().AddJwtBearer(o => { o.TokenValidationParameters = new() { ValidateIssuer = false, ValidateLifetime = false, ",
        "class C { void M() { var p = new TokenValidationParameters { ValidIssuer = \"\", ValidAudience = \"\", } ",
        "class C { SecurityKey K() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"short-key\")); void M() { if ( }",
        "class C { void M(TokenValidationParameters p) { p.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(\"K\") ?? \"fallback-key-fallback-key-fallback\")); p. }",
        "class C { string M() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Subject = new ClaimsIdentity(), Expires = DateTime.UtcNow.AddDays(400) }); void N() { var x = ",
        "class C { string M(SigningCredentials c) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor { SigningCredentials = c, Subject = ",
        "class C { async Task M(JsonWebTokenHandler h, string t) { await h.ValidateTokenAsync(t, new TokenValidationParameters { ValidIssuer = \"i\", ValidAudience = \"a\" }); var y = ",
        "class C { async Task M(JsonWebTokenHandler h, string t) { var r = await h.ValidateTokenAsync(t, new TokenValidationParameters { ValidIssuer = \"i\", ValidAudience = \"a\" }); var c = r.ClaimsIdentity; if ( }",
        "class C { void M(TokenValidationParameters p) { p.ClockSkew = TimeSpan.FromHours(2); p.ValidAlgorithms = new[] { \"none\", \"RS256\" }; p. }",
        "class C { void M(TokenValidationParameters p) { p.SignatureValidator = (t, v) => new JsonWebToken(t); p.IssuerValidator = (i, t, v) => i; p.AudienceValidator = ",
    };

    public static IEnumerable<object[]> Snippets() => Enumerable.Range(0, ReportingSnippets.Length).Select(index => new object[] { index });

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task EveryFixOnBrokenCode_DoesNotThrow(int snippet)
    {
        var topLevel = !ReportingSnippets[snippet].StartsWith("class", StringComparison.Ordinal);
        var fixedDiagnostics = await RunEveryFixAsync(Usings + ReportingSnippets[snippet], topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        Assert.True(fixedDiagnostics > 0, "the snippet reports nothing a provider fixes");
    }

    /// <summary>Registers and applies every fix, one by one and with Fix All; returns how many diagnostics had a provider.</summary>
    internal static async Task<int> RunEveryFixAsync(string source, OutputKind outputKind)
    {
        using var workspace = new AdhocWorkspace();
        var document = CreateDocument(workspace, source, outputKind);
        var tree = await document.GetSyntaxTreeAsync();
        var run = await AnalyzerRun.RunAsync((await document.Project.GetCompilationAsync())!, concurrent: false);
        Assert.Empty(run.Failures);

        var diagnostics = run.RuleDiagnostics.Where(diagnostic => diagnostic.Location.IsInSource && diagnostic.Location.SourceTree == tree).ToImmutableArray();
        var fixedDiagnostics = 0;
        foreach (var provider in RuleCatalogue.CreateCodeFixProviders())
        {
            var fixable = diagnostics.Where(diagnostic => provider.FixableDiagnosticIds.Contains(diagnostic.Id)).ToImmutableArray();
            var equivalenceKeys = new HashSet<string?>();
            foreach (var diagnostic in fixable)
            {
                var actions = new List<CodeAction>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    equivalenceKeys.Add(action.EquivalenceKey);
                    await ApplyAsync(action);
                }
            }

            fixedDiagnostics += fixable.Length;
            await FixAllAsync(provider, document, fixable, equivalenceKeys);
        }

        return fixedDiagnostics;
    }

    private static async Task FixAllAsync(CodeFixProvider provider, Document document, ImmutableArray<Diagnostic> diagnostics, IEnumerable<string?> equivalenceKeys)
    {
        var fixAll = provider.GetFixAllProvider();
        if (fixAll is null)
        {
            return;
        }

        foreach (var key in equivalenceKeys)
        {
            foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project })
            {
                var context = new FixAllContext(document, provider, scope, key, provider.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
                if (await fixAll.GetFixAsync(context) is { } action)
                {
                    await ApplyAsync(action);
                }
            }
        }
    }

    private static async Task ApplyAsync(CodeAction action)
    {
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                foreach (var changed in apply.ChangedSolution.Projects.SelectMany(project => project.Documents))
                {
                    Assert.NotNull(await changed.GetSyntaxRootAsync());
                }
            }
        }
    }

    private static Document CreateDocument(AdhocWorkspace workspace, string source, OutputKind outputKind)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Guard",
            "Guard",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: AnalyzerRun.ParseOptions,
            metadataReferences: TestReferences.All));
        workspace.AddDocument(project.Id, "GlobalUsings.g.cs", SourceText.From(TestReferences.GlobalUsings));
        return workspace.AddDocument(project.Id, "Test.cs", SourceText.From(source));
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => GetAllDiagnosticsAsync(document.Project, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
