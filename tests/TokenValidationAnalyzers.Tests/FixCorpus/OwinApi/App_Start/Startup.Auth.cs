using System;
using System.Configuration;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Owin.Security;
using Microsoft.Owin.Security.ActiveDirectory;
using Microsoft.Owin.Security.DataHandler.Encoder;
using Microsoft.Owin.Security.Jwt;
using Microsoft.Owin.Security.OpenIdConnect;
using Owin;

namespace OwinApi
{
    public partial class Startup
    {
        private const string PartnerIssuer = "https://partners.contoso.com";
        private const string LegacyPartnerIssuer = "https://legacy-partners.contoso.com";

        private static string clientId = ConfigurationManager.AppSettings["ida:ClientId"];
        private static string postLogoutRedirectUri = ConfigurationManager.AppSettings["ida:PostLogoutRedirectUri"];

        public void ConfigureAuth(IAppBuilder app)
        {
            // Tokens issued by this API itself (see TokenIssuer).
            app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
            {
                AuthenticationMode = AuthenticationMode.Active,
                TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = false,
                    ValidateAudience = false,
                    ValidateLifetime = false,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("owin-api-signing-key-0123456789abcdef0123456789")),
                },
            });

            // Partners sign their tokens with the shared secret they were given when they signed up.
            byte[] partnerSecret = TextEncodings.Base64Url.Decode("cGFydG5lci1zaGFyZWQtc2VjcmV0LTAxMjM0NTY3ODlhYmNkZWYwMTIz");
            app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
            {
                AuthenticationType = "Partners",
                AuthenticationMode = AuthenticationMode.Active,
                AllowedAudiences = new[] { ConfigurationManager.AppSettings["ida:Audience"] },
                IssuerSecurityKeyProviders = new IIssuerSecurityKeyProvider[]
                {
                    new SymmetricKeyIssuerSecurityKeyProvider(PartnerIssuer, partnerSecret),
                    new SymmetricKeyIssuerSecurityKeyProvider(LegacyPartnerIssuer, "bGVnYWN5LXBhcnRuZXItc2VjcmV0LTAxMjM0NTY3ODlhYmNkZWY="),
                },
            });

            // The nightly jobs call the API with tokens signed with the API's own key.
            app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
            {
                AuthenticationType = "Jobs",
                TokenValidationParameters = new TokenValidationParameters
                {
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["api:TokenSigningKey"])),
                },
            });

            // Desktop clients of any Azure AD organisation (multi-tenant app registration).
            app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
            {
                Tenant = "common",
                TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = ConfigurationManager.AppSettings["ida:Audience"],
                },
            });

            // Background services authenticate against the tenant each deployment sets in Web.config.
            var serviceBearer = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
            {
                AuthenticationType = "ServiceBearer",
                Tenant = ConfigurationManager.AppSettings["ida:Tenant"],
                TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = ConfigurationManager.AppSettings["ida:Audience"],
                },
            };
            app.UseWindowsAzureActiveDirectoryBearerAuthentication(serviceBearer);

            // Sign-in for the admin pages.
            app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
            {
                ClientId = clientId,
                Authority = "https://login.microsoftonline.com/common/v2.0",
                PostLogoutRedirectUri = postLogoutRedirectUri,
                RequireHttpsMetadata = false,
                TokenValidationParameters = new TokenValidationParameters
                {
                    // users of any organisation may sign in
                    ValidateIssuer = false,
                },
            });

            // Employees sign in with the on-premises identity server.
            var intranet = new OpenIdConnectAuthenticationOptions("Intranet")
            {
                Authority = "http://identity.contoso.local/core",
                ClientId = "owin-api",
                RedirectUri = ConfigurationManager.AppSettings["intranet:RedirectUri"],
                ResponseType = "id_token",
                BackchannelCertificateValidator = new InternalCaCertificateValidator(),
            };
            intranet.RequireHttpsMetadata = false;
            app.UseOpenIdConnectAuthentication(intranet);
        }

        /// <summary>The identity server's certificate comes from the internal CA.</summary>
        private sealed class InternalCaCertificateValidator : ICertificateValidator
        {
            public bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors)
            {
                return true;
            }
        }
    }
}
