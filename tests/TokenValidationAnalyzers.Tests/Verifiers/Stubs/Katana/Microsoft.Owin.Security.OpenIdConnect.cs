// Reference stub of the `Microsoft.Owin.Security.OpenIdConnect` 4.2.2 package (assembly
// Microsoft.Owin.Security.OpenIdConnect), compiled against IdentityModel. Namespaces, type names and member signatures
// mirror the real package; bodies are placeholders. The notifications class is declared without its members.
using System;
using System.IdentityModel.Tokens.Jwt;
using System.Net.Http;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Owin.Infrastructure;
using Microsoft.Owin.Security;
using Microsoft.Owin.Security.OpenIdConnect;

namespace Microsoft.Owin.Security.OpenIdConnect
{
    public static class OpenIdConnectAuthenticationDefaults
    {
        public const string AuthenticationType = "OpenIdConnect";

        public const string Caption = "OpenIdConnect";
    }

    public class OpenIdConnectAuthenticationNotifications
    {
    }

    public class OpenIdConnectAuthenticationOptions : AuthenticationOptions
    {
        public OpenIdConnectAuthenticationOptions()
            : base(OpenIdConnectAuthenticationDefaults.AuthenticationType)
        {
        }

        public OpenIdConnectAuthenticationOptions(string authenticationType)
            : base(authenticationType)
        {
        }

        public string Authority { get; set; } = null!;

        public Microsoft.Owin.PathString CallbackPath { get; set; }

        public ICertificateValidator BackchannelCertificateValidator { get; set; } = null!;

        public HttpMessageHandler BackchannelHttpHandler { get; set; } = null!;

        public TimeSpan BackchannelTimeout { get; set; }

        public HttpClient Backchannel { get; set; } = null!;

        public string Caption { get; set; } = null!;

        public string ClientId { get; set; } = null!;

        public string ClientSecret { get; set; } = null!;

        public OpenIdConnectConfiguration Configuration { get; set; } = null!;

        public bool RequireHttpsMetadata { get; set; }

        public string MetadataAddress { get; set; } = null!;

        public IConfigurationManager<OpenIdConnectConfiguration> ConfigurationManager { get; set; } = null!;

        public bool RefreshOnIssuerKeyNotFound { get; set; }

        public OpenIdConnectAuthenticationNotifications Notifications { get; set; } = null!;

        public OpenIdConnectProtocolValidator ProtocolValidator { get; set; } = null!;

        public string PostLogoutRedirectUri { get; set; } = null!;

        public string RedirectUri { get; set; } = null!;

        public string Resource { get; set; } = null!;

        public string ResponseMode { get; set; } = null!;

        public string ResponseType { get; set; } = null!;

        public string Scope { get; set; } = null!;

        public string SignInAsAuthenticationType { get; set; } = null!;

        public ISecureDataFormat<AuthenticationProperties> StateDataFormat { get; set; } = null!;

        public ISecurityTokenValidator SecurityTokenValidator { get; set; } = null!;

        public TokenValidationParameters TokenValidationParameters { get; set; } = null!;

        public bool UseTokenLifetime { get; set; }

        public bool SaveTokens { get; set; }

        public ICookieManager CookieManager { get; set; } = null!;

        public bool RedeemCode { get; set; }

        public bool UsePkce { get; set; }
    }
}

namespace Owin
{
    public static class OpenIdConnectAuthenticationExtensions
    {
        public static IAppBuilder UseOpenIdConnectAuthentication(this IAppBuilder app, string clientId, string metadataAddress) => throw null!;

        public static IAppBuilder UseOpenIdConnectAuthentication(this IAppBuilder app, OpenIdConnectAuthenticationOptions openIdConnectOptions)
            => throw null!;
    }
}
