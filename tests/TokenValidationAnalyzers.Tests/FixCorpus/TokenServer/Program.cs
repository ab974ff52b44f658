using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOpenIddict()
    .AddServer(options =>
    {
        options.SetTokenEndpointUris("connect/token");
        options.AllowClientCredentialsFlow();

        // keys for local runs: the certificates are created in the user's store
        options.AddDevelopmentEncryptionCertificate()
               .AddDevelopmentSigningCertificate();

        options.UseAspNetCore()
               .EnableTokenEndpointPassthrough()
               .DisableTransportSecurityRequirement();
    })
    .AddClient(options =>
    {
        options.AllowAuthorizationCodeFlow();
        options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().SetRedirectionEndpointUris("callback/login");
        options.UseAspNetCore().DisableTransportSecurityRequirement().EnableRedirectionEndpointPassthrough();
    });

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration["Auth:Authority"];
        options.Audience = builder.Configuration["Auth:Audience"];
        options.Events = new JwtBearerEvents
        {
            // the notification hub connects over WebSockets and sends its token in the query string
            OnMessageReceived = context =>
            {
                context.Token = context.Request.Query["access_token"];
                return Task.CompletedTask;
            },
        };
    });

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/", () => "token server");
app.Run();
