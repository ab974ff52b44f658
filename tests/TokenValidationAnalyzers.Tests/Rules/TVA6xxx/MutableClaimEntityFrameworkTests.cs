using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6004 on EF Core's asynchronous lookups (<c>FirstOrDefaultAsync</c>, <c>SingleOrDefaultAsync</c>, <c>AnyAsync</c>) over a <c>DbSet</c>.</summary>
public class MutableClaimEntityFrameworkTests
{
    private const string Context = """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;

        class AppUser { public string Id { get; set; } = ""; public string Email { get; set; } = ""; public string ObjectId { get; set; } = ""; }
        class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options) { public DbSet<AppUser> Users => Set<AppUser>(); }

        """;

    private const string MultiTenant = """
        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o => o.Authority = "https://login.microsoftonline.com/common/v2.0");
        }

        """;

    private const string SingleTenant = """
        static class Startup
        {
            public static void Configure(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o => o.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0");
        }

        """;

    private static Task Verify(string source, string signIn = MultiTenant) => Verify<MutableClaimRuleSet>.AnalyzerAsync(Context + signIn + source);

    [Fact]
    public Task FirstOrDefaultAsyncByEmail_Reports() => Verify("""
        class AccountController(AppDbContext db) : ControllerBase
        {
            public async Task<AppUser?> Me() => await db.Users.FirstOrDefaultAsync(u => u.Email == {|TVA6004:User.FindFirstValue(ClaimTypes.Email)|});
        }
        """);

    [Theory]
    [InlineData("SingleOrDefaultAsync(u => u.Email == EMAIL, HttpContext.RequestAborted)")]
    [InlineData("AnyAsync(u => u.Email.ToLower() == EMAIL)")]
    [InlineData("Where(u => u.Email == EMAIL).FirstAsync()")]
    public Task OtherAsyncLookupsByEmail_Report(string lookup) => Verify($$"""
        class AccountController(AppDbContext db) : ControllerBase
        {
            public async Task<object?> Me()
            {
                var email = {|TVA6004:User.FindFirst("email")?.Value|};
                return await db.Users.{{lookup.Replace("EMAIL", "email", StringComparison.Ordinal)}};
            }
        }
        """);

    [Theory]
    [InlineData("ObjectId", "\"http://schemas.microsoft.com/identity/claims/objectidentifier\"")]
    [InlineData("Id", "\"sub\"")]
    [InlineData("Id", "ClaimTypes.NameIdentifier")]
    public Task FirstOrDefaultAsyncByImmutableClaim_DoesNotReport(string member, string claim) => Verify($$"""
        class AccountController(AppDbContext db) : ControllerBase
        {
            public async Task<AppUser?> Me() => await db.Users.FirstOrDefaultAsync(u => u.{{member}} == User.FindFirstValue({{claim}}));
        }
        """);

    [Fact]
    public Task FirstOrDefaultAsyncByEmailInSingleTenantProject_DoesNotReport() => Verify("""
        class AccountController(AppDbContext db) : ControllerBase
        {
            public async Task<AppUser?> Me() => await db.Users.FirstOrDefaultAsync(u => u.Email == User.FindFirstValue(ClaimTypes.Email));
        }
        """, SingleTenant);

    [Fact]
    public Task ApplicationsOwnFirstOrDefaultAsync_DoesNotReport() => Verify("""
        namespace App.Data
        {
            static class AsyncQueries
            {
                public static Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, bool>> predicate)
                    => Task.FromResult(source.FirstOrDefault(predicate));
            }

            class AccountController(IQueryable<AppUser> users) : ControllerBase
            {
                public async Task<AppUser?> Me() => await users.FirstOrDefaultAsync(u => u.Email == User.FindFirstValue(ClaimTypes.Email));
            }
        }
        """);

    /// <summary>A key lookup finds the entity by its primary key; which property that is lives in the model configuration.</summary>
    [Fact]
    public Task FindAsyncByEmailClaim_DoesNotReport() => Verify("""
        class AccountController(AppDbContext db) : ControllerBase
        {
            public async Task<AppUser?> Me() => await db.Users.FindAsync(User.FindFirstValue(ClaimTypes.Email));
        }
        """);
}
