using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MinimalApi;

public static class AuthExtensions
{
    public const string PartnerScheme = "Partners";

    public static IServiceCollection AddApiAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = "http://identity.internal.example.com/realms/orders";
                options.RequireHttpsMetadata = false;
                options.BackchannelHttpHandler = new HttpClientHandler
                {
                    // the identity server uses a certificate from our internal CA
                    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
                };
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = false,
                    ValidateAudience = false,
                    ValidateLifetime = false,
                    RequireExpirationTime = false,
                    ClockSkew = TimeSpan.FromHours(2),
                    ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, "none" },
                    LifetimeValidator = (notBefore, expires, token, parameters) => true,
                };
            })
            .AddJwtBearer(PartnerScheme, options =>
            {
                // issuers and audiences of the partners are set in PartnerJwtBearerOptions
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    RequireSignedTokens = false,
                    RequireAudience = false,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("partner-shared-secret-2024-partner-shared-secret")),
                    SignatureValidator = (token, parameters) => new JsonWebToken(token),
                };
            });

        return services;
    }
}
