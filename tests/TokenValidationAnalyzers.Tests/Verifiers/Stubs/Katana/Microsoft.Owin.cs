// Reference stub of the `Microsoft.Owin` 4.2.2 package (assembly Microsoft.Owin): the types Katana's authentication
// options expose. Namespaces, type names and member signatures mirror the real package; bodies are placeholders.
namespace Microsoft.Owin
{
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
