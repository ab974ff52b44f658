using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

// A web API secured the way tutorials secure it. Every marked line is a finding: `dotnet build samples/VulnerableApi`.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    // Scheme 1: our own tokens, validated with a shared secret from appsettings.json.
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            // copied from a tutorial that "just wanted it to work"
            ValidateIssuer = false,                                  // TVA1001
            ValidateAudience = false,                                // TVA1002
            ValidateLifetime = false,                                // TVA1003
            RequireExpirationTime = false,                           // TVA1005
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)), // TVA3005 in appsettings.json
        };
    })
    // Scheme 2: tokens from "any Microsoft account" through the multi-tenant endpoint.
    .AddJwtBearer("AzureAd", options =>
    {
        options.Authority = "https://login.microsoftonline.com/common/v2.0"; // TVA5002
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = "api://vulnerable-api",
            ValidateIssuer = false,                                  // TVA1001
            AudienceValidator = (audiences, token, parameters) => true, // TVA2001
        };
    });
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

// A "login" endpoint that mints tokens for anyone, signed with a key written in the source, valid for a year.
app.MapPost("/token", (string user) =>
{
    var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("this-is-my-super-secret-signing-key-1234567890")); // TVA3001
    var descriptor = new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, user) }),
        Issuer = "https://vulnerable-api.example.com",
        Audience = "vulnerable-api",
        Expires = DateTime.UtcNow.AddYears(1),                       // TVA4002
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    };
    return new JwtSecurityTokenHandler().WriteToken(new JwtSecurityTokenHandler().CreateToken(descriptor));
});

app.MapGet("/orders", () => new[] { "order-1", "order-2" }).RequireAuthorization();
app.Run();
