using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5007: message-received handlers that take the access token from the query string on every path.</summary>
public class QueryStringTokenTests
{
    private const string Usings = """
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        """;

    private static Task Verify(string source) => Verify<QueryTokenRuleSet>.AnalyzerAsync(Usings + source);

    /// <summary>The handler body of <c>OnMessageReceived = context => { … }</c> inside <c>AddJwtBearer</c>.</summary>
    private static Task VerifyHandler(string body) => Verify($$"""
        static class Startup
        {
            public static void Configure(WebApplicationBuilder builder, IHostEnvironment env)
            {
                builder.Services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Events = new JwtBearerEvents
                    {
                        OnMessageReceived = context =>
                        {
        {{body}}
                            return Task.CompletedTask;
                        },
                    };
                });
            }
        }
        """);

    [Fact]
    public Task SignalRRecipeWithoutPathCheck_Reports() => VerifyHandler("""
                            var accessToken = context.Request.Query["access_token"];
                            if (!string.IsNullOrEmpty(accessToken))
                            {
                                {|TVA5007:context.Token = accessToken|};
                            }
        """);

    [Theory]
    [InlineData("context.Request.Query[\"access_token\"]")]
    [InlineData("context.Request.Query[\"access_token\"].ToString()")]
    [InlineData("context.HttpContext.Request.Query[\"access_token\"].FirstOrDefault()")]
    [InlineData("(string?)context.Request.Query[\"token\"] ?? \"\"")]
    public Task QueryValue_Reports(string value) => VerifyHandler($$"""
                            {|TVA5007:context.Token = {{value}}|};
        """);

    [Fact]
    public Task QueryTryGetValue_Reports() => VerifyHandler("""
                            if (context.Request.Query.TryGetValue("access_token", out var token) && token.Count > 0)
                            {
                                {|TVA5007:context.Token = token|};
                            }
        """);

    [Fact]
    public Task ExpressionBodiedLambdaAssignedInOptions_Reports() => Verify("""
        static class Startup
        {
            public static void Configure(WebApplicationBuilder builder)
            {
                builder.Services.AddAuthentication().AddJwtBearer(options =>
                    options.Events.OnMessageReceived = async context => {|TVA5007:context.Token = context.Request.Query["access_token"]|});
            }
        }
        """);

    [Fact]
    public Task CombinedHandlerInPostConfigure_Reports() => Verify("""
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
                {
                    options.Events ??= new JwtBearerEvents();
                    options.Events.OnMessageReceived += context =>
                    {
                        {|TVA5007:context.Token = context.Request.Query["access_token"].ToString()|};
                        return Task.CompletedTask;
                    };
                });
            }
        }
        """);

