using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>Local accounts and the sign-ins that feed them: ASP.NET Core Identity, LINQ lookups, external identity providers.</summary>
internal sealed class AccountTypes
{
    /// <summary>Assemblies of the external providers: a project that references one of them is analysed even without IdentityModel.</summary>
    public static readonly string[] ProviderAssemblies =
    {
        "Microsoft.AspNetCore.Authentication.Google",
        "Microsoft.AspNetCore.Authentication.Facebook",
        "Microsoft.AspNetCore.Authentication.MicrosoftAccount",
        "Microsoft.AspNetCore.Authentication.Twitter",
    };

    public AccountTypes(TypeResolver types)
    {
        UserManager = types.Get("Microsoft.AspNetCore.Identity.UserManager`1");
        IdentityUser = types.Get("Microsoft.AspNetCore.Identity.IdentityUser`1");
        PrincipalExtensions = types.Get("System.Security.Claims.PrincipalExtensions");
        Identity = types.Get("System.Security.Principal.IIdentity");
        Queryable = types.Get("System.Linq.Queryable");
        List = types.Get("System.Collections.Generic.List`1");
        EntityFrameworkQueryableExtensions = types.Get("Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions");
        ProviderExtensions = new List<INamedTypeSymbol>();
        foreach (var name in new[]
        {
            "Microsoft.Extensions.DependencyInjection.GoogleExtensions",
            "Microsoft.Extensions.DependencyInjection.FacebookAuthenticationOptionsExtensions",
            "Microsoft.Extensions.DependencyInjection.MicrosoftAccountExtensions",
            "Microsoft.Extensions.DependencyInjection.TwitterExtensions",
        })
        {
            if (types.Get(name) is { } extensions)
            {
                ProviderExtensions.Add(extensions);
            }
        }
    }

    /// <summary>ASP.NET Core Identity's <c>UserManager&lt;TUser&gt;</c> (unconstructed).</summary>
    public INamedTypeSymbol? UserManager { get; }

    /// <summary><c>IdentityUser&lt;TKey&gt;</c> (unconstructed): the base of Identity's user classes.</summary>
    public INamedTypeSymbol? IdentityUser { get; }

    /// <summary>Identity's <c>principal.FindFirstValue(type)</c>.</summary>
    public INamedTypeSymbol? PrincipalExtensions { get; }

    /// <summary><c>IIdentity</c>: <c>User.Identity.Name</c> is declared on it.</summary>
    public INamedTypeSymbol? Identity { get; }
    public INamedTypeSymbol? Queryable { get; }
    public INamedTypeSymbol? List { get; }

    /// <summary>EF Core's <c>FirstOrDefaultAsync</c>, <c>SingleOrDefaultAsync</c>, <c>AnyAsync</c>…</summary>
    public INamedTypeSymbol? EntityFrameworkQueryableExtensions { get; }

    /// <summary><c>AddGoogle</c>, <c>AddFacebook</c>, <c>AddMicrosoftAccount</c>, <c>AddTwitter</c>: sign-ins by accounts of another provider.</summary>
    public List<INamedTypeSymbol> ProviderExtensions { get; }

    public bool IsReferenced => ProviderExtensions.Count > 0;
}
