using TokenValidationAnalyzers.CodeFixes.Rules.TVA4xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA4xxx;

/// <summary>Fixes of TVA4001 (skew limit), TVA4002 (cap the expiry) and TVA4003 (one-hour expiry): exact output and Fix All.</summary>
public class TokenLifetimeFixTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<AlgorithmAndLifetimeRuleSet, TokenLifetimeCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static Task VerifyFixWithOption(string option, string source, string fixedSource)
    {
        var test = new Verify<AlgorithmAndLifetimeRuleSet, TokenLifetimeCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\n{option}\n"));
        return test.RunAsync();
    }

    private static string InMethod(string body) => $$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        sealed class Tokens
        {
            public object Create(TokenValidationParameters parameters, SigningCredentials credentials, ClaimsIdentity subject, IEnumerable<Claim> claims)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task LargeClockSkew_Fix_SetsFiveMinutes() => VerifyFix(InMethod("""
                return new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(10)|} };
        """), InMethod("""
                return new TokenValidationParameters { ClockSkew = TimeSpan.FromMinutes(5) };
        """));

    [Fact]
    public Task MaxValueClockSkewStatement_Fix_SetsFiveMinutes() => VerifyFix(InMethod("""
                {|TVA4001:parameters.ClockSkew = TimeSpan.MaxValue|}; // lenient
                return parameters;
        """), InMethod("""
                parameters.ClockSkew = TimeSpan.FromMinutes(5); // lenient
                return parameters;
        """));

    [Fact]
    public Task LargeClockSkewWithCustomLimit_Fix_SetsTheLimit() => VerifyFixWithOption("dotnet_code_quality.TVA4001.max_clock_skew = 00:02:00", InMethod("""
                return new TokenValidationParameters { {|TVA4001:ClockSkew = new TimeSpan(0, 30, 0)|} };
        """), InMethod("""
                return new TokenValidationParameters { ClockSkew = TimeSpan.FromMinutes(2) };
        """));

    [Fact]
    public Task LargeClockSkewWithSecondsLimit_Fix_SetsSeconds() => VerifyFixWithOption("dotnet_code_quality.TVA4001.max_clock_skew = 00:01:30", InMethod("""
                return new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(10)|} };
        """), InMethod("""
                return new TokenValidationParameters { ClockSkew = TimeSpan.FromSeconds(90) };
        """));

    [Fact]
    public Task TwoLargeClockSkews_FixAll_SetsBoth() => VerifyFix(InMethod("""
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromHours(1)|} };
                {|TVA4001:parameters.ClockSkew = TimeSpan.MaxValue|};
                return p;
        """), InMethod("""
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.FromMinutes(5) };
                parameters.ClockSkew = TimeSpan.FromMinutes(5);
                return p;
        """));

    [Fact]
    public Task LongExpiry_Fix_CapsAtOneDay() => VerifyFix(InMethod("""
                return new SecurityTokenDescriptor { Subject = subject, {|TVA4002:Expires = DateTime.UtcNow.AddDays(365)|}, SigningCredentials = credentials };
        """), InMethod("""
                return new SecurityTokenDescriptor { Subject = subject, Expires = DateTime.UtcNow.AddDays(1), SigningCredentials = credentials };
        """));

    [Fact]
    public Task LongExpiryThroughNowLocal_Fix_KeepsTheReceiver() => VerifyFix(InMethod("""
                var now = DateTime.UtcNow;
                return new SecurityTokenDescriptor { IssuedAt = now, {|TVA4002:Expires = now.Add(TimeSpan.FromDays(30))|}, SigningCredentials = credentials };
        """), InMethod("""
                var now = DateTime.UtcNow;
                return new SecurityTokenDescriptor { IssuedAt = now, Expires = now.AddDays(1), SigningCredentials = credentials };
        """));

    [Fact]
    public Task LongExpiryDateTimeOffset_Fix_KeepsUtcDateTime() => VerifyFix(InMethod("""
                return new SecurityTokenDescriptor { {|TVA4002:Expires = DateTimeOffset.UtcNow.AddDays(7).UtcDateTime|}, SigningCredentials = credentials };
        """), InMethod("""
                return new SecurityTokenDescriptor { Expires = DateTimeOffset.UtcNow.AddDays(1).UtcDateTime, SigningCredentials = credentials };
        """));

    [Fact]
    public Task LongExpiryArgument_Fix_KeepsTheName() => VerifyFix(InMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, {|TVA4002:expires: DateTime.Now.AddYears(1)|}, signingCredentials: credentials);
        """), InMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, expires: DateTime.Now.AddDays(1), signingCredentials: credentials);
        """));

    [Fact]
    public Task LongExpiryWithCustomLimit_Fix_CapsAtTheLimit() => VerifyFixWithOption("dotnet_code_quality.TVA4002.max_token_lifetime = 08:00:00", InMethod("""
                return new SecurityTokenDescriptor { {|TVA4002:Expires = DateTime.UtcNow.AddHours(48)|}, SigningCredentials = credentials };
        """), InMethod("""
                return new SecurityTokenDescriptor { Expires = DateTime.UtcNow.AddHours(8), SigningCredentials = credentials };
        """));

    [Fact]
    public Task TwoLongExpiries_FixAll_CapsBoth() => VerifyFix(InMethod("""
                var handler = new JwtSecurityTokenHandler();
                var descriptor = new SecurityTokenDescriptor { {|TVA4002:Expires = DateTime.UtcNow.AddHours(48)|}, SigningCredentials = credentials };
                return handler.CreateJwtSecurityToken(issuer: "https://issuer.example", subject: subject, {|TVA4002:expires: DateTime.UtcNow.AddDays(30)|}, signingCredentials: credentials);
        """), InMethod("""
                var handler = new JwtSecurityTokenHandler();
                var descriptor = new SecurityTokenDescriptor { Expires = DateTime.UtcNow.AddDays(1), SigningCredentials = credentials };
                return handler.CreateJwtSecurityToken(issuer: "https://issuer.example", subject: subject, expires: DateTime.UtcNow.AddDays(1), signingCredentials: credentials);
        """));

    [Fact]
    public Task TokenWithoutExpires_Fix_AddsNamedArgument() => VerifyFix(InMethod("""
                return {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, signingCredentials: credentials);
        """), InMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, signingCredentials: credentials, expires: DateTime.UtcNow.AddHours(1));
        """));

    [Fact]
    public Task TokenWithNamedNullExpires_Fix_ReplacesNull() => VerifyFix(InMethod("""
                return {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, expires: null, signingCredentials: credentials);
        """), InMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, expires: DateTime.UtcNow.AddHours(1), signingCredentials: credentials);
        """));

    [Fact]
    public Task TokenWithPositionalNullExpires_Fix_ReplacesNull() => VerifyFix(InMethod("""
                return {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, null, null, credentials);
        """), InMethod("""
                return new JwtSecurityToken("https://issuer.example", "api", claims, null, DateTime.UtcNow.AddHours(1), credentials);
        """));

    [Fact]
    public Task DescriptorWithoutExpires_Fix_AddsExpiresToInitializer() => VerifyFix(InMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = {|TVA4003:new SecurityTokenDescriptor|}
                {
                    Subject = subject,
                    SigningCredentials = credentials,
                };
                return handler.CreateToken(descriptor);
        """), InMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = new SecurityTokenDescriptor
                {
                    Subject = subject,
                    SigningCredentials = credentials,
                    Expires = DateTime.UtcNow.AddHours(1),
                };
                return handler.CreateToken(descriptor);
        """));

    [Fact]
    public Task DescriptorWithoutInitializer_Fix_CreatesInitializer() => VerifyFix(InMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = {|TVA4003:new SecurityTokenDescriptor()|};
                descriptor.SigningCredentials = credentials;
                return handler.CreateToken(descriptor);
        """), InMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var descriptor = new SecurityTokenDescriptor() { Expires = DateTime.UtcNow.AddHours(1) };
                descriptor.SigningCredentials = credentials;
                return handler.CreateToken(descriptor);
        """));

    [Fact]
    public Task DescriptorCreatedInCall_Fix_AddsExpiresToInitializer() => VerifyFix(InMethod("""
                var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
                return handler.CreateEncodedJwt({|TVA4003:new SecurityTokenDescriptor|} { Subject = subject, SigningCredentials = credentials });
        """), InMethod("""
                var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
                return handler.CreateEncodedJwt(new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials, Expires = DateTime.UtcNow.AddHours(1) });
        """));

    [Fact]
    public Task TwoDescriptorsCreatedInCalls_FixAll_AddsBoth() => VerifyFix(InMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var first = handler.CreateToken({|TVA4003:new SecurityTokenDescriptor|} { SigningCredentials = credentials });
                var second = handler.CreateToken({|TVA4003:new SecurityTokenDescriptor()|} { Subject = subject, SigningCredentials = credentials });
                return first + second;
        """), InMethod("""
                var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
                var first = handler.CreateToken(new SecurityTokenDescriptor { SigningCredentials = credentials, Expires = DateTime.UtcNow.AddHours(1) });
                var second = handler.CreateToken(new SecurityTokenDescriptor() { Subject = subject, SigningCredentials = credentials, Expires = DateTime.UtcNow.AddHours(1) });
                return first + second;
        """));

    [Fact]
    public Task TwoTokensWithoutExpiry_FixAll_AddsBoth() => VerifyFix(InMethod("""
                var first = {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, signingCredentials: credentials);
                var second = {|TVA4003:new JwtSecurityToken|}("https://issuer.example", "api", claims, null, null, credentials);
                return new[] { first, second };
        """), InMethod("""
                var first = new JwtSecurityToken("https://issuer.example", "api", claims, signingCredentials: credentials, expires: DateTime.UtcNow.AddHours(1));
                var second = new JwtSecurityToken("https://issuer.example", "api", claims, null, DateTime.UtcNow.AddHours(1), credentials);
                return new[] { first, second };
        """));
}
