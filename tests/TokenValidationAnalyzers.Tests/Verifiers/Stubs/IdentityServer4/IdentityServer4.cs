// Reference stub: the public surface of IdentityServer4 4.1.x (assembly IdentityServer4) that the rules bind to.
// Namespaces, type names and signatures as the package declares them; bodies are placeholders.
#nullable disable
using System;
using System.Security.Cryptography.X509Certificates;
using IdentityServer4.Configuration;

namespace IdentityServer4.Configuration
{
    public class IdentityServerOptions
    {
        public string IssuerUri { get; set; }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IIdentityServerBuilder
    {
        IServiceCollection Services { get; }
    }

    public static class IdentityServerServiceCollectionExtensions
    {
        public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services) => throw null;

        public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services, Action<IdentityServerOptions> setupAction) => throw null;
    }

    public static class IdentityServerBuilderExtensionsCrypto
    {
        public static IIdentityServerBuilder AddSigningCredential(this IIdentityServerBuilder builder, X509Certificate2 certificate, string signingAlgorithm = "RS256") => throw null;

        public static IIdentityServerBuilder AddDeveloperSigningCredential(
            this IIdentityServerBuilder builder,
            bool persistKey = true,
            string filename = null,
            string signingAlgorithm = "RS256") => throw null;
    }
}
