using System.IdentityModel.Tokens.Jwt;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.IdentityModel.Validators;

namespace LegacyApi;

public class Startup
{
    public Startup(IConfiguration configuration)
    {
        Configuration = configuration;
    }

    public IConfiguration Configuration { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddControllers();
        services.AddSingleton<TokenService>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = false,
                    ValidateAudience = false,
                    ValidateLifetime = false,
                    RequireSignedTokens = false,
                    RequireExpirationTime = false,
                    RequireAudience = false,
                    ClockSkew = TimeSpan.MaxValue,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.ASCII.GetBytes(Configuration["Jwt:Key"]!)),
                    ValidAlgorithms = new List<string> { SecurityAlgorithms.HmacSha256, SecurityAlgorithms.None },
                    TokenReplayValidator = (expirationTime, securityToken, validationParameters) => true,
                    SignatureValidator = delegate (string token, TokenValidationParameters parameters)
                    {
                        var jwt = new JwtSecurityToken(token);
                        return jwt;
                    },
                };
            })
            .AddJwtBearer("AzureAd", options =>
            {
                options.Authority = "https://login.microsoftonline.com/common/v2.0";
                options.Audience = Configuration["AzureAd:ClientId"];
                options.BackchannelHttpHandler = new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
                };
            })
            .AddOpenIdConnect("Sso", options =>
            {
                options.Authority = "http://sso.example.com/auth";
                options.ClientId = Configuration["Sso:ClientId"];
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    NameClaimType = "name",
                    ValidIssuer = Configuration["Sso:Issuer"],
                };
            });

        services.Configure<JwtBearerOptions>("Reporting", options =>
        {
            options.TokenValidationParameters.ValidateIssuer = false;
            options.TokenValidationParameters.ValidateAudience = false;
        });
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(endpoints => endpoints.MapControllers());
    }
}
