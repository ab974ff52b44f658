// Reference stub of the `Microsoft.Owin.Security.OAuth` 4.2.2 package (assembly Microsoft.Owin.Security.OAuth): bearer
// options and their registration. Namespaces, type names and member signatures mirror the real package; bodies are placeholders.
using Microsoft.Owin.Security;
using Microsoft.Owin.Security.OAuth;

namespace Microsoft.Owin.Security.OAuth
{
    public static class OAuthDefaults
    {
        public const string AuthenticationType = "Bearer";
    }

    public interface IOAuthBearerAuthenticationProvider
    {
    }

    public class OAuthBearerAuthenticationProvider : IOAuthBearerAuthenticationProvider
    {
    }

    public interface IAuthenticationTokenProvider
    {
    }

    public class OAuthBearerAuthenticationOptions : AuthenticationOptions
    {
        public OAuthBearerAuthenticationOptions()
            : base(OAuthDefaults.AuthenticationType)
        {
        }

        public string Realm { get; set; } = null!;

        public string Challenge { get; set; } = null!;

        public IOAuthBearerAuthenticationProvider Provider { get; set; } = null!;

        public ISecureDataFormat<AuthenticationTicket> AccessTokenFormat { get; set; } = null!;

        public IAuthenticationTokenProvider AccessTokenProvider { get; set; } = null!;
    }
}

namespace Owin
{
    public static class OAuthBearerAuthenticationExtensions
    {
        public static IAppBuilder UseOAuthBearerAuthentication(this IAppBuilder app, OAuthBearerAuthenticationOptions options) => throw null!;
    }
}
