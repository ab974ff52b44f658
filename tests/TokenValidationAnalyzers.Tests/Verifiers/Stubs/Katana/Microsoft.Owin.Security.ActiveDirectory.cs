// Reference stub of the `Microsoft.Owin.Security.ActiveDirectory` 4.2.2 package (assembly
// Microsoft.Owin.Security.ActiveDirectory), compiled against IdentityModel. Namespaces, type names and member
// signatures mirror the real package; bodies are placeholders.
using System;
using System.IdentityModel.Tokens.Jwt;
using System.Net.Http;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Owin.Security;
using Microsoft.Owin.Security.ActiveDirectory;
using Microsoft.Owin.Security.OAuth;

namespace Microsoft.Owin.Security.ActiveDirectory
{
    public class WindowsAzureActiveDirectoryBearerAuthenticationOptions : AuthenticationOptions
    {
        public WindowsAzureActiveDirectoryBearerAuthenticationOptions()
            : base(OAuthDefaults.AuthenticationType)
        {
        }

        public string MetadataAddress { get; set; } = null!;

        public string Tenant { get; set; } = null!;

        public string Audience { get; set; } = null!;

        public string Realm { get; set; } = null!;

        public IOAuthBearerAuthenticationProvider Provider { get; set; } = null!;

        public ICertificateValidator BackchannelCertificateValidator { get; set; } = null!;

        public TimeSpan BackchannelTimeout { get; set; }

        public HttpMessageHandler BackchannelHttpHandler { get; set; } = null!;

        public ISecureDataFormat<AuthenticationTicket> AccessTokenFormat { get; set; } = null!;

        public IAuthenticationTokenProvider AccessTokenProvider { get; set; } = null!;

        public TokenValidationParameters TokenValidationParameters { get; set; } = null!;

        public JwtSecurityTokenHandler TokenHandler { get; set; } = null!;
    }
}

namespace Owin
{
    public static class WindowsAzureActiveDirectoryBearerAuthenticationExtensions
    {
        public static IAppBuilder UseWindowsAzureActiveDirectoryBearerAuthentication(this IAppBuilder app,
            WindowsAzureActiveDirectoryBearerAuthenticationOptions options) => throw null!;
    }
}
