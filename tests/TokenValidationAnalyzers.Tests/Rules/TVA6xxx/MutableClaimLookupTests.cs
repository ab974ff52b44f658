using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6004: the shapes of a mutable claim finding a local account, in a project that signs users in with Google.</summary>
public class MutableClaimLookupTests
{
    private const string Header = """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        static class Startup
        {
            public static void Configure(IServiceCollection services) => services.AddAuthentication().AddGoogle(o => { o.ClientId = "id"; o.ClientSecret = "secret"; });
        }

        class AppUser { public string Id { get; set; } = ""; public string Email { get; set; } = ""; public string ObjectId { get; set; } = ""; public string TenantId { get; set; } = ""; }
        class Order { public string ContactEmail { get; set; } = ""; }

        """;

    private static Task Verify(string source) => Verify<MutableClaimRuleSet>.AnalyzerAsync(Header + source);

    [Fact]
    public Task FindByEmailAsyncWithFindFirstValue_Reports() => Verify("""
        class AccountController(UserManager<IdentityUser> users) : ControllerBase
        {
            public Task<IdentityUser?> Me() => users.FindByEmailAsync({|TVA6004:User.FindFirstValue(ClaimTypes.Email)|}!);
        }
        """);

    [Fact]
    public Task FindFirstValueThroughLocal_Reports() => Verify("""
        class AccountController(UserManager<IdentityUser> users) : ControllerBase
        {
            public async Task<IActionResult> Me()
            {
                var email = {|TVA6004:User.FindFirst("email")?.Value|};
                var user = await users.FindByEmailAsync(email!);
                return Ok(user);
            }
        }
        """);

    [Fact]
    public Task FindByNameAsyncWithClaimsFirst_Reports() => Verify("""
        class AccountController(UserManager<IdentityUser> users) : ControllerBase
        {
            public Task<IdentityUser?> Me() => users.FindByNameAsync({|TVA6004:User.Claims.First(c => c.Type == "preferred_username").Value|});
        }
        """);

    [Fact]
    public Task IdentityClaimsFirstOrDefaultWithCoalesce_Reports() => Verify("""
        class AccountController(UserManager<IdentityUser> users) : ControllerBase
        {
            public Task<IdentityUser?> Me()
            {
                var identity = (ClaimsIdentity)User.Identity!;
                var upn = {|TVA6004:identity.Claims.FirstOrDefault(c => c.Type == ClaimTypes.Upn)?.Value|} ?? "";
                return users.FindByNameAsync(upn.ToLowerInvariant());
            }
        }
        """);

    [Fact]
    public Task LinqFirstOrDefaultOverUsers_Reports() => Verify("""
        class AccountController(IQueryable<AppUser> users) : ControllerBase
        {
            public AppUser? Me()
            {
                var email = {|TVA6004:User.FindFirstValue("email")|};
                return users.FirstOrDefault(u => u.Email == email);
            }
        }
        """);

    [Theory]
    [InlineData("u => u.Id != \"\" && u.Email == email")]
    [InlineData("u => !(u.Id == \"\" || !u.Email.Equals(email))")]
    [InlineData("u => Equals(u.Email, email)")]
    [InlineData("u => { return u.Email == email; }")]
    [InlineData("delegate (AppUser u) { return u.Email == email; }")]
    public Task PredicateShapes_Report(string predicate) => Verify($$"""
        class AccountController(IQueryable<AppUser> users) : ControllerBase
        {
            public AppUser? Me()
            {
                var email = {|TVA6004:User.FindFirstValue("email")|};
                return users.AsEnumerable().FirstOrDefault({{predicate}});
            }
        }
        """);

    [Fact]
    public Task PredicateWithoutEquality_DoesNotReport() => Verify("""
        class AccountController(IQueryable<AppUser> users) : ControllerBase
        {
            public AppUser? Me()
            {
                var email = User.FindFirstValue("email")!;
                return users.FirstOrDefault(u => u.Email.StartsWith(email));
            }
        }
        """);

    [Fact]
    public Task QuerySyntaxOverUsers_Reports() => Verify("""
        class AccountController(IQueryable<AppUser> users) : ControllerBase
        {
            public AppUser? Me()
            {
                var email = {|TVA6004:HttpContext.User.FindFirstValue("upn")|};
                return (from u in users where u.Email.ToLower() == email select u).SingleOrDefault();
            }
        }
        """);

    [Fact]
    public Task ListFindWithStringEquals_Reports() => Verify("""
        class Accounts(List<AppUser> users)
        {
            public AppUser? Find(ClaimsPrincipal principal)
                => users.Find(u => string.Equals(u.Email, {|TVA6004:principal.FindFirstValue("unique_name")|}, StringComparison.OrdinalIgnoreCase));
        }
        """);

