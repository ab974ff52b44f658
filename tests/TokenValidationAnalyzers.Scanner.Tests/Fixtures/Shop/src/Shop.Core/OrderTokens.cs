using System.Diagnostics.CodeAnalysis;
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

    [SuppressMessage("Security", "TVA1003", Justification = "kiosk clocks drift for hours; the gateway checks expiry")]
    public static TokenValidationParameters ForKiosks(SecurityKey key) => new()
    {
        ValidIssuer = "https://kiosks.shop.example",
        ValidAudience = "kiosks",
        IssuerSigningKey = key,
        ValidateLifetime = false,
    };

    public static string Describe(TokenValidationParameters parameters) => parameters.ValidIssuer ?? "none";
}
