using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001 through the application's helpers, conditionals whose arms all accept, and <c>+=</c>.</summary>
public class AcceptsEverythingFollowTests
{
    private static Task VerifyInMethod(string body, string members = "") => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly ILogger<C> _logger;
            public C(ILogger<C> logger) => _logger = logger;
            static bool AcceptAll(IEnumerable<string> audiences) => true;
            static bool AcceptAllIndirectly(IEnumerable<string> audiences) => AcceptAll(audiences);
            bool AcceptAndLog(IEnumerable<string> audiences)
            {
                _logger.LogInformation("audience check skipped");
                return true;
            }
            static bool AcceptThreeDeep(IEnumerable<string> audiences) => AcceptAllIndirectly(audiences);
            static bool RequireApi(IEnumerable<string> audiences) => audiences.Contains("api") ? true : throw new SecurityTokenInvalidAudienceException("no");
            static bool AcceptAfterCheck(IEnumerable<string> audiences)
            {
                EnsureAllowed(audiences);
                return true;
            }
            static void EnsureAllowed(IEnumerable<string> audiences) { }
            static bool CallsThrowingHelper(IEnumerable<string> audiences) => RequireApi(audiences);
            protected virtual bool AcceptVirtual(IEnumerable<string> audiences) => true;
            static string SameIssuer(string issuer) => issuer;
            static string SameIssuerIndirectly(string issuer) => SameIssuer(issuer);
            static string KnownIssuer(string issuer) => issuer == "https://issuer.test" ? issuer : throw new SecurityTokenInvalidIssuerException("no");
            static bool AcceptAllThree(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters) => AcceptAll(audiences);
        {{members}}
            void M(TokenValidationParameters p, bool c, bool d, int n)
            {
        {{body}}
            }
        }
        interface IChecks { bool Accept(IEnumerable<string> audiences); }
        """);

    [Theory]
    [InlineData("AcceptAll(a)")]
    [InlineData("AcceptAllIndirectly(a)")]
    [InlineData("AcceptAndLog(a)")]
    [InlineData("C.AcceptAll(a)")]
    public Task ForwardsToHelperThatAccepts_Reports(string call) => VerifyInMethod($$"""
                {|TVA2001:p.AudienceValidator = (a, t, q) => {{call}}|};
        """);

    [Fact]
    public Task BlockForwardsToHelperThatAccepts_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, q) =>
                {
                    return AcceptAll(a);
                }|};
        """);

    [Fact]
    public Task MethodGroupToForwardingHelper_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = AcceptAllThree|};
        """);

    [Theory]
    [InlineData("RequireApi(a)")]
    [InlineData("AcceptAfterCheck(a)")]
    [InlineData("CallsThrowingHelper(a)")]
    [InlineData("AcceptVirtual(a)")]
    [InlineData("checks.Accept(a)")]
    [InlineData("System.Linq.Enumerable.Any(a)")]
    public Task ForwardsToHelperThatMayReject_DoesNotReport(string call) => VerifyInMethod($$"""
                IChecks checks = null!;
                p.AudienceValidator = (a, t, q) => {{call}};
        """);

    [Fact]
    public Task ForwardsThreeCallsDeep_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, q) => AcceptThreeDeep(a);
        """);

    [Theory]
    [InlineData("c ? true : true")]
    [InlineData("c ? true : (d ? true : true)")]
    [InlineData("(c ? true : true) ? true : true")]
    [InlineData("n switch { 1 => true, _ => true }")]
    [InlineData("c ? AcceptAll(a) : true")]
    public Task ConditionalWhoseArmsAllAccept_Reports(string value) => VerifyInMethod($$"""
                {|TVA2001:p.AudienceValidator = (a, t, q) => {{value}}|};
        """);

    [Theory]
    [InlineData("c ? true : false")]
    [InlineData("c ? true : (d ? true : a.Any())")]
    [InlineData("n switch { 1 => true, _ => false }")]
    [InlineData("n switch { 1 => true, _ => throw new SecurityTokenInvalidAudienceException(\"no\") }")]
    public Task ConditionalWithARejectingArm_DoesNotReport(string value) => VerifyInMethod($$"""
                p.AudienceValidator = (a, t, q) => {{value}};
        """);

    [Fact]
    public Task BlockReturnsConditionalOfTrue_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, q) =>
                {
                    return c ? true : true;
                }|};
        """);

    [Theory]
    [InlineData("SameIssuer(issuer)")]
    [InlineData("SameIssuerIndirectly(issuer)")]
    public Task IssuerValidatorForwardsToHelperReturningItsInput_Reports(string call) => VerifyInMethod($$"""
                {|TVA2001:p.IssuerValidator = (issuer, token, parameters) => {{call}}|};
        """);

    [Theory]
    [InlineData("KnownIssuer(issuer)")]
    [InlineData("SameIssuer(\"https://other.test\" + issuer)")]
    [InlineData("SameIssuer(token.Id)")]
    public Task IssuerValidatorHelperChecksOrGetsOtherInput_DoesNotReport(string call) => VerifyInMethod($$"""
                p.IssuerValidator = (issuer, token, parameters) => {{call}};
        """);

    [Fact]
    public Task CompoundAddition_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator += (a, t, q) => true|};
        """);

    [Fact]
    public Task CompoundAdditionOfMethodGroup_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator += AcceptAllThree|};
        """);

    [Fact]
    public Task CompoundSubtraction_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator -= (a, t, q) => true;
                p.AudienceValidator -= AcceptAllThree;
        """);

    [Fact]
    public Task CompoundAdditionOfRejectingDelegate_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator += (a, t, q) => a.Contains("api");
        """);

    [Fact]
    public Task LookAlikeCompoundAddition_DoesNotReport() => VerifyInMethod("""
                var settings = new Settings();
                settings.AudienceValidator += (a, t, q) => true;
        """, """
            class Settings { public AudienceValidator? AudienceValidator { get; set; } }
        """);

    [Fact]
    public Task RecursiveHelper_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, q) => Loop(a);
        """, """
            static bool Loop(IEnumerable<string> audiences) => Loop(audiences);
        """);
}
