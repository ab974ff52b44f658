using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1009/TVA1010 on a <c>TokenValidationParameters</c> created and configured in one method.</summary>
public class MissingIssuerAudienceTests
{
    private static Task Verify(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters Create(IConfiguration config, bool validate)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task Initializer_WithoutIssuerAndAudience_ReportsBoth() => Verify("""
                return {|TVA1009:{|TVA1010:new TokenValidationParameters|}|}
                {
                    ClockSkew = TimeSpan.Zero,
                };
        """);

    [Fact]
    public Task ArgumentListAndInitializer_ReportsThroughParentheses() => Verify("""
                return {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|} { ClockSkew = TimeSpan.Zero };
        """);

    [Fact]
    public Task TargetTypedNew_ReportsBoth() => Verify("""
                TokenValidationParameters p = {|TVA1009:{|TVA1010:new()|}|} { ClockSkew = TimeSpan.Zero };
                return p;
        """);

    [Fact]
    public Task CreationThenUnrelatedAssignmentsThroughLocal_ReportsBoth() => Verify("""
                var p = {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};
                p.ClockSkew = TimeSpan.Zero;
                p.ValidateIssuer = true;
                p.ValidateAudience = true;
                return p;
        """);

    [Fact]
    public Task ValidateIssuerExplicitlyTrue_StillReports() => Verify("""
                return {|TVA1009:new TokenValidationParameters|} { ValidateIssuer = true, ValidAudience = "api" };
        """);

    [Theory]
    [InlineData("ValidIssuer = \"https://issuer\"")]
    [InlineData("ValidIssuers = new[] { \"https://a\", \"https://b\" }")]
    [InlineData("ValidIssuer = config[\"Jwt:Issuer\"]")]
    [InlineData("IssuerValidator = (issuer, token, parameters) => issuer")]
    [InlineData("IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) => issuer")]
    public Task IssuerSuppliedInInitializer_DoesNotReportTVA1009(string issuer) => Verify($$"""
                return new TokenValidationParameters
                {
                    {{issuer}},
                    ValidAudience = "api",
                };
        """);

    [Theory]
    [InlineData("ValidAudience = \"api\"")]
    [InlineData("ValidAudiences = new List<string> { \"api\" }")]
    [InlineData("ValidAudience = config[\"Jwt:Audience\"]")]
    [InlineData("AudienceValidator = (audiences, token, parameters) => audiences.Contains(\"api\")")]
    public Task AudienceSuppliedInInitializer_DoesNotReportTVA1010(string audience) => Verify($$"""
                return new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer",
                    {{audience}},
                };
        """);

    [Theory]
    [InlineData("p.ValidIssuer = \"https://issuer\";")]
    [InlineData("p.ValidIssuers = new[] { \"https://issuer\" };")]
    [InlineData("p.IssuerValidator = (issuer, token, parameters) => issuer;")]
    [InlineData("p.IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) => issuer;")]
    public Task IssuerSuppliedLaterThroughLocal_DoesNotReportTVA1009(string issuer) => Verify($$"""
                var p = new TokenValidationParameters();
                p.ValidAudience = "api";
                {{issuer}}
                return p;
        """);

    [Theory]
    [InlineData("p.ValidAudience = \"api\";")]
    [InlineData("p.ValidAudiences = new[] { \"api\" };")]
    [InlineData("p.AudienceValidator = (audiences, token, parameters) => true;")]
    public Task AudienceSuppliedLaterThroughLocal_DoesNotReportTVA1010(string audience) => Verify($$"""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer" };
                {{audience}}
                return p;
        """);

    [Fact]
    public Task OnlyIssuerSuppliedLater_ReportsTVA1010() => Verify("""
                var p = {|TVA1010:new TokenValidationParameters()|};
                p.ValidIssuer = config["Jwt:Issuer"];
                return p;
        """);

    [Fact]
    public Task AliasLocal_CountsAssignments() => Verify("""
                var p = new TokenValidationParameters();
                var alias = p;
                alias.ValidIssuer = "https://issuer";
                alias.ValidAudience = "api";
                return p;
        """);

    [Fact]
    public Task ConfigurationManagerSuppliesIssuer_ReportsOnlyTVA1010() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters Create(BaseConfigurationManager manager)
                => {|TVA1010:new TokenValidationParameters|} { ConfigurationManager = manager };
        }
        """);

    [Fact]
    public Task ValidateIssuerFalse_ReportsTVA1001NotTVA1009() => Verify("""
                return new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|},
                    ValidAudience = "api",
                };
        """);

    [Fact]
    public Task ValidateAudienceFalse_ReportsTVA1002NotTVA1010() => Verify("""
                return new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer",
                    {|TVA1002:ValidateAudience = false|},
                };
        """);

    [Fact]
    public Task ValidateIssuerFromRuntimeValue_ReportsTVA1008NotTVA1009() => Verify("""
                return new TokenValidationParameters
                {
                    {|TVA1008:ValidateIssuer = validate|},
                    ValidAudience = "api",
                };
        """);

    [Fact]
    public Task ValidateAudienceFromRuntimeValue_ReportsTVA1008NotTVA1010() => Verify("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer" };
                {|TVA1008:p.ValidateAudience = config["Jwt:ValidateAudience"] == "true"|};
                return p;
        """);

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public Task BlankValidIssuer_ReportsOnAssignment(string blank) => Verify($$"""
                return new TokenValidationParameters
                {
                    {|TVA1009:ValidIssuer = {{blank}}|},
                    ValidAudience = "api",
                };
        """);

    [Fact]
    public Task StringEmptyValidIssuer_ReportsOnAssignment() => Verify("""
                return new TokenValidationParameters
                {
                    {|TVA1009:ValidIssuer = string.Empty|},
                    ValidAudience = "api",
                };
        """);

    [Theory]
    [InlineData("new string[0]")]
    [InlineData("Array.Empty<string>()")]
    [InlineData("new string[] { }")]
    [InlineData("[]")]
    public Task EmptyValidAudiences_ReportsOnAssignment(string empty) => Verify($$"""
                return new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer",
                    {|TVA1010:ValidAudiences = {{empty}}|},
                };
        """);

    [Fact]
    public Task BlankValidAudience_ReportsOnAssignment() => Verify("""
                return new TokenValidationParameters { ValidIssuer = "https://issuer", {|TVA1010:ValidAudience = ""|} };
        """);

    [Fact]
    public Task BlankValidIssuerAssignedThroughLocal_ReportsOnAssignment() => Verify("""
                var p = new TokenValidationParameters { ValidAudience = "api" };
                {|TVA1009:p.ValidIssuer = ""|};
                return p;
        """);

    [Fact]
    public Task RuntimeValues_DoNotReport() => Verify("""
                return new TokenValidationParameters
                {
                    ValidIssuer = config["Jwt:Issuer"],
                    ValidAudiences = config.GetSection("Jwt:Audiences").GetChildren().Select(s => s.Value!),
                };
        """);

    [Fact]
    public Task PassedToUnknownMethod_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters Create()
            {
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                Customize(p);
                return p;
            }

            static void Customize(TokenValidationParameters p) => p.ValidIssuer = "https://issuer";
        }
        """);

    [Fact]
    public Task PassedToUnknownConstructor_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class Holder
        {
            public Holder(TokenValidationParameters p) => P = p;
            public TokenValidationParameters P { get; }
        }
        class C
        {
            Holder Create()
            {
                var p = new TokenValidationParameters();
                return new Holder(p);
            }
        }
        """);

    [Fact]
    public Task PassedToJwtSecurityTokenHandlerValidateToken_StillReports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            ClaimsPrincipal Validate(string token, SecurityKey key)
            {
                var p = {|TVA1009:{|TVA1010:new TokenValidationParameters|}|} { IssuerSigningKey = key };
                var handler = new JwtSecurityTokenHandler();
                return handler.ValidateToken(token, p, out _);
            }
        }
        """);

    [Fact]
    public Task ReturnedFromMethod_StillReports() => Verify("""
                var p = {|TVA1009:{|TVA1010:new TokenValidationParameters|}|} { ClockSkew = TimeSpan.Zero };
                return p;
        """);
}
