using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>
/// Every analyzer over code that has nothing to report or cannot even be parsed: the IDE runs them on every
/// keystroke, so none may throw (debug builds let exceptions through, see AnalyzerGuard) and clean code stays clean.
/// </summary>
public class CrashGuardTests
{
    private const string Usings = """
        using System.Text;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        """;

    private const string OrdinaryCode = """
        namespace Shop;

        public sealed record Order(int Id, string Customer, decimal Total, DateTimeOffset PlacedAt);

        public interface IOrderStore
        {
            Task<IReadOnlyList<Order>> LoadAsync(CancellationToken cancellationToken);
        }

        public sealed class OrderService(IOrderStore store)
        {
            private readonly Dictionary<string, decimal> _totals = new();

            public async Task<decimal> TotalForAsync(string customer, CancellationToken cancellationToken = default)
            {
                var orders = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
                var total = orders.Where(order => order.Customer == customer).Sum(order => order.Total);
                _totals[customer] = total;
                return total;
            }

            public IEnumerable<(string Customer, int Count)> Busiest(IEnumerable<Order> orders, int take = 3)
                => orders.GroupBy(order => order.Customer)
                    .Select(group => (group.Key, group.Count()))
                    .OrderByDescending(pair => pair.Item2)
                    .Take(take);

            public Order WithDiscount(Order order, bool validate = false)
                => validate && order.Total > 100 ? order with { Total = order.Total * 0.9m } : order;
        }
        """;

    /// <summary>Half-written configuration code, as the IDE sees it between keystrokes.</summary>
    public static readonly string[] BrokenSnippets =
    {
        "class C {",
        "class C { void M() { var x = 1 }",
        "class C { void M( { if (true) { } ",
        "class C { void M() { var p = new TokenValidationParameters { ValidateIssuer = ",
        "class C { void M(JwtBearerOptions o) { o.TokenValidationParameters.ValidateIssuer = ; } }",
        "class C { void M() { var p = new TokenValidationParameters { ValidateIssuer = false",
        "class C { void M(IServiceCollection services) { services.AddAuthentication().AddJwtBearer(o => { o.TokenValidationParameters = new() {",
        "var p = new TokenValidationParameters { ValidateIssuer = ",
        "JwtBearerOptions o = null!; o.TokenValidationParameters.ValidateIssuer = ;",
        "new TokenValidationParameters { ValidateIssuer = false",
        "IServiceCollection services = null!; services.AddAuthentication().AddJwtBearer(o => { o.TokenValidationParameters = new() {",
        "class C { TokenValidationParameters P => new() { IssuerValidator = (issuer, token, p) => , ValidateAudience = false }; }",
        "class C { void M(TokenValidationParameters p) { p.SignatureValidator = (t, v) => new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(; } }",
        "class C { void M(TokenValidationParameters p) { p.IssuerSigningKeyResolver = (t, s, k, v) => { return ; }; } }",
        "class C { SecurityKey K => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(; }",
        "class C { SecurityKey K => new SymmetricSecurityKey(new byte[] { 1, 2, ; }",
        "class C { object D => new SecurityTokenDescriptor { Expires = DateTime.UtcNow.AddDays(, SigningCredentials = }; }",
        "class C { void M(TokenValidationParameters p) { p.ClockSkew = TimeSpan.FromHours(; p.ValidAlgorithms = new[] { \"none\", ; } }",
        "class C { async Task M(Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler h, string t) { await h.ValidateTokenAsync(t, new TokenValidationParameters { ",
        "class C { void M(JwtBearerOptions o) { o.Events = new JwtBearerEvents { OnAuthenticationFailed = c => { c.Success( ",
        "class C { void M(JwtBearerOptions o) { o.Events.OnMessageReceived = async c => { c.Principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(c.Token).Claims, ",
        "class C : TokenValidationParameters { C() { ValidateIssuer = } }",
        "class C { void M() { var p = new TokenValidationParameters(); p. = false; p.ValidateIssuer ",
        "class C { void M() { TokenValidationParameters p = new() { ValidateIssuer = false } { } } }",
        "class C { void M() { var p = new TokenValidationParameters { ValidateIssuer = false, ValidateIssuer = false, Unknown = 1 }; } }",
        "class C { void M() { var p = new TokenValidationParameters { [0] = false, ValidateAudience = !, RequireSignedTokens = (false }; } }",
        "class C { string M(JWT.IJwtDecoder d, string t) => d.Decode(t, \"k\", verify: ; }",
        "class C { string M(string t) => new JWT.Builder.JwtBuilder().WithSecret(\"k\").DoNotVerifySignature(.Decode(t); }",
        "class C { string M(string t) { var b = new JWT.Builder.JwtBuilder(); b = ; b.WithVerifySignature(); return b.Decode(t); } }",
        "class C { object M(string t) => Jose.JWT.Decode(t, null, Jose.JwsAlgorithm. ; }",
    };

