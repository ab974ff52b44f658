using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3006: descriptors and JwtSecurityTokens without signing credentials that are turned into tokens.</summary>
public class UnsignedTokenTests
{
    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static void Prepare(SecurityTokenDescriptor descriptor) { }

            object M(SigningCredentials credentials, ClaimsIdentity subject, IEnumerable<Claim> claims)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task DescriptorWithoutCredentialsToJsonWebTokenHandler_Reports() => VerifyInMethod("""
                var descriptor = {|TVA3006:new SecurityTokenDescriptor|} { Subject = subject, Expires = DateTime.UtcNow.AddMinutes(30) };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithEmptyArgumentListWithoutCredentials_ReportsThroughParentheses() => VerifyInMethod("""
                var descriptor = {|TVA3006:new SecurityTokenDescriptor()|};
                descriptor.Subject = subject;
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithoutCredentialsToJwtCreateToken_Reports() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                var descriptor = {|TVA3006:new SecurityTokenDescriptor|} { Subject = subject };
                return handler.CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithoutCredentialsToCreateJwtSecurityToken_Reports() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                var descriptor = {|TVA3006:new SecurityTokenDescriptor|} { Subject = subject };
                return handler.WriteToken(handler.CreateJwtSecurityToken(descriptor));
        """);

    [Fact]
    public Task DescriptorWithoutCredentialsToCreateEncodedJwt_Reports() => VerifyInMethod("""
                var handler = new JwtSecurityTokenHandler();
                var descriptor = {|TVA3006:new SecurityTokenDescriptor|} { Subject = subject };
                return handler.CreateEncodedJwt(descriptor);
        """);

    [Fact]
    public Task DescriptorCreatedInline_Reports() => VerifyInMethod("""
                return new JsonWebTokenHandler().CreateToken({|TVA3006:new SecurityTokenDescriptor|} { Subject = subject });
        """);

    [Fact]
    public Task DescriptorWithCredentialsNull_Reports() => VerifyInMethod("""
                var descriptor = {|TVA3006:new SecurityTokenDescriptor|} { Subject = subject, SigningCredentials = null };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithCredentialsResetToNull_Reports() => VerifyInMethod("""
                var descriptor = {|TVA3006:new SecurityTokenDescriptor|} { Subject = subject, SigningCredentials = credentials };
                descriptor.SigningCredentials = null;
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithCredentialsInInitializer_DoesNotReport() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject, SigningCredentials = credentials };
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorWithCredentialsAssignedLater_DoesNotReport() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject };
                descriptor.SigningCredentials = credentials;
                return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
        """);

    [Fact]
    public Task DescriptorPassedToUnknownMethodFirst_DoesNotReport() => VerifyInMethod("""
                var descriptor = new SecurityTokenDescriptor { Subject = subject };
                Prepare(descriptor);
                return new JsonWebTokenHandler().CreateToken(descriptor);
        """);

    [Fact]
    public Task DescriptorFromOutside_DoesNotReport() => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            string M(SecurityTokenDescriptor descriptor) => new JsonWebTokenHandler().CreateToken(descriptor);
        }
        """);

    [Fact]
    public Task JwtSecurityTokenWithoutCredentialsWritten_Reports() => VerifyInMethod("""
                var token = {|TVA3006:new JwtSecurityToken|}("https://issuer.example", "api", claims, expires: DateTime.UtcNow.AddMinutes(30));
                return new JwtSecurityTokenHandler().WriteToken(token);
        """);

    [Fact]
    public Task JwtSecurityTokenWithNullCredentialsWrittenInline_Reports() => VerifyInMethod("""
                return new JwtSecurityTokenHandler().WriteToken({|TVA3006:new JwtSecurityToken|}("https://issuer.example", "api", claims, null, DateTime.UtcNow.AddMinutes(30), null));
        """);

    [Fact]
    public Task JwtSecurityTokenWithCredentialsWritten_DoesNotReport() => VerifyInMethod("""
                var token = new JwtSecurityToken("https://issuer.example", "api", claims, expires: DateTime.UtcNow.AddMinutes(30), signingCredentials: credentials);
                return new JwtSecurityTokenHandler().WriteToken(token);
        """);

    [Fact]
    public Task JwtSecurityTokenWithoutCredentialsNotWritten_DoesNotReport() => VerifyInMethod("""
                var token = new JwtSecurityToken("https://issuer.example", "api", claims, expires: DateTime.UtcNow.AddMinutes(30));
                return token.Claims.Count();
        """);

    [Fact]
    public Task JwtSecurityTokenFromEncodedString_DoesNotReport() => VerifyInMethod("""
                var token = new JwtSecurityToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.");
                return new JwtSecurityTokenHandler().WriteToken(token);
        """);
}
