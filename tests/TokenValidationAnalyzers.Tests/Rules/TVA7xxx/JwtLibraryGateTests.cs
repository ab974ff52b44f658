using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA7xxx;

/// <summary>Applications that use JWT.Net or jose-jwt without IdentityModel get the rules too.</summary>
public class JwtLibraryGateTests
{
    [Fact]
    public Task JwtNetWithoutIdentityModel_Reports() => Verify<JwtLibraryRuleSet>.AnalyzerAsync(TestReferences.JwtLibrariesWithoutIdentityModel, """
        using JWT;
        using JWT.Builder;
        class C
        {
            string M(IJwtDecoder decoder, string token, string key)
                => new JwtBuilder().WithSecret(key).{|TVA7001:Decode|}(token) + decoder.{|TVA7001:Decode|}(token, key, verify: false);
        }
        """);

    [Fact]
    public Task JoseJwtWithoutIdentityModel_Reports() => Verify<JwtLibraryRuleSet>.AnalyzerAsync(TestReferences.JwtLibrariesWithoutIdentityModel, """
        class C
        {
            string M(string token) => Jose.JWT.{|TVA7001:Decode|}(token);
        }
        """);
}
