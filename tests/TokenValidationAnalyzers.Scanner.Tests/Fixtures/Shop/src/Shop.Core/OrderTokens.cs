using Microsoft.IdentityModel.Tokens;

namespace Shop.Core;

public static class OrderTokens
{
    public static TokenValidationParameters ForOrders(string issuer, string audience, SecurityKey key) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = audience,
        IssuerSigningKey = key,
        ValidateLifetime = false,
    };

    public static TokenValidationParameters ForPartners(SecurityKey key) => new()
    {
        ValidIssuer = "https://partners.shop.example",
        ValidAudience = "partners",
        IssuerSigningKey = key,
        ValidateAudience = false,
#pragma warning disable TVA1001 // the gateway checks the issuer before the call reaches us
        ValidateIssuer = false,
#pragma warning restore TVA1001
    };

    public static string Describe(TokenValidationParameters parameters) => parameters.ValidIssuer ?? "none";
}