    [Fact]
    public Task OnTokenValidatedEventPrincipal_Reports() => Verify("""
        class Events(List<AppUser> users)
        {
            public JwtBearerEvents Create() => new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var email = {|TVA6004:context.Principal!.FindFirst(ClaimTypes.Email)!.Value|};
                    if (!users.Any(u => u.Email == email)) context.Fail("unknown user");
                    return Task.CompletedTask;
                },
            };
        }
        """);

    [Fact]
    public Task MinimalApiHttpContextUser_Reports() => Verify("""
        static class Endpoints
        {
            public static Task<IdentityUser?> Me(HttpContext http, UserManager<IdentityUser> users)
                => users.FindByEmailAsync({|TVA6004:http.User.FindFirstValue("email")|}!);
        }
        """);

    [Fact]
    public Task ExternalLoginInfoPrincipal_Reports() => Verify("""
        class ExternalLogin(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users)
        {
            public async Task<IdentityUser?> Callback()
            {
                var info = await signIn.GetExternalLoginInfoAsync();
                var email = {|TVA6004:info!.Principal.FindFirstValue(ClaimTypes.Email)|};
                return await users.FindByEmailAsync(email!);
            }
        }
        """);

    [Fact]
    public Task OnTicketReceivedPrincipal_Reports() => Verify("""
        static class GoogleEvents
        {
            public static void Configure(Microsoft.AspNetCore.Authentication.Google.GoogleOptions options) => options.Events.OnTicketReceived = async context =>
            {
                var users = context.HttpContext.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
                var user = await users.FindByEmailAsync({|TVA6004:context.Principal!.FindFirstValue("email")|}!);
                if (user is null) context.Fail("no account");
            };
        }
        """);

    [Fact]
    public Task LookupOnlyInDevelopment_DoesNotReport() => Verify("""
        class AccountController(UserManager<IdentityUser> users, Microsoft.AspNetCore.Hosting.IWebHostEnvironment env) : ControllerBase
        {
            public async Task<IdentityUser?> Me()
            {
                if (!env.IsDevelopment()) return null;
                return await users.FindByEmailAsync(User.FindFirstValue(ClaimTypes.Email)!);
            }
        }
        """);

    [Fact]
    public Task ClaimOnlyLoggedAndReturned_DoesNotReport() => Verify("""
        class AccountController(ILogger<AccountController> logger) : ControllerBase
        {
            public IActionResult Me()
            {
                var email = User.FindFirstValue(ClaimTypes.Email);
                logger.LogInformation("Signed in: {Email}", email);
                return Ok(new { email });
            }
        }
        """);

    [Fact]
    public Task LookupByObjectIdAndTenant_DoesNotReport() => Verify("""
        class AccountController(IQueryable<AppUser> users, UserManager<IdentityUser> manager) : ControllerBase
        {
            public AppUser? Me()
            {
                var oid = User.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier");
                var tid = User.FindFirstValue("tid");
                return users.SingleOrDefault(u => u.ObjectId == oid && u.TenantId == tid);
            }

            public Task<IdentityUser?> BySubject() => manager.FindByIdAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

            public AppUser? BySub() => users.FirstOrDefault(u => u.Id == User.FindFirstValue("sub"));
        }
        """);

    [Fact]
    public Task ClaimTypesName_DoesNotReport() => Verify("""
        class AccountController(UserManager<IdentityUser> users) : ControllerBase
        {
            public Task<IdentityUser?> Me() => users.FindByNameAsync(User.FindFirstValue(ClaimTypes.Name)!);
        }
        """);

    [Fact]
    public Task ApplicationsOwnFindByEmailAsync_DoesNotReport() => Verify("""
        class UserDirectory { public Task<AppUser?> FindByEmailAsync(string email) => Task.FromResult<AppUser?>(null); }

        class AccountController(UserDirectory users) : ControllerBase
        {
            public Task<AppUser?> Me() => users.FindByEmailAsync(User.FindFirstValue(ClaimTypes.Email)!);
        }
        """);

    [Fact]
    public Task CollectionOfOtherThanUsers_DoesNotReport() => Verify("""
        class OrdersController(IQueryable<Order> orders) : ControllerBase
        {
            public Order[] Mine()
            {
                var email = User.FindFirstValue("email");
                return orders.Where(o => o.ContactEmail == email).ToArray();
            }
        }
        """);

    [Fact]
    public Task PrincipalBuiltByTheCode_DoesNotReport() => Verify("""
        class Seeder(UserManager<IdentityUser> users)
        {
            public Task<IdentityUser?> Admin()
            {
                var principal = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim("email", "admin@example.com") }));
                return users.FindByEmailAsync(principal.FindFirstValue("email")!);
            }
        }
        """);

    [Fact]
    public Task ValueComparedNotWithUserMember_DoesNotReport() => Verify("""
        class AccountController(IQueryable<AppUser> users) : ControllerBase
        {
            public bool IsAdmin() => users.Any(u => User.FindFirstValue("email") == "admin@example.com");
        }
        """);
}
