using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LegacyApi;

/// <summary>Issues the API's own tokens and validates tokens handed in by the reporting jobs.</summary>
public class TokenService
{
    private readonly IConfiguration _configuration;

    public TokenService(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public string CreateToken(string userName, IEnumerable<string> roles)
    {
        var key = new SymmetricSecurityKey(Convert.FromBase64String(_configuration.GetValue("Jwt:Key", "bGVnYWN5LWFwaS1zaWduaW5nLWtleS0wMTIzNDU2Nzg5YWJjZGVm")));
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var token = new JwtSecurityToken(
            _configuration["Jwt:Issuer"],
            _configuration["Jwt:Audience"],
            claims,
            expires: DateTime.Now.AddMonths(6),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public string CreateReportingToken()
    {
        var key = new SymmetricSecurityKey(Convert.FromBase64String("cmVwb3J0aW5nLWpvYnMtc2lnbmluZy1rZXktMDEyMzQ1Njc4OQ=="));
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _configuration["Jwt:Issuer"],
            Audience = "reporting",
            Subject = new ClaimsIdentity(new[] { new Claim("sub", "reporting-job") }),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<ClaimsIdentity?> ValidateReportingTokenAsync(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _configuration["Jwt:Issuer"],
            ValidAudience = "reporting",
            IssuerSigningKey = new SymmetricSecurityKey(new byte[16]),
            ClockSkew = TimeSpan.FromHours(12),
        };

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
        return result.ClaimsIdentity;
    }
}
