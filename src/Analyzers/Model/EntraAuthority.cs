using System;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Recognises Entra ID (Azure AD) authorities and metadata addresses whose tenant is one of the shared
/// multi-tenant endpoints: <c>common</c>, <c>organizations</c>, <c>consumers</c>. Their key list holds the keys of
/// many issuers, so a token's signing key must be checked against its issuer (Storm-0558).
/// </summary>
internal static class EntraAuthority
{
    private static readonly string[] Hosts =
    {
        "login.microsoftonline.com", "login.windows.net", "sts.windows.net", "login.microsoft.com",
        "login.microsoftonline.us", "login.usgovcloudapi.net", "login.chinacloudapi.cn", "login.partner.microsoftonline.cn",
        "login.microsoftonline.de",
    };

    /// <summary>True for e.g. <c>https://login.microsoftonline.com/organizations/v2.0</c>.</summary>
    public static bool IsMultiTenant(string? authority)
    {
        if (authority is null || !Uri.TryCreate(authority.Trim(), UriKind.Absolute, out var uri) || !IsEntraHost(uri.Host))
        {
            return false;
        }

        var path = uri.AbsolutePath.Trim('/');
        var slash = path.IndexOf('/');
        return IsMultiTenantTenant(slash < 0 ? path : path.Substring(0, slash));
    }

    /// <summary>An absolute address on an Entra ID host, whatever its tenant.</summary>
    public static bool IsEntra(string? authority)
        => authority is not null && Uri.TryCreate(authority.Trim(), UriKind.Absolute, out var uri) && IsEntraHost(uri.Host);

    /// <summary><c>common</c>, <c>organizations</c> or <c>consumers</c>, any case.</summary>
    public static bool IsMultiTenantTenant(string? tenant)
        => tenant is not null
            && (tenant.Equals("common", StringComparison.OrdinalIgnoreCase)
                || tenant.Equals("organizations", StringComparison.OrdinalIgnoreCase)
                || tenant.Equals("consumers", StringComparison.OrdinalIgnoreCase));

    /// <summary>An Identity.Web section's <c>Instance</c> (empty means the public cloud) is an Entra host.</summary>
    public static bool IsEntraInstance(string? instance)
        => string.IsNullOrWhiteSpace(instance)
            || (Uri.TryCreate(instance!.Trim(), UriKind.Absolute, out var uri) && IsEntraHost(uri.Host));

    private static bool IsEntraHost(string host)
    {
        foreach (var known in Hosts)
        {
            if (host.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An <c>http://</c> address for a host other than the local machine.</summary>
    public static bool IsPlainHttpRemote(string? address)
    {
        if (address is null || !address.Trim().StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri))
        {
            return true;
        }

        return !(uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase));
    }
}
