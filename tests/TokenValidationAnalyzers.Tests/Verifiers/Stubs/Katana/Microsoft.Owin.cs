// Reference stub of the `Microsoft.Owin` 4.2.2 package (assembly Microsoft.Owin): the types Katana's authentication
// options expose, and the startup attribute. Namespaces, type names and member signatures mirror the real package; bodies are placeholders.
using System;

namespace Microsoft.Owin
{
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class OwinStartupAttribute : Attribute
    {
        public OwinStartupAttribute(Type startupType)
        {
        }

        public OwinStartupAttribute(string friendlyName, Type startupType)
        {
        }

        public OwinStartupAttribute(Type startupType, string methodName)
        {
        }

        public OwinStartupAttribute(string friendlyName, Type startupType, string methodName)
        {
        }

        public string FriendlyName { get; private set; } = null!;

        public Type StartupType { get; private set; } = null!;

        public string MethodName { get; private set; } = null!;
    }

    public struct PathString
    {
        public PathString(string value)
        {
            Value = value;
        }

        public string Value { get; }

        public bool HasValue => !string.IsNullOrEmpty(Value);
    }

    public interface IOwinContext
    {
    }
}

namespace Microsoft.Owin.Infrastructure
{
    public interface ICookieManager
    {
        string GetRequestCookie(Microsoft.Owin.IOwinContext context, string key);
    }

    public class CookieManager : ICookieManager
    {
        public string GetRequestCookie(Microsoft.Owin.IOwinContext context, string key) => throw null!;
    }
}
