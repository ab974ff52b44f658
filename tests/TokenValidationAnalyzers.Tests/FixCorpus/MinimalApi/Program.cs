using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MinimalApi;

// Old partner tokens are signed with a 16-byte key; keep them working until the partners rotate.
AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation", true);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddApiAuthentication(builder.Configuration);
builder.Services.ConfigureOptions<PartnerJwtBearerOptions>();
builder.Services.AddAuthorization();
builder.AddProbeAuthentication();

var app = builder.Build();

// Fail fast when the development signing setup is broken.
await new JsonWebTokenHandler().ValidateTokenAsync(DevelopmentTokens.Issue("startup-check"), DevelopmentTokens.Parameters());
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

// Used by the gateway to check a token before forwarding a webhook.
app.MapPost("/internal/introspect", async (IntrospectionRequest request) =>
{
    var handler = new JsonWebTokenHandler();
    var parameters = new TokenValidationParameters
    {
        ValidIssuer = builder.Configuration["Jwt:Issuer"],
        IssuerSigningKey = new SymmetricSecurityKey(
            Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"] ?? "local-development-signing-key-0123456789")),
        ClockSkew = TimeSpan.FromMinutes(30),
    };

    await handler.ValidateTokenAsync(request.Token, parameters);
    return Results.Ok(new { active = true });
});

app.Run();

internal sealed record IntrospectionRequest(string Token);

internal static class DevelopmentTokens
{
    public static SecurityKey SigningKey()
    {
        var secret = "development-only-signing-key-0123456789abcdef";
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
    }

    public static string Issue(string subject) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Audience = "orders-api",
        Claims = new Dictionary<string, object> { ["sub"] = subject },
        SigningCredentials = new SigningCredentials(SigningKey(), SecurityAlgorithms.HmacSha256),
    });

    public static TokenValidationParameters Parameters() => new()
    {
        ValidAudience = "orders-api",
        IssuerSigningKey = SigningKey(),
    };
}
