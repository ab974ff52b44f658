using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace MinimalApi;

/// <summary>Partner tokens come from several partner identity servers; their settings are tuned here.</summary>
public sealed class PartnerJwtBearerOptions(ILogger<PartnerJwtBearerOptions> logger) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != AuthExtensions.PartnerScheme)
        {
            return;
        }

        logger.LogDebug("Configuring the {Scheme} scheme", name);
        options.TokenValidationParameters.ValidateAudience = false;
        options.TokenValidationParameters.IssuerValidator = (issuer, token, parameters) => issuer;
        options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(15);
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
