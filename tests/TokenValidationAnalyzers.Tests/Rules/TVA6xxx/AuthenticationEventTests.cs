using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6003: authentication events that turn a failed (or skipped) validation into success.</summary>
public class AuthenticationEventTests
{
    private static Task VerifyJwtBearerEvents(string members) => Verify<HandlerUseRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly ILogger _logger;
            private readonly TokenValidationParameters _parameters = new();
            public C(ILogger logger) => _logger = logger;
            JwtBearerEvents Create() => new JwtBearerEvents
            {
        {{members}}
            };
        }
        """);

    [Fact]
    public Task AuthenticationFailedCallsSuccess_Reports() => VerifyJwtBearerEvents("""
                OnAuthenticationFailed = ctx =>
                {
                    ctx.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task AuthenticationFailedSetsPrincipal_Reports() => VerifyJwtBearerEvents("""
                OnAuthenticationFailed = ctx =>
                {
                    if (ctx.Exception is SecurityTokenExpiredException)
                    {
                        {|TVA6003:ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity("Expired"))|};
                        ctx.{|TVA6003:Success|}();
                    }

                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task AuthenticationFailedRebuildsPrincipalFromRawToken_ReportsBothRules() => VerifyJwtBearerEvents("""
                OnAuthenticationFailed = ctx =>
                {
                    var raw = ctx.Request.Headers.Authorization.ToString()["Bearer ".Length..];
                    var jwt = new JwtSecurityTokenHandler().{|TVA6002:ReadJwtToken|}(raw);
                    {|TVA6003:ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "Bearer"))|};
                    ctx.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task AuthenticationFailedPrincipalSetToNull_DoesNotReport() => VerifyJwtBearerEvents("""
                OnAuthenticationFailed = ctx =>
                {
                    ctx.Principal = null;
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task AuthenticationFailedNoResult_DoesNotReport() => VerifyJwtBearerEvents("""
                OnAuthenticationFailed = ctx =>
                {
                    _logger.LogWarning(ctx.Exception, "Authentication failed");
                    ctx.NoResult();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task AuthenticationFailedFail_DoesNotReport() => VerifyJwtBearerEvents("""
                OnAuthenticationFailed = ctx =>
                {
                    ctx.Fail("Token rejected: " + ctx.Exception.Message);
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task MessageReceivedReadsTokenAndSucceeds_Reports() => VerifyJwtBearerEvents("""
                OnMessageReceived = ctx =>
                {
                    var raw = ctx.Request.Query["access_token"].ToString();
                    var jwt = new JwtSecurityTokenHandler().{|TVA6002:ReadJwtToken|}(raw);
                    ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "Query"));
                    ctx.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task MessageReceivedNewJwtSecurityTokenAndSucceeds_Reports() => VerifyJwtBearerEvents("""
                OnMessageReceived = ctx =>
                {
                    var jwt = new JwtSecurityToken(ctx.Request.Query["access_token"].ToString());
                    Console.WriteLine(jwt.Subject);
                    ctx.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task MessageReceivedSetsTokenOnly_DoesNotReport() => VerifyJwtBearerEvents("""
                OnMessageReceived = ctx =>
                {
                    var accessToken = ctx.Request.Query["access_token"];
                    if (!string.IsNullOrEmpty(accessToken) && ctx.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                    {
                        ctx.Token = accessToken;
                    }

                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task MessageReceivedReadsAndValidates_DoesNotReport() => VerifyJwtBearerEvents("""
                OnMessageReceived = ctx =>
                {
                    var raw = ctx.Request.Query["access_token"].ToString();
                    var handler = new JwtSecurityTokenHandler();
                    ctx.Principal = handler.ValidateToken(raw, _parameters, out _);
                    var jwt = handler.ReadJwtToken(raw);
                    Console.WriteLine(jwt.Subject);
                    ctx.Success();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task MessageReceivedMadeUpPrincipal_Reports() => VerifyJwtBearerEvents("""
                OnMessageReceived = ctx =>
                {
                    if (ctx.Request.Headers.ContainsKey("X-Internal"))
                    {
                        ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity("Internal"));
                        ctx.{|TVA6003:Success|}();
                    }

                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task TokenValidatedSuccess_DoesNotReport() => VerifyJwtBearerEvents("""
                OnTokenValidated = ctx =>
                {
                    ctx.Success();
                    return Task.CompletedTask;
                },
        """);

    [Fact]
    public Task OpenIdConnectAuthenticationFailed_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        class C
        {
            OpenIdConnectEvents Create() => new OpenIdConnectEvents
            {
                OnAuthenticationFailed = ctx =>
                {
                    {|TVA6003:ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity("Fallback"))|};
                    ctx.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                },
            };
        }
        """);

    [Fact]
    public Task OpenIdConnectAuthenticationFailedHandleResponse_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        class C
        {
            OpenIdConnectEvents Create() => new OpenIdConnectEvents
            {
                OnAuthenticationFailed = ctx =>
                {
                    ctx.HandleResponse();
                    ctx.Response.Redirect("/error");
                    return Task.CompletedTask;
                },
            };
        }
        """);

    [Fact]
    public Task OverrideInJwtBearerEventsSubclass_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class LenientEvents : JwtBearerEvents
        {
            public override Task AuthenticationFailed(AuthenticationFailedContext context)
            {
                context.{|TVA6003:Success|}();
                return base.AuthenticationFailed(context);
            }
        }
        """);

    [Fact]
    public Task HelperReceivingContext_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        static class Lenient
        {
            public static Task Accept(AuthenticationFailedContext context)
            {
                context.{|TVA6003:Success|}();
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task OptionsLambdaEventsMemberChain_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        class C
        {
            void Configure(IServiceCollection services) => services.AddAuthentication().AddJwtBearer(options =>
            {
                options.Events = new JwtBearerEvents();
                options.Events.OnAuthenticationFailed = async ctx =>
                {
                    await Task.Yield();
                    ctx.{|TVA6003:Success|}();
                };
            });
        }
        """);

    [Fact]
    public Task EnvironmentGuardedSuccess_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Hosting;
        class C
        {
            JwtBearerEvents Create(IHostEnvironment env) => new JwtBearerEvents
            {
                OnAuthenticationFailed = ctx =>
                {
                    if (env.IsDevelopment())
                    {
                        ctx.Success();
                    }

                    return Task.CompletedTask;
                },
            };
        }
        """);
}
