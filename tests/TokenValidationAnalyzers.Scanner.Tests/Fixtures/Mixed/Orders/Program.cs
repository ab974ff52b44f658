using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var parameters = new TokenValidationParameters
{
    ValidIssuer = "https://login.orders.example",
    ValidAudience = "orders",
    RequireSignedTokens = false,
};

app.MapGet("/", () => parameters.ValidIssuer);
app.Run();
