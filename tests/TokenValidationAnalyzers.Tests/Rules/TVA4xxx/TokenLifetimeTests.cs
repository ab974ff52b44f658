using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA4xxx;

/// <summary>TVA4002 (expiry beyond the default or .editorconfig limit) and TVA4003 (tokens without expiry).</summary>
public class TokenLifetimeTests
{
    private static string InMethod(string body) => $$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            object M(SigningCredentials credentials, ClaimsIdentity subject, IEnumerable<Claim> claims, JsonWebTokenHandler injected, TimeSpan lifetime)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync(InMethod(body));

    private static Task VerifyWithLimit(string limit, string body)
    {
        var test = new Verify<AlgorithmAndLifetimeRuleSet>.Test();
        test.TestState.Sources.Add(InMethod(body));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\ndotnet_code_quality.TVA4002.max_token_lifetime = {limit}\n"));
        return test.RunAsync();
    }

    private static string Descriptor(string expires) => $$"""
                var descriptor = new SecurityTokenDescriptor { Subject = subject, {{expires}}, SigningCredentials = credentials };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """;

    [Fact]
    public Task AddDays365_Reports() => VerifyInMethod(Descriptor("{|TVA4002:Expires = DateTime.UtcNow.AddDays(365)|}"));

    [Fact]
    public Task AddHours48_Reports() => VerifyInMethod(Descriptor("{|TVA4002:Expires = DateTime.UtcNow.AddHours(48)|}"));

    [Fact]
    public Task AddTimeSpanFromDays30_Reports() => VerifyInMethod(Descriptor("{|TVA4002:Expires = DateTime.UtcNow.Add(TimeSpan.FromDays(30))|}"));

    [Fact]
    public Task NowAddYears1_Reports() => VerifyInMethod(Descriptor("{|TVA4002:Expires = DateTime.Now.AddYears(1)|}"));

    [Fact]
    public Task AddMonths2_Reports() => VerifyInMethod(Descriptor("{|TVA4002:Expires = DateTime.UtcNow.AddMonths(2)|}"));

    [Fact]
    public Task DateTimeOffsetAddDays7UtcDateTime_Reports() => VerifyInMethod(Descriptor("{|TVA4002:Expires = DateTimeOffset.UtcNow.AddDays(7).UtcDateTime|}"));

    [Fact]
    public Task NowLocal_Reports() => VerifyInMethod("""
                var now = DateTime.UtcNow;
                var descriptor = new SecurityTokenDescriptor { Subject = subject, IssuedAt = now, {|TVA4002:Expires = now.AddDays(30)|}, SigningCredentials = credentials };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task AssignmentStatement_Reports() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials };
                {|TVA4002:descriptor.Expires = DateTime.UtcNow.AddDays(90)|};
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task JwtSecurityTokenExpiresArgument_ReportsOnArgument() => VerifyInMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, {|TVA4002:expires: DateTime.UtcNow.AddDays(30)|}, signingCredentials: credentials);
        """);

