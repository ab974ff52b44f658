using System.Text;
using Microsoft.IdentityModel.Tokens;
using Shop.Core;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var parameters = new TokenValidationParameters
{
    ValidIssuer = "https://login.shop.example",
    ValidAudience = "shop-api",
    ValidateIssuer = false,
    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("shop-code-key-5d1e8a7c3f9b2e4d6a0c8f1b3e5d7a9c")),
};

var configuredKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!));

app.MapGet("/", () => OrderTokens.Describe(parameters));
app.MapGet("/key-size", () => configuredKey.KeySize);
app.Run();
