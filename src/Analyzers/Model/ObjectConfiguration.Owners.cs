using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Model;

internal sealed partial class ObjectConfiguration
{
    private sealed partial class BlockWalk
    {
        /// <summary>
        /// An options object is judged here only when it is created here or is the parameter of an
        /// <c>AddJwtBearer</c>/<c>AddOpenIdConnect</c> lambda; anywhere else (Configure&lt;T&gt;, IConfigureOptions,
        /// a helper's parameter, a field) other code may have configured its authority.
        /// </summary>
        private bool IsFromOutside(ObjectRef owner)
        {
            if (owner.Root is IOperation || (owner.Root is IParameterSymbol { ContainingSymbol: IMethodSymbol lambda } && _schemeLambdas.Contains(lambda)))
            {
                return false;
            }

            // a local (or field) that holds an options object created in this block
            foreach (var name in _aliases.Names)
            {
                if (name.Root is IOperation && name.Member is null && _aliases.Same(name, owner))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The configuration site whose options parameter the owner is, if any.</summary>
        private ConfigurationSite? SiteOf(ObjectRef owner)
        {
            if (owner.Root is not IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter)
            {
                return null;
            }

            var site = _siteLambdas.TryGetValue(method, out var lambdaSite) ? lambdaSite
                : _compilation is null ? null : ConfigurationSite.OfMethod(method, parameter, _compilation, _types);
            return site is not null && SymbolEqualityComparer.Default.Equals(parameter.Type, site.Options) ? site : null;
        }

        private bool IsKnownLibraryMethod(IMethodSymbol? method)
        {
            // IdentityModel's own methods read the parameters (ValidateToken) or add a validator
            // (EnableAadSigningKeyIssuerValidation); they never supply an issuer or audience the rules look for.
            // Katana's app.Use…Authentication(options) hands the options to its middleware as they are.
            if (_types.Katana.IsAuthenticationRegistration(method))
            {
                return true;
            }

            var ns = method?.ContainingNamespace;
            while (ns is { IsGlobalNamespace: false })
            {
                if (ns.ContainingNamespace is { IsGlobalNamespace: true })
                {
                    return false;
                }

                if (ns.Name == "IdentityModel" && ns.ContainingNamespace is { Name: "Microsoft" or "System", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return true;
                }

                ns = ns.ContainingNamespace;
            }

            return false;
        }
    }
}