    [Fact]
    public Task JwtSecurityTokenPositionalExpires_ReportsOnArgument() => VerifyInMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, DateTime.UtcNow, {|TVA4002:DateTime.UtcNow.AddDays(30)|}, credentials);
        """);

    [Fact]
    public Task CreateJwtSecurityTokenExpiresArgument_ReportsOnArgument() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                return handler.CreateJwtSecurityToken(issuer: "https://issuer.example", audience: "api", subject: subject, {|TVA4002:expires: DateTime.UtcNow.AddYears(1)|}, signingCredentials: credentials);
        """);

    [Fact]
    public Task CreateEncodedJwtPositionalExpires_ReportsOnArgument() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                return handler.CreateEncodedJwt("https://issuer.example", "api", subject, null, {|TVA4002:DateTime.UtcNow.AddDays(7)|}, null, credentials);
        """);

    [Fact]
    public Task AddMinutes30_DoesNotReport() => VerifyInMethod(Descriptor("Expires = DateTime.UtcNow.AddMinutes(30)"));

    [Fact]
    public Task AddHours24EqualToLimit_DoesNotReport() => VerifyInMethod(Descriptor("Expires = DateTime.UtcNow.AddHours(24)"));

    [Fact]
    public Task RuntimeAndChainedExpiries_DoNotReport() => VerifyInMethod("""
                var a = new SecurityTokenDescriptor { Expires = DateTime.UtcNow.Add(lifetime) };
                var b = new SecurityTokenDescriptor { Expires = DateTime.UtcNow.AddDays(7).AddHours(1) };
                var c = new SecurityTokenDescriptor { Expires = DateTime.Today.AddDays(30) };
                return new JwtSecurityToken("https://issuer.example", "api", claims, expires: DateTime.UtcNow.AddMinutes(15), signingCredentials: credentials);
        """);

    [Fact]
    public Task LongExpiryThatIsNotATokenExpiry_DoesNotReport() => VerifyInMethod("""
                var certificateValidUntil = DateTime.UtcNow.AddYears(10);
                var cookie = new Microsoft.AspNetCore.Http.CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(10) };
                return certificateValidUntil;
        """);

    [Fact]
    public Task CustomLimitEightHours_ReportsTwelveHours() => VerifyWithLimit("08:00:00", Descriptor("{|TVA4002:Expires = DateTime.UtcNow.AddHours(12)|}"));

    [Fact]
    public Task CustomLimitEightHours_DoesNotReportEightHours() => VerifyWithLimit("08:00:00", Descriptor("Expires = DateTime.UtcNow.AddMinutes(480)"));

    [Fact]
    public Task CustomLimitSevenDays_DoesNotReportFiveDays() => VerifyWithLimit("7.00:00:00", Descriptor("Expires = DateTime.UtcNow.AddDays(5)"));

    [Fact]
    public Task MalformedLimit_FallsBackToDefault() => VerifyWithLimit("one day", """
                var a = new SecurityTokenDescriptor { {|TVA4002:Expires = DateTime.UtcNow.AddHours(25)|} };
                return new SecurityTokenDescriptor { Expires = DateTime.UtcNow.AddHours(24) };
        """);

    [Fact]
    public Task JwtSecurityTokenWithoutExpires_Reports() => VerifyInMethod("""
                return {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, signingCredentials: credentials);
        """);

    [Fact]
    public Task JwtSecurityTokenWithoutArguments_Reports() => VerifyInMethod("""
                return {|TVA4003:new JwtSecurityToken()|};
        """);

    [Fact]
    public Task JwtSecurityTokenExpiresNull_Reports() => VerifyInMethod("""
                return {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, expires: null, signingCredentials: credentials);
        """);

    [Fact]
    public Task JwtSecurityTokenPositionalNullExpires_Reports() => VerifyInMethod("""
                return {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, null, null, credentials);
        """);

    [Fact]
    public Task JwtSecurityTokenWithExpires_DoesNotReport() => VerifyInMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, expires: DateTime.UtcNow.AddHours(1), signingCredentials: credentials);
        """);

    [Fact]
    public Task JwtSecurityTokenFromEncodedString_DoesNotReport() => VerifyInMethod("""
                return new JwtSecurityToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln");
        """);

    [Fact]
    public Task DescriptorWithoutExpiresToHandlerWithoutDefaultTimes_Reports() => VerifyInMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = {|TVA4003:new SecurityTokenDescriptor|} { Subject = subject, SigningCredentials = credentials };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithoutExpiresToJwtHandlerWithDefaultTimesOffLater_Reports() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                handler.SetDefaultTimesOnTokenCreation = false;
                var descriptor = {|TVA4003:new SecurityTokenDescriptor()|};
                descriptor.SigningCredentials = credentials;
                return handler.CreateEncodedJwt(descriptor);
        """);

    [Fact]
    public Task DescriptorWithoutExpiresToDefaultHandler_DoesNotReport() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithoutExpiresToHandlerWithDefaultTimesOn_DoesNotReport() => VerifyInMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = true, TokenLifetimeInMinutes = 30 };
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithExpiresToHandlerWithoutDefaultTimes_DoesNotReport() => VerifyInMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = new SecurityTokenDescriptor { Subject = subject, Expires = DateTime.UtcNow.AddMinutes(30), SigningCredentials = credentials };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorToInjectedHandler_DoesNotReport() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials };
                return injected.CreateToken(descriptor);
        """);
}
