using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1009/TVA1010 do not judge a TokenValidationParameters created as a member's default: it waits to be configured.</summary>
public class MissingIssuerAudiencePlaceholderTests
{
    private static Task VerifyMember(string member) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.IdentityModel.Tokens;
        public sealed class AuthSettings
        {
        {{member}}
        }
        """);

    [Fact]
    public Task PropertyInitializerTargetTypedNew_DoesNotReport()
        => VerifyMember("    public TokenValidationParameters Parameters { get; set; } = new();");

    [Fact]
    public Task PropertyInitializerNew_DoesNotReport()
        => VerifyMember("    public TokenValidationParameters Parameters { get; set; } = new TokenValidationParameters();");

    [Fact]
    public Task PropertyInitializerWithObjectInitializer_DoesNotReport()
        => VerifyMember("    public TokenValidationParameters Parameters { get; set; } = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };");

    [Fact]
    public Task FieldInitializer_DoesNotReport()
        => VerifyMember("    private readonly TokenValidationParameters _parameters = new TokenValidationParameters();");

    [Fact]
    public Task StaticFieldInitializer_DoesNotReport()
        => VerifyMember("    public static readonly TokenValidationParameters Default = new() { ClockSkew = TimeSpan.Zero };");

    [Fact]
    public Task OptionsPropertyInitializerHoldingParameters_DoesNotReport() => VerifyMember("""
            public Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions Options { get; } = new()
            {
                TokenValidationParameters = new TokenValidationParameters { ClockSkew = TimeSpan.Zero },
            };
        """);

    [Fact]
    public Task PlaceholderSwitchedOff_StillReportsTVA1001()
        => VerifyMember("    public TokenValidationParameters Parameters { get; set; } = new() { {|TVA1001:ValidateIssuer = false|} };");

    [Fact]
    public Task MethodLocalCreation_Reports() => VerifyMember("""
            public TokenValidationParameters Create()
            {
                var parameters = {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};
                return parameters;
            }
        """);

    [Fact]
    public Task ExpressionBodiedPropertyCreation_Reports()
        => VerifyMember("    public TokenValidationParameters Parameters => {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};");

    [Fact]
    public Task LambdaInFieldInitializer_Reports() => VerifyMember("""
            private static readonly Func<TokenValidationParameters> Factory = () => {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};
        """);
}
