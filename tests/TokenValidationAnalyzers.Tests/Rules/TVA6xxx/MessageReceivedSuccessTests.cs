using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6003: OnMessageReceived handlers that authenticate the request themselves by calling Success().</summary>
public class MessageReceivedSuccessTests
{
    [Fact]
    public Task OptionsEventsMemberChainMadeUpPrincipal_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        class C
        {
            void Configure(IServiceCollection services) => services.AddAuthentication().AddJwtBearer(options =>
            {
                options.Events = new JwtBearerEvents();
                options.Events.OnMessageReceived = context =>
                {
                    context.Principal = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim("sub", "service") }, "ApiKey"));
                    context.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                };
            });
        }
        """);

    [Fact]
    public Task MethodGroupHandler_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerEvents Create() => new JwtBearerEvents { OnMessageReceived = AcceptInternal };

            static Task AcceptInternal(MessageReceivedContext context)
            {
                context.Principal = new ClaimsPrincipal(new ClaimsIdentity("Internal"));
                context.{|TVA6003:Success|}();
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task OpenIdConnectMessageReceived_Reports() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.Security.Claims;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        class C
        {
            OpenIdConnectEvents Create() => new OpenIdConnectEvents
            {
                OnMessageReceived = async ctx =>
                {
                    await Task.Yield();
                    ctx.Principal = new ClaimsPrincipal(new ClaimsIdentity("Backdoor"));
                    ctx.{|TVA6003:Success|}();
                },
            };
        }
        """);

    [Fact]
    public Task OwnMessageReceivedContext_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using System.Security.Claims;
        using Microsoft.IdentityModel.Tokens;
        namespace App
        {
            sealed class MessageReceivedContext
            {
                public ClaimsPrincipal? Principal { get; set; }
                public void Success() { }
            }

            sealed class Events
            {
                public Func<MessageReceivedContext, Task> OnMessageReceived { get; set; } = context =>
                {
                    context.Principal = new ClaimsPrincipal(new ClaimsIdentity("Internal"));
                    context.Success();
                    return Task.CompletedTask;
                };
            }
        }
        """);
}
