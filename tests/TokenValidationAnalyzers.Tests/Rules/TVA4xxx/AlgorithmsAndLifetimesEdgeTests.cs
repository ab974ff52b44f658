using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA4xxx;

/// <summary>Less common shapes: options lambdas, target-typed creations, spreads, multi-part TimeSpan factories, several rules on one creation.</summary>
public class AlgorithmsAndLifetimesEdgeTests
{
    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static readonly string[] Defaults = { "RS256" };

            object M(IServiceCollection services, SigningCredentials credentials, ClaimsIdentity subject, IEnumerable<Claim> claims)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task AddJwtBearerLambda_ReportsNoneAndSkew() => VerifyInMethod("""
                return services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        {|TVA3004:ValidAlgorithms = ["RS256", "none"]|},
                        {|TVA4001:ClockSkew = TimeSpan.FromHours(1)|},
                    };
                });
        """);

    [Fact]
    public Task ConfigureJwtBearerOptionsExpressionLambda_ReportsSkew() => VerifyInMethod("""
                return services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => {|TVA4001:o.TokenValidationParameters.ClockSkew = TimeSpan.FromDays(1)|});
        """);

    [Fact]
    public Task SpreadWithNone_Reports() => VerifyInMethod("""
                return new TokenValidationParameters { {|TVA3004:ValidAlgorithms = [.. Defaults, "none"]|} };
        """);

    [Fact]
    public Task HashSetInitializerWithNone_Reports() => VerifyInMethod("""
                return new TokenValidationParameters { {|TVA3004:ValidAlgorithms = new HashSet<string> { "none", "RS256" }|} };
        """);

    [Fact]
    public Task FractionalMinutes_Reports() => VerifyInMethod("""
                return new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(5.5)|} };
        """);

    [Fact]
    public Task OverflowingSkew_ReportsAsMaxValue() => VerifyInMethod("""
                return new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromDays(double.MaxValue / 2)|} };
        """);

    [Fact]
    public Task MultiPartFactoryAboveLimit_Reports() => VerifyInMethod("""
                return new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(4, 120)|} };
        """);

    [Fact]
    public Task MultiPartFactoryExpiryAboveLimit_Reports() => VerifyInMethod("""
                return new SecurityTokenDescriptor { {|TVA4002:Expires = DateTime.UtcNow.Add(TimeSpan.FromDays(0, 48))|}, SigningCredentials = credentials };
        """);

    [Fact]
    public Task TargetTypedDescriptorWithoutCredentials_ReportsOnNew() => VerifyInMethod("""
                SecurityTokenDescriptor descriptor = {|TVA3006:new()|};
                descriptor.Subject = subject;
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task TargetTypedDescriptorWithInitializer_ReportsThroughParentheses() => VerifyInMethod("""
                SecurityTokenDescriptor descriptor = {|TVA3006:new()|} { Subject = subject };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task UnsignedTokenWithoutExpiryWritten_ReportsBoth() => VerifyInMethod("""
                var token = {|TVA3006:{|TVA4003:new JwtSecurityToken|}|}("https://issuer.example", "api", claims);
                return new JwtSecurityTokenHandler().WriteToken(token);
        """);

    [Fact]
    public Task UnsignedDescriptorWithoutExpiryToHandlerWithoutDefaultTimes_ReportsBoth() => VerifyInMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = {|TVA3006:{|TVA4003:new SecurityTokenDescriptor|}|} { Subject = subject };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task HandlerWithoutDefaultTimesInProduction_Reports() => VerifyInMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") == "Development" };
                var descriptor = {|TVA4003:new SecurityTokenDescriptor|} { Subject = subject, SigningCredentials = credentials };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task HandlerWithoutDefaultTimesInDevelopmentOnly_DoesNotReport() => VerifyInMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") != "Development" };
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task HeaderAndPayloadToken_DoesNotReport() => VerifyInMethod("""
                var token = new JwtSecurityToken(new JwtHeader(credentials), new JwtPayload(claims));
                return new JwtSecurityTokenHandler().WriteToken(token);
        """);

    [Fact]
    public Task CreateTokenFromPayloadString_DoesNotReport() => VerifyInMethod("""
                return new JsonWebTokenHandler().CreateToken("{\"sub\":\"1\"}", credentials);
        """);

    [Fact]
    public Task DescriptorWithConditionalCredentials_DoesNotReport() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = subject.IsAuthenticated ? credentials : null };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task ExpiryInDescriptorInsideLambda_Reports() => VerifyInMethod("""
                Func<string> issue = () => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
                {
                    {|TVA4002:Expires = DateTime.UtcNow.AddDays(30)|},
                    SigningCredentials = credentials,
                });
                return issue;
        """);
}
