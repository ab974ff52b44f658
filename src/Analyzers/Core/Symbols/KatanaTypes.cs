using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>.NET Framework OWIN middleware (Katana 3.x–4.x): its authentication options and key providers.</summary>
internal sealed class KatanaTypes
{
    public KatanaTypes(TypeResolver types)
    {
        JwtBearerAuthenticationOptions = types.Get("Microsoft.Owin.Security.Jwt.JwtBearerAuthenticationOptions");
        OpenIdConnectAuthenticationOptions = types.Get("Microsoft.Owin.Security.OpenIdConnect.OpenIdConnectAuthenticationOptions");
        WindowsAzureActiveDirectoryBearerAuthenticationOptions
            = types.Get("Microsoft.Owin.Security.ActiveDirectory.WindowsAzureActiveDirectoryBearerAuthenticationOptions");
    }

    public bool IsReferenced => JwtBearerAuthenticationOptions is not null || OpenIdConnectAuthenticationOptions is not null
        || WindowsAzureActiveDirectoryBearerAuthenticationOptions is not null;

    public INamedTypeSymbol? JwtBearerAuthenticationOptions { get; }
    public INamedTypeSymbol? OpenIdConnectAuthenticationOptions { get; }
    public INamedTypeSymbol? WindowsAzureActiveDirectoryBearerAuthenticationOptions { get; }
}