    public static IEnumerable<object[]> BrokenSnippetCases() => Enumerable.Range(0, BrokenSnippets.Length).Select(index => new object[] { index });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EmptyFile_ReportsNothing(bool identityModel)
        => AssertClean(await AnalyzerRun.RunAsync(new[] { "" }, References(identityModel)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OnlyGlobalUsings_ReportsNothing(bool identityModel)
        => AssertClean(await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings }, References(identityModel)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OrdinaryCode_ReportsNothing(bool identityModel)
        => AssertClean(await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, OrdinaryCode }, References(identityModel)));

    [Theory]
    [MemberData(nameof(BrokenSnippetCases))]
    public async Task BrokenCode_DoesNotThrow(int snippet)
    {
        var source = Usings + BrokenSnippets[snippet];
        var outputKind = BrokenSnippets[snippet].StartsWith("class", StringComparison.Ordinal) ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication;
        var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, source }, TestReferences.All, outputKind);
        Assert.Empty(run.Failures);
    }

    [Theory]
    [MemberData(nameof(BrokenSnippetCases))]
    public async Task BrokenCodeWithoutIdentityModel_ReportsNothing(int snippet)
    {
        var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, Usings + BrokenSnippets[snippet] }, TestReferences.WithoutIdentityModel);
        AssertClean(run);
    }

    [Fact]
    public async Task LookAlikeTypesWithoutIdentityModel_ReportNothing()
    {
        const string source = "class TokenValidationParameters { public bool ValidateIssuer {get;set;} } class C { void M() { var p = new TokenValidationParameters { ValidateIssuer = false }; } }";
        AssertClean(await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, source }, TestReferences.WithoutIdentityModel));
    }

    [Fact]
    public async Task LookAlikeTypesInIdentityModelNamespace_DoNotThrow()
    {
        const string source = """
            namespace Microsoft.IdentityModel.Tokens
            {
                public class TokenValidationParameters { public bool ValidateIssuer { get; set; } public string? ValidIssuer { get; set; } public object? IssuerValidator { get; set; } }
                public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } }
            }

            namespace App
            {
                using Microsoft.IdentityModel.Tokens;
                class C
                {
                    object M() => new TokenValidationParameters { ValidateIssuer = false, IssuerValidator = (Func<string, string>)(i => i) };
                    object K() => new SymmetricSecurityKey(new byte[] { 1, 2, 3 });
                }
            }
            """;
        var run = await AnalyzerRun.RunAsync(new[] { TestReferences.GlobalUsings, source }, TestReferences.WithoutIdentityModel);
        Assert.Empty(run.Failures);
    }

    [Theory]
    [InlineData("{ \"Jwt\": { \"Key\": ")]
    [InlineData("{ \"Jwt\": { \"Key\": \"0123456789abcdef0123456789abcdef\", } ")]
    [InlineData("[ 1, 2, { \"Jwt:Key\": [ \"a\" ")]
    [InlineData("")]
    [InlineData("\"Jwt\": \"\\u12")]
    public async Task BrokenAppSettings_DoNotThrow(string json)
    {
        const string source = """
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.IdentityModel.Tokens;
            class C
            {
                SecurityKey K(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"]!));
            }
            """;
        var compilation = AnalyzerRun.Compile(new[] { TestReferences.GlobalUsings, source }, TestReferences.All);
        var files = ImmutableArray.Create<AdditionalText>(new AnalyzerRun.InMemoryText("/app/appsettings.json", json), new AnalyzerRun.InMemoryText("/app/appsettings.Production.json", json));
        var run = await AnalyzerRun.RunAsync(compilation, concurrent: false, files);
        Assert.Empty(run.Failures);
    }

    private static ImmutableArray<MetadataReference> References(bool identityModel)
        => identityModel ? TestReferences.All : TestReferences.WithoutIdentityModel;

    private static void AssertClean(AnalyzerRun run)
    {
        Assert.Empty(run.Failures);
        Assert.Empty(run.RuleDiagnostics.Select(diagnostic => diagnostic.ToString()));
    }
}
