// Reference stub of Katana 3.1.0 (.NET Framework OWIN) with System.IdentityModel.Tokens.Jwt 4.0.x, the generation before
// Microsoft.IdentityModel.Tokens: the subset of the public surface the analyzer tests need, compiled into one assembly
// named after the Microsoft.Owin.Security package. Namespaces, type names and the member signatures included mirror the
// real packages; bodies are placeholders.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Owin.Security;
using Microsoft.Owin.Security.ActiveDirectory;
using Microsoft.Owin.Security.OpenIdConnect;

namespace System.IdentityModel.Tokens
{
    public class TokenValidationParameters
    {
        public bool ValidateIssuer { get; set; }

        public string ValidIssuer { get; set; }

        public IEnumerable<string> ValidIssuers { get; set; }

        public string ValidAudience { get; set; }

        public IEnumerable<string> ValidAudiences { get; set; }
    }
}

namespace Owin
{
    public interface IAppBuilder
    {
        IDictionary<string, object> Properties { get; }

        IAppBuilder Use(object middleware, params object[] args);
    }

    public static class OpenIdConnectAuthenticationExtensions
    {
        public static IAppBuilder UseOpenIdConnectAuthentication(this IAppBuilder app, OpenIdConnectAuthenticationOptions openIdConnectOptions) => throw null;
    }

    public static class WindowsAzureActiveDirectoryBearerAuthenticationExtensions
    {
        public static IAppBuilder UseWindowsAzureActiveDirectoryBearerAuthentication(this IAppBuilder app,
            WindowsAzureActiveDirectoryBearerAuthenticationOptions options) => throw null;
    }
}

namespace Microsoft.Owin.Security
{
    public abstract class AuthenticationOptions
    {
        protected AuthenticationOptions(string authenticationType)
        {
        }

        public string AuthenticationType { get; set; }
    }

    public interface ICertificateValidator
    {
        bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors);
    }
}

namespace Microsoft.Owin.Security.OpenIdConnect
{
    public class OpenIdConnectAuthenticationOptions : AuthenticationOptions
    {
        public OpenIdConnectAuthenticationOptions()
            : base("OpenIdConnect")
        {
        }

        public string Authority { get; set; }

        public ICertificateValidator BackchannelCertificateValidator { get; set; }

        public HttpMessageHandler BackchannelHttpHandler { get; set; }

        public string ClientId { get; set; }

        public string MetadataAddress { get; set; }

        public System.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; }
    }
}

namespace Microsoft.Owin.Security.ActiveDirectory
{
    public class WindowsAzureActiveDirectoryBearerAuthenticationOptions : AuthenticationOptions
    {
        public WindowsAzureActiveDirectoryBearerAuthenticationOptions()
            : base("Bearer")
        {
        }

        public string MetadataAddress { get; set; }

        public string Tenant { get; set; }

        public string Audience { get; set; }

        public ICertificateValidator BackchannelCertificateValidator { get; set; }

        public System.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; }
    }
}
