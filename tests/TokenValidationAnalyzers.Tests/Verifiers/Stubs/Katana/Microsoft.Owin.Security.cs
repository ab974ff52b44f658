// Reference stub of the `Microsoft.Owin.Security` 4.2.2 package (assembly Microsoft.Owin.Security): authentication
// options' base class, the backchannel certificate validator contract, data formats and the base64url encoder.
// Namespaces, type names and member signatures mirror the real package; bodies are placeholders.
using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;

namespace Microsoft.Owin.Security
{
    public enum AuthenticationMode
    {
        Active = 0,
        Passive = 1,
    }

    public class AuthenticationDescription
    {
        public IDictionary<string, object> Properties { get; } = null!;

        public string AuthenticationType { get; set; } = null!;

        public string Caption { get; set; } = null!;
    }

    public abstract class AuthenticationOptions
    {
        protected AuthenticationOptions(string authenticationType)
        {
        }

        public string AuthenticationType { get; set; } = null!;

        public AuthenticationMode AuthenticationMode { get; set; }

        public AuthenticationDescription Description { get; set; } = null!;
    }

    public class AuthenticationProperties
    {
        public AuthenticationProperties()
        {
        }

        public AuthenticationProperties(IDictionary<string, string> dictionary)
        {
        }

        public IDictionary<string, string> Dictionary => throw null!;

        public DateTimeOffset? IssuedUtc { get; set; }

        public DateTimeOffset? ExpiresUtc { get; set; }

        public bool? AllowRefresh { get; set; }
    }

    public class AuthenticationTicket
    {
        public AuthenticationTicket(ClaimsIdentity identity, AuthenticationProperties properties)
        {
        }

        public ClaimsIdentity Identity => throw null!;

        public AuthenticationProperties Properties => throw null!;
    }

    public interface ISecureDataFormat<TData>
    {
        string Protect(TData data);

        TData Unprotect(string protectedText);
    }

    /// <summary>Validates the TLS certificate of a backchannel (metadata) endpoint.</summary>
    public interface ICertificateValidator
    {
        bool Validate(object sender, X509Certificate certificate, X509Chain chain, System.Net.Security.SslPolicyErrors sslPolicyErrors);
    }
}

namespace Microsoft.Owin.Security.DataHandler.Encoder
{
    public interface ITextEncoder
    {
        string Encode(byte[] data);

        byte[] Decode(string text);
    }

    public class Base64UrlTextEncoder : ITextEncoder
    {
        public string Encode(byte[] data) => throw null!;

        public byte[] Decode(string text) => throw null!;
    }

    public static class TextEncodings
    {
        public static ITextEncoder Base64 => throw null!;

        public static ITextEncoder Base64Url => throw null!;
    }
}
