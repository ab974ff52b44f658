// Reference stub: the public surface of Duende.IdentityServer 7.x (assembly Duende.IdentityServer) that the rules bind to.
// Namespaces, type names and signatures as the package declares them; bodies are placeholders.
#nullable disable
using System;
using System.Security.Cryptography.X509Certificates;
using Duende.IdentityServer;
using Duende.IdentityServer.Configuration;

namespace Duende.IdentityServer
{
    public static class IdentityServerConstants
    {
        public enum RsaSigningAlgorithm
        {
            RS256,
            RS384,
            RS512,
            PS256,
            PS384,
            PS512,
        }
    }
}

namespace Duende.IdentityServer.Configuration
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
            IdentityServerConstants.RsaSigningAlgorithm signingAlgorithm = IdentityServerConstants.RsaSigningAlgorithm.RS256) => throw null;
    }
}
