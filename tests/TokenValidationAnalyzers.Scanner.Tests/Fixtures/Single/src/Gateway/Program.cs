using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

var parameters = new TokenValidationParameters
{
    ValidIssuer = "https://login.gateway.example",
    ValidAudience = "gateway",
    ClockSkew = TimeSpan.FromHours(2),
};

app.MapGet("/", () => parameters.ValidIssuer);
app.Run();