    [Fact]
    public Task MethodGroupHandler_Reports() => Verify("""
        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.Configure<JwtBearerOptions>(options => options.Events = new() { OnMessageReceived = ReadToken });
            }

            static Task ReadToken(MessageReceivedContext context)
            {
                var token = context.Request.Query["access_token"].ToString();
                {|TVA5007:context.Token = token|};
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task TokenFromApplicationHelper_Reports() => Verify("""
        sealed class QueryTokenEvents : JwtBearerEvents
        {
            public override Task MessageReceived(MessageReceivedContext context)
            {
                {|TVA5007:context.Token = TokenFrom(context.Request)|};
                return Task.CompletedTask;
            }

            static string? TokenFrom(HttpRequest request) => FirstValue(request.Query, "access_token");

            static string? FirstValue(IQueryCollection query, string name) => query[name].FirstOrDefault();
        }
        """);

    [Theory]
    [InlineData("request.Headers[\"X-Access-Token\"]")]
    [InlineData("request.Path.StartsWithSegments(\"/hubs\") ? request.Query[\"access_token\"] : default")]
    public Task ApplicationHelperNotFromQuery_DoesNotReport(string value) => Verify($$"""
        sealed class QueryTokenEvents : JwtBearerEvents
        {
            public override Task MessageReceived(MessageReceivedContext context)
            {
                context.Token = TokenFrom(context.Request);
                return Task.CompletedTask;
            }

            static string? TokenFrom(HttpRequest request) => {{value}};
        }
        """);

    [Fact]
    public Task OverriddenMessageReceived_Reports() => Verify("""
        sealed class QueryTokenEvents : JwtBearerEvents
        {
            public override Task MessageReceived(MessageReceivedContext context)
            {
                {|TVA5007:context.Token = context.Request.Query["access_token"]|};
                return base.MessageReceived(context);
            }
        }
        """);

    [Fact]
    public Task OpenIdConnectMessageReceived_Reports() => Verify("""
        static class Startup
        {
            public static Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectEvents Events() => new()
            {
                OnMessageReceived = context =>
                {
                    {|TVA5007:context.Token = context.Request.Query["access_token"]|};
                    return Task.CompletedTask;
                },
            };
        }
        """);

    [Fact]
    public Task UndecidedCondition_Reports() => VerifyHandler("""
                            if (context.Request.Query.ContainsKey("access_token") && context.Token is null)
                            {
                                {|TVA5007:context.Token = context.Request.Query["access_token"]|};
                            }
        """);

    [Theory]
    [InlineData("context.HttpContext.Request.Path.StartsWithSegments(\"/hubs\")")]
    [InlineData("context.Request.Path.StartsWithSegments(new PathString(\"/hubs/chat\"), StringComparison.OrdinalIgnoreCase)")]
    [InlineData("context.Request.Path.Value!.StartsWith(\"/hubs\")")]
    [InlineData("context.Request.Path == \"/hubs/chat\"")]
    [InlineData("context.Request.Path.Equals(\"/hubs/chat\")")]
    [InlineData("path.StartsWithSegments(\"/hubs\")")]
    [InlineData("context.HttpContext.WebSockets.IsWebSocketRequest")]
    [InlineData("context.Request.Headers.Accept.ToString().Contains(\"text/event-stream\")")]
    [InlineData("context.Request.Headers[\"Accept\"] == \"text/event-stream\"")]
    public Task RestrictedByEnclosingIf_DoesNotReport(string test) => VerifyHandler($$"""
                            var accessToken = context.Request.Query["access_token"];
                            var path = context.HttpContext.Request.Path;
                            if (!string.IsNullOrEmpty(accessToken) && {{test.Replace("StringComparison", "System.StringComparison")}})
                            {
                                context.Token = accessToken;
                            }
        """);

    [Fact]
    public Task RestrictedByEarlyReturn_DoesNotReport() => VerifyHandler("""
                            var path = context.HttpContext.Request.Path.Value ?? "";
                            if (!path.StartsWith("/hubs", System.StringComparison.Ordinal))
                            {
                                return Task.CompletedTask;
                            }

                            context.Token = context.Request.Query["access_token"];
        """);

    [Fact]
    public Task RestrictedByApplicationHelper_DoesNotReport() => Verify("""
        sealed class HubTokenEvents : JwtBearerEvents
        {
            public override Task MessageReceived(MessageReceivedContext context)
            {
                var isHub = IsHubRequest(context.HttpContext);
                if (isHub && context.Request.Query.TryGetValue("access_token", out var token))
                {
                    context.Token = token;
                }

                return Task.CompletedTask;
            }

            static bool IsHubRequest(HttpContext http) => HasHubPath(http.Request);

            static bool HasHubPath(HttpRequest request) => request.Path.StartsWithSegments("/hubs");
        }
        """);

    [Fact]
    public Task DevelopmentOnly_DoesNotReport() => VerifyHandler("""
                            if (env.IsDevelopment())
                            {
                                context.Token = context.Request.Query["access_token"];
                            }
        """);

    [Theory]
    [InlineData("context.Request.Headers[\"X-Access-Token\"]")]
    [InlineData("context.Request.Cookies[\"access_token\"]")]
    [InlineData("context.Request.Query.ContainsKey(\"tenant\") ? context.Request.Headers.Authorization.ToString() : null")]
    public Task TokenFromHeaderOrCookie_DoesNotReport(string value) => VerifyHandler($$"""
                            var tenant = context.Request.Query["tenant"];
                            context.Token = {{value}};
        """);

    [Fact]
    public Task OwnMessageReceivedContext_DoesNotReport() => Verify("""
        namespace App
        {
            sealed class MessageReceivedContext
            {
                public HttpRequest Request { get; set; } = null!;
                public string? Token { get; set; }
            }

            static class Handlers
            {
                public static void Read(MessageReceivedContext context) => context.Token = context.Request.Query["access_token"];
            }
        }
        """);
}
