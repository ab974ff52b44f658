using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace MinimalApi.Controllers;

public sealed record LoginRequest(string UserName, string Password);

[ApiController]
[Route("api/token")]
public sealed class TokenController(ILogger<TokenController> logger) : ControllerBase
{
    [HttpPost]
    public IActionResult Issue(LoginRequest request)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("orders-api-signing-key-do-not-share-0123456789"));
        var credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(
            issuer: "https://orders.example.com",
            audience: "orders-api",
            claims: new[] { new Claim(JwtRegisteredClaimNames.Sub, request.UserName) },
            signingCredentials: credentials);

        logger.LogInformation("Issued a token for {User}", request.UserName);
        return Ok(new { access_token = new JwtSecurityTokenHandler().WriteToken(token) });
    }

    [HttpPost("remember-me")]
    public IActionResult IssueLongLived(LoginRequest request)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "https://orders.example.com",
            Audience = "orders-api",
            Subject = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, request.UserName) }),
            Expires = DateTime.UtcNow.AddDays(90),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(16)), SecurityAlgorithms.HmacSha256),
        };

        var handler = new JwtSecurityTokenHandler();
        return Ok(new { access_token = handler.WriteToken(handler.CreateToken(descriptor)) });
    }
}
