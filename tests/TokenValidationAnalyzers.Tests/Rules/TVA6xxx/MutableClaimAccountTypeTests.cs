using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6004: which lookups find an account — the element is a user or account, and the compared member is its login identity.</summary>
public class MutableClaimAccountTypeTests
{
    private const string Header = """
        using System.Security.Claims;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.DependencyInjection;

        static class Startup
        {
            public static void Configure(IServiceCollection services) => services.AddAuthentication().AddGoogle(o => { o.ClientId = "id"; o.ClientSecret = "secret"; });
        }

        """;

    private static Task Verify(string type, string lookup, bool reports)
    {
        const string Claim = "User.FindFirstValue(ClaimTypes.Email)";
        return Verify<MutableClaimRuleSet>.AnalyzerAsync(Header + type + $$"""


            class LookupController(IQueryable<ELEMENT> items) : ControllerBase
            {
                public bool Exists() => items.Any(x => {{lookup.Replace("CLAIM", reports ? "{|TVA6004:" + Claim + "|}" : Claim, StringComparison.Ordinal)}});
            }
            """.Replace("ELEMENT", type.Split(' ')[1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("class ApplicationUser { public string Email { get; set; } = \"\"; }", "x.Email == CLAIM")]
    [InlineData("class UserAccount { public string UserName { get; set; } = \"\"; }", "x.UserName == CLAIM")]
    [InlineData("class UserEntity { public string NormalizedEmail { get; set; } = \"\"; }", "x.NormalizedEmail == CLAIM!.ToUpperInvariant()")]
    [InlineData("class AspNetUsers { public string Email { get; set; } = \"\"; }", "x.Email == CLAIM")]
    [InlineData("class Account { public string Login { get; set; } = \"\"; }", "x.Login == CLAIM")]
    [InlineData("class Member : IdentityUser { }", "x.NormalizedEmail == CLAIM")]
    [InlineData("interface IUser { string EmailAddress { get; } }", "x.EmailAddress == CLAIM")]
    [InlineData("class StaffUser { public string Upn { get; set; } = \"\"; }", "string.Equals(x.Upn, CLAIM, StringComparison.OrdinalIgnoreCase)")]
    public Task AccountByLoginIdentity_Reports(string type, string lookup) => Verify(type, lookup, reports: true);

    [Theory]
    [InlineData("class UserPreferences { public string Email { get; set; } = \"\"; }", "x.Email == CLAIM")]
    [InlineData("class AccountingEntry { public string Email { get; set; } = \"\"; }", "x.Email == CLAIM")]
    [InlineData("class UserAgentInfo { public string Value { get; set; } = \"\"; }", "x.Value == CLAIM")]
    [InlineData("class UserEmailLog { public string Email { get; set; } = \"\"; }", "x.Email == CLAIM")]
    [InlineData("class AppUser { public string ReferrerEmail { get; set; } = \"\"; }", "x.ReferrerEmail == CLAIM")]
    [InlineData("class Member : IdentityUser { public string ManagerEmail { get; set; } = \"\"; }", "x.ManagerEmail == CLAIM")]
    public Task OtherThanAccountLoginIdentity_DoesNotReport(string type, string lookup) => Verify(type, lookup, reports: false);
}
