using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;
using Microsoft.IdentityModel.Validators;
using EntraWebApp;

var builder = WebApplication.CreateBuilder(args);

// Sign-in for users of any organisation (multi-tenant app registration, see appsettings.json).
builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
    .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));

builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
{
    options.RequireHttpsMetadata = false;
    options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(20);
});

// The SPA calls the API with tokens of the same multi-tenant registration.
builder.Services.AddAuthentication()
    .AddJwtBearer("Api", options =>
    {
        options.Authority = "https://login.microsoftonline.com/organizations/v2.0";
        options.Audience = builder.Configuration["AzureAd:ClientId"];
        options.BackchannelHttpHandler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
    })
    .AddJwtBearer("Graph", options =>
    {
        options.Authority = "http://graph-proxy.example.com";
        options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = builder.Configuration["Graph:Audience"],
            ValidateIssuer = false,
            ValidateLifetime = false,
            RequireAudience = false,
            IssuerValidator = (issuer, token, parameters) => issuer,
        };
    });

builder.Services.AddSingleton<ProfileTokens>();
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.Run();
