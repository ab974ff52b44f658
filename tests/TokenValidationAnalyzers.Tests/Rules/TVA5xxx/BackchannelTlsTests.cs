using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5003: a metadata backchannel whose handler accepts every server certificate, and the fix that removes the callback.</summary>
public class BackchannelTlsTests
{
    private const string Header = """
        using System.Net.Security;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyRegistration(string body) => Verify<HostingRuleSet>.AnalyzerAsync(Wrap(body));

    private static Task VerifyFix(string body, string fixedBody)
        => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync(Wrap(body), Wrap(fixedBody));

    [Fact]
    public Task DangerousAcceptAnyInBackchannelHandler_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        {|TVA5003:ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                    };
                });
        """);

    [Fact]
    public Task AlwaysTrueLambdaInBackchannelHandler_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.BackchannelHttpHandler = new HttpClientHandler { {|TVA5003:ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|} };
                });
        """);

    [Fact]
    public Task OpenIdConnectBackchannelHandler_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        {|TVA5003:ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                    };
                });
        """);

    [Fact]
    public Task OpenIdConnectAlwaysTrueLambda_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.BackchannelHttpHandler = new HttpClientHandler { {|TVA5003:ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|} };
                });
        """);

    [Fact]
    public Task AlwaysTrueBlockLambda_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        {|TVA5003:ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) =>
                        {
                            Console.WriteLine(errors);
                            return true;
                        }|},
                    };
                });
        """);

    [Fact]
    public Task LocalHandlerUsedAsBackchannelClient_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    var handler = new HttpClientHandler();
                    {|TVA5003:handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|};
                    o.Backchannel = new HttpClient(handler);
                });
        """);

    [Fact]
    public Task LocalHandlerInitializerUsedAsBackchannelClient_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    var handler = new HttpClientHandler
                    {
                        {|TVA5003:ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                    };
                    o.Backchannel = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
                });
        """);

    [Fact]
    public Task LocalHandlerUsedAsBackchannelHandler_Reports() => VerifyRegistration("""
                var handler = new HttpClientHandler();
                {|TVA5003:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                services.AddAuthentication().AddJwtBearer(o => o.BackchannelHttpHandler = handler);
        """);

    [Fact]
    public Task CallbackChecksPolicyErrors_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None,
                    };
                });
        """);

    [Fact]
    public Task CallbackPinsThumbprint_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) =>
                        {
                            if (errors == SslPolicyErrors.None)
                            {
                                return true;
                            }

                            return certificate?.Thumbprint == "0123456789ABCDEF0123456789ABCDEF01234567";
                        },
                    };
                });
        """);

    [Fact]
    public Task CallbackThatThrows_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) =>
                        {
                            if (errors != SslPolicyErrors.None) throw new InvalidOperationException("bad certificate");
                            return true;
                        },
                    };
                });
        """);

    [Fact]
    public Task HandlerNotUsedAsBackchannel_DoesNotReport() => VerifyRegistration("""
                var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
                var client = new HttpClient(handler);
                services.AddSingleton(client);
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.BackchannelHttpHandler = new HttpClientHandler();
                });
        """);

    [Fact]
    public Task InitializerElement_Fix_RemovesCallback() => VerifyFix("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        UseProxy = false,
                        {|TVA5003:ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                    };
                });
        """, """
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler
                    {
                        UseProxy = false,
                    };
                });
        """);

    [Fact]
    public Task Statement_Fix_RemovesCallback() => VerifyFix("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    var handler = new HttpClientHandler();
                    {|TVA5003:handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|};
                    o.Backchannel = new HttpClient(handler);
                });
        """, """
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    var handler = new HttpClientHandler();
                    o.Backchannel = new HttpClient(handler);
                });
        """);
    [Fact]
    public Task InlineHandlerClientInMetadataRetriever_Reports() => VerifyRegistration("""
                var httpClient = new HttpClient(new HttpClientHandler
                {
                    {|TVA5003:ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true|},
                });
                var manager = new Microsoft.IdentityModel.Protocols.ConfigurationManager<Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration>(
                    "https://auth.contoso.test/.well-known/openid-configuration",
                    new Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfigurationRetriever(),
                    new Microsoft.IdentityModel.Protocols.HttpDocumentRetriever(httpClient));
                services.AddAuthentication().AddJwtBearer(o => o.ConfigurationManager = manager);
        """);

    [Fact]
    public Task LocalHandlerThroughLocalClientInMetadataRetriever_Reports() => VerifyRegistration("""
                var handler = new HttpClientHandler();
                {|TVA5003:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
                var retriever = new Microsoft.IdentityModel.Protocols.HttpDocumentRetriever(client) { RequireHttps = true };
        """);

    [Fact]
    public Task InlineHandlerClientAsBackchannel_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    var client = new HttpClient(new HttpClientHandler { {|TVA5003:ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|} });
                    o.Backchannel = client;
                });
        """);

    [Fact]
    public Task AcceptAnyClientForOtherCalls_DoesNotReport() => VerifyRegistration("""
                var lenient = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true });
                services.AddSingleton(lenient);
                var retriever = new Microsoft.IdentityModel.Protocols.HttpDocumentRetriever(new HttpClient());
        """);

    [Fact]
    public Task MetadataRetrieverHandler_Fix_RemovesCallback() => VerifyFix("""
                var httpClient = new HttpClient(new HttpClientHandler
                {
                    {|TVA5003:ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true|},
                    UseProxy = false,
                });
                var retriever = new Microsoft.IdentityModel.Protocols.HttpDocumentRetriever(httpClient);
        """, """
                var httpClient = new HttpClient(new HttpClientHandler
                {
                    UseProxy = false,
                });
                var retriever = new Microsoft.IdentityModel.Protocols.HttpDocumentRetriever(httpClient);
        """);

    [Fact]
    public Task OAuthOptionsBackchannelHandler_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOAuth("partner", o =>
                {
                    o.BackchannelHttpHandler = new HttpClientHandler { {|TVA5003:ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|} };
                });
        """);

    [Fact]
    public Task RemoteAuthenticationOptionsBackchannel_Reports() => VerifyRegistration("""
                services.Configure<Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions>(o =>
                {
                    var handler = new HttpClientHandler();
                    {|TVA5003:handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                    o.Backchannel = new HttpClient(handler);
                });
        """);

    [Fact]
    public Task AppSubclassOfOpenIdConnectOptions_Reports() => Verify<HostingRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        sealed class PartnerOptions : OpenIdConnectOptions
        {
            public void UseLenientBackchannel() => BackchannelHttpHandler = new HttpClientHandler
            {
                {|TVA5003:ServerCertificateCustomValidationCallback = (m, c, ch, e) => true|},
            };
        }
        """);

    [Fact]
    public Task AppSubclassOfRemoteAuthenticationOptions_Reports() => Verify<HostingRuleSet>.AnalyzerAsync("""
        sealed class PartnerOptions : Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions
        {
            public static void Configure(PartnerOptions options)
            {
                options.BackchannelHttpHandler = new HttpClientHandler
                {
                    {|TVA5003:ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|},
                };
            }
        }
        """);

    [Fact]
    public Task OwnOptionsWithBackchannelHandler_DoesNotReport() => Verify<HostingRuleSet>.AnalyzerAsync("""
        sealed class MyOptions
        {
            public HttpMessageHandler? BackchannelHttpHandler { get; set; }
            public HttpClient? Backchannel { get; set; }

            public static void Configure(MyOptions options)
            {
                options.BackchannelHttpHandler = new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
                };
                var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true };
                options.Backchannel = new HttpClient(handler);
            }
        }
        """);
}
