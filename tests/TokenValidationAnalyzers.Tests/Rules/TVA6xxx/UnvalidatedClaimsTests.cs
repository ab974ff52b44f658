using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6002: claims of a token that was only read flow into an identity, a principal or HttpContext.User.</summary>
public class UnvalidatedClaimsTests
{
    private static Task VerifyInMethod(string body) => Verify<HandlerUseRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Http;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly JwtSecurityTokenHandler _handler = new();
            private readonly JsonWebTokenHandler _jsonHandler = new();
            static ClaimsPrincipal Build(JwtSecurityToken token) => new();
            async Task<ClaimsPrincipal?> M(string raw, HttpContext httpContext, TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task ReadJwtTokenClaimsIntoIdentity_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                var identity = new ClaimsIdentity(jwt.Claims, "Bearer");
                return new ClaimsPrincipal(identity);
        """);

    [Fact]
    public Task ReadJwtTokenClaimsIntoPrincipal_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = new JwtSecurityTokenHandler().{|TVA6002:ReadJwtToken|}(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "Bearer"));
        """);

    [Fact]
    public Task ReadJsonWebTokenSubjectIntoClaim_Reports() => VerifyInMethod("""
                await Task.Yield();
                var token = _jsonHandler.{|TVA6002:ReadJsonWebToken|}(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, token.Subject) }, "Bearer"));
        """);

    [Fact]
    public Task ReadTokenCastIntoIdentity_Reports() => VerifyInMethod("""
                await Task.Yield();
                var token = (JsonWebToken)_jsonHandler.{|TVA6002:ReadToken|}(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(token.Claims));
        """);

    [Fact]
    public Task IdentityAddClaims_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                var identity = new ClaimsIdentity("Bearer");
                identity.AddClaims(jwt.Claims.Where(c => c.Type == "role"));
                return null;
        """);

    [Fact]
    public Task IdentityAddClaim_Reports() => VerifyInMethod("""
                await Task.Yield();
                var subject = _handler.{|TVA6002:ReadJwtToken|}(raw).Subject;
                var identity = new ClaimsIdentity("Bearer");
                identity.AddClaim(new Claim("sub", subject));
                return null;
        """);

    [Fact]
    public Task HttpContextUserAssigned_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                var principal = Build(jwt);
                httpContext.User = principal;
                return null;
        """);

    [Fact]
    public Task ClaimsCopiedInForeach_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                var identity = new ClaimsIdentity("Bearer");
                foreach (var claim in jwt.Claims)
                {
                    identity.AddClaim(claim);
                }

                return new ClaimsPrincipal(identity);
        """);

    [Fact]
    public Task NewJwtSecurityTokenClaimsIntoIdentity_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = {|TVA6002:new JwtSecurityToken|}(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "Bearer"));
        """);

    [Fact]
    public Task NewJsonWebTokenClaimsIntoIdentity_Reports() => VerifyInMethod("""
                await Task.Yield();
                var token = {|TVA6002:new JsonWebToken|}(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(token.Claims, "Bearer"));
        """);

    [Fact]
    public Task InMiddlewareLambda_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Builder;
        class C
        {
            void Configure(IApplicationBuilder app) => app.Use(async (context, next) =>
            {
                var raw = context.Request.Headers.Authorization.ToString()["Bearer ".Length..];
                var jwt = new JwtSecurityTokenHandler().{|TVA6002:ReadJwtToken|}(raw);
                context.User = new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "Bearer"));
                await next(context);
            });
        }
        """);

    [Fact]
    public Task MethodAlsoCallsValidateToken_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                _handler.ValidateToken(raw, p, out _);
                var jwt = _handler.ReadJwtToken(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "Bearer"));
        """);

    [Fact]
    public Task MethodAlsoCallsValidateTokenAsync_DoesNotReport() => VerifyInMethod("""
                var result = await _jsonHandler.ValidateTokenAsync(raw, p);
                if (!result.IsValid)
                {
                    return null;
                }

                var token = _jsonHandler.ReadJsonWebToken(raw);
                return new ClaimsPrincipal(new ClaimsIdentity(token.Claims, "Bearer"));
        """);

    [Fact]
    public Task ReadOnlyToLogExpiry_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                var jwt = _handler.ReadJwtToken(raw);
                Console.WriteLine($"Token expires {jwt.ValidTo:O}");
                return new ClaimsPrincipal(new ClaimsIdentity("Anonymous"));
        """);

    [Fact]
    public Task ReadOnlyToChooseScheme_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                var issuer = _handler.ReadJwtToken(raw).Issuer;
                httpContext.Items["scheme"] = issuer.Contains("login.microsoftonline.com") ? "Entra" : "Local";
                return null;
        """);

    [Fact]
    public Task ValidatedPrincipalAssignedToUser_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                httpContext.User = _handler.ValidateToken(raw, p, out _);
                return httpContext.User;
        """);

    [Fact]
    public Task GenericIdentityFromSubject_Reports() => VerifyInMethod("""
                await Task.Yield();
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                return new System.Security.Principal.GenericPrincipal(new System.Security.Principal.GenericIdentity(jwt.Subject), null);
        """);

    [Fact]
    public Task IssuedTokenClaimsIntoIdentity_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                var issued = new JwtSecurityToken(issuer: "https://me.test", claims: new[] { new Claim("sub", raw) });
                return new ClaimsPrincipal(new ClaimsIdentity(issued.Claims));
        """);

    [Fact]
    public Task ReadInLambdaValidatedOnlyInEnclosingMethod_Reports() => VerifyInMethod("""
                _handler.ValidateToken(raw, p, out _);
                Func<string, ClaimsPrincipal> later = other => new ClaimsPrincipal(new ClaimsIdentity(_handler.{|TVA6002:ReadJwtToken|}(other).Claims));
                await Task.Yield();
                return later(raw);
        """);
}
