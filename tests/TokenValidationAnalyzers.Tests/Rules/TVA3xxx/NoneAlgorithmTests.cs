using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3004: 'none' among the valid algorithms (every collection shape, every spelling) and in signing credentials.</summary>
public class NoneAlgorithmTests
{
    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            const string Unsigned = "none";

            void M(TokenValidationParameters parameters, JwtBearerOptions options, SecurityKey key)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task ArrayWithNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { "HS256", "none" }|} };
        """);

    [Fact]
    public Task TypedArrayWithNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new string[] { "none", "RS256" }|} };
        """);

    [Fact]
    public Task ListInitializerWithNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new List<string> { "RS256", "none" }|} };
        """);

    [Fact]
    public Task CollectionExpressionWithNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = ["HS256", "none"]|} };
        """);

    [Fact]
    public Task SecurityAlgorithmsNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.None }|} };
        """);

    [Theory]
    [InlineData("NONE")]
    [InlineData("None")]
    [InlineData("nOnE")]
    [InlineData(" none ")]
    public Task NoneInAnyCase_Reports(string spelling) => VerifyInMethod($$"""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { "RS256", "{{spelling}}" }|} };
        """);

    [Fact]
    public Task ConstFieldNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { "RS256", Unsigned }|} };
        """);

    [Fact]
    public Task OnlyNone_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new[] { "none" }|} };
        """);

    [Fact]
    public Task AssignmentStatementOnParameter_Reports() => VerifyInMethod("""
                {|TVA3004:parameters.ValidAlgorithms = new[] { "RS256", "none" }|};
        """);

    [Fact]
    public Task OptionsMemberChain_Reports() => VerifyInMethod("""
                {|TVA3004:options.TokenValidationParameters.ValidAlgorithms = ["none", "RS256"]|};
        """);

    [Fact]
    public Task NestedInitializer_Reports() => VerifyInMethod("""
                var o = new JwtBearerOptions { TokenValidationParameters = { {|TVA3004:ValidAlgorithms = new[] { "RS256", "none" }|} } };
        """);

    [Fact]
    public Task NoneInUnrelatedList_DoesNotReport() => VerifyInMethod("""
                var cacheModes = new List<string> { "none", "memory", "redis" };
                string[] compression = ["gzip", "none"];
        """);

    [Fact]
    public Task OnlyRealAlgorithms_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAlgorithms = new[] { "RS256" } };
                parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.EcdsaSha256];
        """);

    [Fact]
    public Task NoneAsPartOfAnotherValue_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidAlgorithms = new[] { "RS256", "nonexistent", "none-such" } };
        """);

    [Fact]
    public Task NoneInLookalikeProperty_DoesNotReport() => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        sealed class JwtSettings { public ICollection<string> ValidAlgorithms { get; set; } = new List<string>(); }
        class C
        {
            void M() { var s = new JwtSettings { ValidAlgorithms = new[] { "RS256", "none" } }; }
        }
        """);

    [Fact]
    public Task SigningCredentialsWithNone_ReportsOnArgument() => VerifyInMethod("""
                var credentials = new SigningCredentials(key, {|TVA3004:"none"|});
        """);

    [Fact]
    public Task SigningCredentialsWithSecurityAlgorithmsNone_ReportsOnArgument() => VerifyInMethod("""
                var credentials = new SigningCredentials(key, {|TVA3004:SecurityAlgorithms.None|});
        """);

    [Fact]
    public Task SigningCredentialsWithNamedNone_ReportsOnArgument() => VerifyInMethod("""
                var credentials = new SigningCredentials(key, {|TVA3004:algorithm: "NONE"|});
        """);

    [Fact]
    public Task SigningCredentialsWithRealAlgorithm_DoesNotReport() => VerifyInMethod("""
                var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        """);
}
