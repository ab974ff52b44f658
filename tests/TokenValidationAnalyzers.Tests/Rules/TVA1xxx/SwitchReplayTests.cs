using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1007: ValidateTokenReplay switched on with nothing to check replays against.</summary>
public class SwitchReplayTests
{
    private static Task VerifyInMethod(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly ITokenReplayCache _cache;

            public C(ITokenReplayCache cache) => _cache = cache;

            static bool CheckReplay(DateTime? expires, string token, TokenValidationParameters parameters)
                => expires is not null ? true : throw new SecurityTokenReplayDetectedException("replayed");

            static void Configure(TokenValidationParameters parameters)
            {
            }

            async Task M(IServiceCollection services, string token)
            {
        {{body}}
                await Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task InitializerWithoutCache_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    {|TVA1007:ValidateTokenReplay = true|},
                };
        """);

    [Fact]
    public Task InitializerWithCache_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    ValidateTokenReplay = true,
                    TokenReplayCache = _cache,
                };
        """);

    [Fact]
    public Task InitializerWithReplayValidator_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    ValidateTokenReplay = true,
                    TokenReplayValidator = CheckReplay,
                };
        """);

    [Fact]
    public Task CacheLaterThroughSameLocal_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", ValidateTokenReplay = true };
                p.TokenReplayCache = _cache;
        """);

    [Fact]
    public Task ReplayValidatorLaterThroughSameLocal_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                p.ValidateTokenReplay = true;
                p.TokenReplayValidator = CheckReplay;
        """);

    [Fact]
    public Task CacheSetToNull_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.test",
                    ValidAudience = "api",
                    {|TVA1007:ValidateTokenReplay = true|},
                    TokenReplayCache = null,
                };
        """);

    [Fact]
    public Task StatementWithoutCache_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                {|TVA1007:p.ValidateTokenReplay = true|};
        """);

    [Fact]
    public Task ValidateTokenReplayFalse_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", ValidateTokenReplay = false };
                p.ValidateTokenReplay = false;
        """);

    [Fact]
    public Task PassedToMethod_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", ValidateTokenReplay = true };
                Configure(p);
        """);

    [Fact]
    public Task PassedToTokenHandler_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", {|TVA1007:ValidateTokenReplay = true|} };
                var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, p);
        """);

    [Fact]
    public Task CacheOnDifferentObject_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", {|TVA1007:ValidateTokenReplay = true|} };
                var other = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api", TokenReplayCache = _cache };
        """);

    [Fact]
    public Task OptionsLambdaWithoutCache_Reports() => VerifyInMethod("""
                services.AddAuthentication().AddJwtBearer(o => {|TVA1007:o.TokenValidationParameters.ValidateTokenReplay = true|});
        """);

    [Fact]
    public Task OptionsLambdaWithCache_DoesNotReport() => VerifyInMethod("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters.ValidateTokenReplay = true;
                    o.TokenValidationParameters.TokenReplayCache = _cache;
                });
        """);
}
