using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EntraWebApp;

/// <summary>Short tokens the web app hands to its own profile widget.</summary>
public sealed class ProfileTokens(IConfiguration configuration)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string Issue(ClaimsPrincipal user)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("profile-widget-signing-key-0123456789abcdef"));
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = configuration["Profile:Issuer"],
            Audience = "profile-widget",
            Subject = new ClaimsIdentity(user.Claims),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    public string IssueRemembered(ClaimsPrincipal user) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = configuration["Profile:Issuer"],
        Audience = "profile-widget",
        Subject = new ClaimsIdentity(user.Claims),
        Expires = DateTimeOffset.UtcNow.AddDays(30).UtcDateTime,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[24]), SecurityAlgorithms.HmacSha256),
    });

    public async Task<bool> IsValidAsync(string token)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = configuration["Profile:Issuer"],
            ValidAudience = "profile-widget",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Profile:Key"] ?? "profile-fallback-key-0123456789abcdef")),
            ValidAlgorithms = new[] { "none", SecurityAlgorithms.HmacSha256 },
            ClockSkew = TimeSpan.FromMinutes(10),
        };

        await _handler.ValidateTokenAsync(token, parameters);
        return true;
    }
}
