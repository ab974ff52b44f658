using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1001–TVA1006 on every shape that reaches a TokenValidationParameters outside options lambdas.</summary>
public class SwitchShapeTests
{
    private static Task VerifyInMethod(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly TokenValidationParameters _p;
            public C(TokenValidationParameters p) => _p = p;
            public TokenValidationParameters Parameters { get; set; } = new() { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
            void M(TokenValidationParameters parameters, JwtBearerOptions options)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task InitializerValidateIssuerFalse_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    {|TVA1001:ValidateIssuer = false|},
                };
        """);

    [Fact]
    public Task InitializerValidateIssuerTrue_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    ValidateIssuer = true,
                };
        """);

    [Fact]
    public Task InitializerAllSixSwitchesFalse_ReportsEach() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|},
                    {|TVA1002:ValidateAudience = false|},
                    {|TVA1003:ValidateLifetime = false|},
                    {|TVA1004:RequireSignedTokens = false|},
                    {|TVA1005:RequireExpirationTime = false|},
                    {|TVA1006:RequireAudience = false|},
                };
        """);

    [Fact]
    public Task InitializerAllSixSwitchesTrue_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    RequireAudience = true,
                };
        """);

    [Fact]
    public Task TargetTypedNewRequireAudienceFalse_Reports() => VerifyInMethod("""
                TokenValidationParameters p = new() { ValidIssuer = "https://issuer.test", ValidAudience = "api", {|TVA1006:RequireAudience = false|} };
        """);

    [Fact]
    public Task TargetTypedNewRequireAudienceTrue_DoesNotReport() => VerifyInMethod("""
                TokenValidationParameters p = new() { ValidIssuer = "https://issuer.test", ValidAudience = "api", RequireAudience = true };
        """);

    [Fact]
    public Task NestedInitializerJwtBearerValidateAudienceFalse_Reports() => VerifyInMethod("""
                var o = new JwtBearerOptions { TokenValidationParameters = { {|TVA1002:ValidateAudience = false|} } };
        """);

    [Fact]
    public Task NestedInitializerJwtBearerValidateAudienceTrue_DoesNotReport() => VerifyInMethod("""
                var o = new JwtBearerOptions { TokenValidationParameters = { ValidateAudience = true } };
        """);

    [Fact]
    public Task NestedInitializerOpenIdConnectRequireExpirationTimeFalse_Reports() => VerifyInMethod("""
                var o = new OpenIdConnectOptions { ClientId = "client", TokenValidationParameters = { {|TVA1005:RequireExpirationTime = false|} } };
        """);

    [Fact]
    public Task NestedInitializerOpenIdConnectRequireExpirationTimeTrue_DoesNotReport() => VerifyInMethod("""
                var o = new OpenIdConnectOptions { ClientId = "client", TokenValidationParameters = { RequireExpirationTime = true } };
        """);

    [Fact]
    public Task LocalAssignmentValidateLifetimeFalse_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                {|TVA1003:p.ValidateLifetime = false|};
        """);

    [Fact]
    public Task LocalAssignmentValidateLifetimeTrue_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                p.ValidateLifetime = true;
        """);

    [Fact]
    public Task FieldAssignmentRequireSignedTokensFalse_Reports() => VerifyInMethod("""
                {|TVA1004:_p.RequireSignedTokens = false|};
        """);

    [Fact]
    public Task FieldAssignmentRequireSignedTokensTrue_DoesNotReport() => VerifyInMethod("""
                _p.RequireSignedTokens = true;
        """);

    [Fact]
    public Task ParameterAssignmentRequireExpirationTimeFalse_Reports() => VerifyInMethod("""
                {|TVA1005:parameters.RequireExpirationTime = false|};
        """);

    [Fact]
    public Task ParameterAssignmentRequireExpirationTimeTrue_DoesNotReport() => VerifyInMethod("""
                parameters.RequireExpirationTime = true;
        """);

    [Fact]
    public Task PropertyAssignmentRequireAudienceFalse_Reports() => VerifyInMethod("""
                {|TVA1006:Parameters.RequireAudience = false|};
        """);

    [Fact]
    public Task PropertyAssignmentRequireAudienceTrue_DoesNotReport() => VerifyInMethod("""
                Parameters.RequireAudience = true;
        """);

    [Fact]
    public Task MemberChainValidateIssuerFalse_Reports() => VerifyInMethod("""
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
        """);

    [Fact]
    public Task MemberChainValidateIssuerTrue_DoesNotReport() => VerifyInMethod("""
                options.TokenValidationParameters.ValidateIssuer = true;
        """);

    [Fact]
    public Task MemberChainNullForgivingValidateAudienceFalse_Reports() => VerifyInMethod("""
                {|TVA1002:options!.TokenValidationParameters!.ValidateAudience = false|};
        """);

    [Fact]
    public Task MemberChainNullForgivingValidateAudienceTrue_DoesNotReport() => VerifyInMethod("""
                options!.TokenValidationParameters!.ValidateAudience = true;
        """);

    [Fact]
    public Task MemberChainParenthesizedValidateLifetimeFalse_Reports() => VerifyInMethod("""
                {|TVA1003:(options.TokenValidationParameters).ValidateLifetime = false|};
        """);

    [Fact]
    public Task MemberChainParenthesizedValidateLifetimeTrue_DoesNotReport() => VerifyInMethod("""
                (options.TokenValidationParameters).ValidateLifetime = true;
        """);

    [Fact]
    public Task ThisFieldRequireSignedTokensFalse_Reports() => VerifyInMethod("""
                {|TVA1004:this._p.RequireSignedTokens = false|};
        """);

    [Fact]
    public Task ThisFieldRequireSignedTokensTrue_DoesNotReport() => VerifyInMethod("""
                this._p.RequireSignedTokens = true;
        """);

    [Fact]
    public Task ThisPropertyMemberChainRequireAudienceFalse_Reports() => VerifyInMethod("""
                {|TVA1006:(this.Parameters!).RequireAudience = false|};
        """);

    [Fact]
    public Task AliasLocalValidateLifetimeFalse_Reports() => VerifyInMethod("""
                var tvp = options.TokenValidationParameters;
                {|TVA1003:tvp.ValidateLifetime = false|};
        """);

    [Fact]
    public Task AliasLocalValidateLifetimeTrue_DoesNotReport() => VerifyInMethod("""
                var tvp = options.TokenValidationParameters;
                tvp.ValidateLifetime = true;
        """);

    [Fact]
    public Task CloneRequireSignedTokensFalse_Reports() => VerifyInMethod("""
                var copy = parameters.Clone();
                {|TVA1004:copy.RequireSignedTokens = false|};
        """);

    [Fact]
    public Task CloneRequireSignedTokensTrue_DoesNotReport() => VerifyInMethod("""
                var copy = parameters.Clone();
                copy.RequireSignedTokens = true;
        """);

    [Fact]
    public Task CloneOfFieldValidateAudienceFalse_Reports() => VerifyInMethod("""
                var copy = _p.Clone();
                {|TVA1002:copy.ValidateAudience = false|};
        """);

    [Fact]
    public Task SubclassConstructorImplicitThisValidateLifetimeFalse_Reports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyParameters : TokenValidationParameters
        {
            public MyParameters()
            {
                {|TVA1003:ValidateLifetime = false|};
            }
        }
        """);

    [Fact]
    public Task SubclassConstructorImplicitThisValidateLifetimeTrue_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyParameters : TokenValidationParameters
        {
            public MyParameters()
            {
                ValidateLifetime = true;
            }
        }
        """);

    [Fact]
    public Task SubclassConstructorExplicitThisRequireExpirationTimeFalse_Reports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyParameters : TokenValidationParameters
        {
            public MyParameters()
            {
                ValidIssuer = "https://issuer.test";
                {|TVA1005:this.RequireExpirationTime = false|};
            }
        }
        """);

    [Fact]
    public Task SubclassInitializerValidateIssuerFalse_Reports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyParameters : TokenValidationParameters
        {
        }

        class C
        {
            TokenValidationParameters Create() => new MyParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|} };
        }
        """);

    [Fact]
    public Task SubclassInitializerValidateIssuerTrue_DoesNotReport() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyParameters : TokenValidationParameters
        {
        }

        class C
        {
            TokenValidationParameters Create() => new MyParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", ValidateIssuer = true };
        }
        """);

    [Fact]
    public Task FieldInitializerRequireAudienceFalse_Reports() => Verify<ValidationSwitchRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private static readonly TokenValidationParameters Shared = new()
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
                {|TVA1006:RequireAudience = false|},
            };
        }
        """);
}
