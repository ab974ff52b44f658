// Reference stub of the `Microsoft.Owin.Security.Jwt` 4.2.2 package (assembly Microsoft.Owin.Security.Jwt), compiled
// against Microsoft.IdentityModel.Tokens and System.IdentityModel.Tokens.Jwt. Namespaces, type names and member
// signatures mirror the real package; bodies are placeholders.
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Owin.Security;
using Microsoft.Owin.Security.Jwt;
using Microsoft.Owin.Security.OAuth;

namespace Microsoft.Owin.Security.Jwt
{
    public interface IIssuerSecurityKeyProvider
    {
        string Issuer { get; }

        IEnumerable<SecurityKey> SecurityKeys { get; }
    }

    public class SymmetricKeyIssuerSecurityKeyProvider : IIssuerSecurityKeyProvider
    {
        public SymmetricKeyIssuerSecurityKeyProvider(string issuer, byte[] key)
        {
        }

        public SymmetricKeyIssuerSecurityKeyProvider(string issuer, IEnumerable<byte[]> keys)
        {
        }

        public SymmetricKeyIssuerSecurityKeyProvider(string issuer, string base64Key)
        {
        }

        public SymmetricKeyIssuerSecurityKeyProvider(string issuer, IEnumerable<string> base64Keys)
        {
        }

        public string Issuer { get; private set; } = null!;

        public IEnumerable<SecurityKey> SecurityKeys => throw null!;
    }

    public class X509CertificateSecurityKeyProvider : IIssuerSecurityKeyProvider
    {
        public X509CertificateSecurityKeyProvider(string issuer, X509Certificate2 certificate)
        {
        }

        public string Issuer { get; private set; } = null!;

        public IEnumerable<SecurityKey> SecurityKeys => throw null!;
    }

    public class JwtFormat : ISecureDataFormat<AuthenticationTicket>
    {
        protected JwtFormat()
        {
        }

        public JwtFormat(string allowedAudience, IIssuerSecurityKeyProvider issuerCredentialProvider)
        {
        }

        public JwtFormat(IEnumerable<string> allowedAudiences, IEnumerable<IIssuerSecurityKeyProvider> issuerCredentialProviders)
        {
        }

        public JwtFormat(TokenValidationParameters validationParameters)
        {
        }

        public JwtFormat(TokenValidationParameters validationParameters, IIssuerSecurityKeyProvider issuerCredentialProvider)
        {
        }

        public bool ValidateIssuer { get; set; }

        public JwtSecurityTokenHandler TokenHandler { get; set; } = null!;

        public bool UseTokenLifetime { get; set; }

        public string Protect(AuthenticationTicket data) => throw null!;

        public AuthenticationTicket Unprotect(string protectedText) => throw null!;
    }

    public class JwtBearerAuthenticationOptions : AuthenticationOptions
    {
        public JwtBearerAuthenticationOptions()
            : base(OAuthDefaults.AuthenticationType)
        {
        }

        public IEnumerable<string> AllowedAudiences { get; set; } = null!;

        public IEnumerable<IIssuerSecurityKeyProvider> IssuerSecurityKeyProviders { get; set; } = null!;

        public IOAuthBearerAuthenticationProvider Provider { get; set; } = null!;

        public string Realm { get; set; } = null!;

        public TokenValidationParameters TokenValidationParameters { get; set; } = null!;

        public JwtSecurityTokenHandler TokenHandler { get; set; } = null!;
    }
}

namespace Owin
{
    public static class JwtBearerAuthenticationExtensions
    {
        public static IAppBuilder UseJwtBearerAuthentication(this IAppBuilder app, JwtBearerAuthenticationOptions options) => throw null!;
    }
}
