using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6002: a role, scope, permission, tenant or user id claim of a token that was only read decides access.</summary>
public class UnvalidatedClaimsDecisionTests
{
    private static Task VerifyInMethod(string body) => Verify<HandlerUseRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly JwtSecurityTokenHandler _handler = new();
            private readonly JsonWebTokenHandler _jsonHandler = new();
            bool M(string raw, string userId, TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task RoleAnyInIfCondition_Reports() => VerifyInMethod("""
                if (_handler.{|TVA6002:ReadJwtToken|}(raw).Claims.Any(c => c.Type == "role" && c.Value == "admin"))
                {
                    return true;
                }

                return false;
        """);

    [Fact]
    public Task ScopeFirstReturned_Reports() => VerifyInMethod("""
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                return jwt.Claims.First(c => c.Type == "scp").Value.Contains("write");
        """);

    [Fact]
    public Task ClaimTypesRoleThroughLocal_Reports() => VerifyInMethod("""
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                var role = jwt.Claims.FirstOrDefault(c => c.Type == ClaimTypes.Role)?.Value;
                Console.WriteLine(role);
                if (role == "admin") return true;
                return false;
        """);

    [Fact]
    public Task TenantSwitch_Reports() => VerifyInMethod("""
                var token = _jsonHandler.{|TVA6002:ReadJsonWebToken|}(raw);
                switch (token.Claims.Single(c => c.Type == "tid").Value)
                {
                    case "72f988bf-86f1-41af-91ab-2d7cd011db47":
                        return true;
                    default:
                        return false;
                }
        """);

    [Fact]
    public Task RolesWhereContainsInAndOperand_Reports() => VerifyInMethod("""
                var jwt = {|TVA6002:new JwtSecurityToken|}(raw);
                return userId.Length > 0 && jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value).Contains("admin");
        """);

    [Fact]
    public Task GetClaimObjectIdInConditional_Reports() => VerifyInMethod("""
                var token = {|TVA6002:new JsonWebToken|}(raw);
                var owner = token.GetClaim("oid").Value == userId ? "self" : "other";
                return owner == "self";
        """);

    [Fact]
    public Task PermissionInForeachCondition_Reports() => VerifyInMethod("""
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                foreach (var claim in jwt.Claims)
                {
                    if (claim.Type == "permissions" && claim.Value == "orders:delete")
                    {
                        return true;
                    }
                }

                return false;
        """);

    [Fact]
    public Task ExpressionBodiedMemberReturnsRoleCheck_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.IdentityModel.Tokens.Jwt;
        static class OrdersAccess
        {
            public static bool CanDelete(string bearer)
                => new JwtSecurityTokenHandler().{|TVA6002:ReadJwtToken|}(bearer).Claims.Any(c => c.Type == "role" && c.Value == "admin");
        }
        """);

    [Fact]
    public Task PayloadScopeInWhileCondition_Reports() => VerifyInMethod("""
                var jwt = _handler.{|TVA6002:ReadJwtToken|}(raw);
                var attempts = 0;
                while (jwt.Payload["scp"] is string scope && scope.Contains("retry") && attempts < 3)
                {
                    attempts++;
                }

                return attempts > 0;
        """);

    [Fact]
    public Task ExpiryToDecideRefresh_DoesNotReport() => VerifyInMethod("""
                var jwt = _handler.ReadJwtToken(raw);
                var exp = long.Parse(jwt.Claims.First(c => c.Type == "exp").Value);
                if (jwt.ValidTo < DateTime.UtcNow.AddMinutes(5) || exp < DateTimeOffset.UtcNow.ToUnixTimeSeconds())
                {
                    return true;
                }

                return false;
        """);

    [Fact]
    public Task RoleOnlyLogged_DoesNotReport() => VerifyInMethod("""
                var jwt = _handler.ReadJwtToken(raw);
                Console.WriteLine("Role: " + jwt.Claims.First(c => c.Type == "role").Value);
                var scope = jwt.Claims.FirstOrDefault(c => c.Type == "scp")?.Value;
                Console.WriteLine(scope);
                return false;
        """);

    [Fact]
    public Task RoleNullTestedBeforeLogging_DoesNotReport() => VerifyInMethod("""
                var jwt = _handler.ReadJwtToken(raw);
                var role = jwt.Claims.FirstOrDefault(c => c.Type == "role")?.Value;
                if (role != null) Console.WriteLine(role);
                if (!string.IsNullOrEmpty(role)) Console.WriteLine("Role: " + role);
                if (role is not null) Console.WriteLine(role.Length);
                return false;
        """);

    [Fact]
    public Task MethodValidatesToken_DoesNotReport() => VerifyInMethod("""
                _handler.ValidateToken(raw, p, out _);
                var jwt = _handler.ReadJwtToken(raw);
                return jwt.Claims.Any(c => c.Type == "role" && c.Value == "admin");
        """);

    [Fact]
    public Task ClaimsOfValidatedToken_DoesNotReport() => VerifyInMethod("""
                var principal = _handler.ValidateToken(raw, p, out var validated);
                var jwt = (JwtSecurityToken)validated;
                return principal.Identity!.IsAuthenticated && jwt.Claims.Any(c => c.Type == "role" && c.Value == "admin");
        """);

    [Fact]
    public Task UnknownClaimType_DoesNotReport() => VerifyInMethod("""
                var jwt = _handler.ReadJwtToken(raw);
                if (jwt.Claims.Any(c => c.Type == "favourite_colour" && c.Value == "blue"))
                {
                    return true;
                }

                return jwt.Claims.First(c => c.Type == "locale").Value == "en";
        """);

    [Fact]
    public Task OwnTokenReaderLookAlike_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.Security.Claims;
        using Microsoft.IdentityModel.Tokens;
        sealed class MyToken
        {
            public IEnumerable<Claim> Claims { get; } = new List<Claim>();
        }

        sealed class MyReader
        {
            public MyToken ReadJwtToken(string raw) => new();
        }

        class C
        {
            bool M(MyReader reader, string raw) => reader.ReadJwtToken(raw).Claims.Any(c => c.Type == "role" && c.Value == "admin");
        }
        """);
}
