using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>The rules a test checks: the exported analyzer runs with these on and every other rule off.</summary>
public interface IRuleSet
{
    static abstract ImmutableArray<string> Ids { get; }

    /// <summary>What the test compilations reference.</summary>
    static virtual ImmutableArray<MetadataReference> References => TestReferences.All;
}

/// <summary>The rules of <typeparamref name="TRules"/> in a .NET Framework OWIN project: the compilations also reference Katana 4.2.2.</summary>
public sealed class Katana<TRules> : IRuleSet
    where TRules : IRuleSet
{
    public static ImmutableArray<string> Ids => TRules.Ids;

    public static ImmutableArray<MetadataReference> References => TestReferences.WithKatana;
}

/// <summary>The rules of <typeparamref name="TRules"/> in a Katana 3.x project: System.IdentityModel.Tokens 4.x, no Microsoft.IdentityModel.Tokens.</summary>
public sealed class Katana3<TRules> : IRuleSet
    where TRules : IRuleSet
{
    public static ImmutableArray<string> Ids => TRules.Ids;

    public static ImmutableArray<MetadataReference> References => TestReferences.WithoutIdentityModel.Add(StubReferences.Katana3);
}

/// <summary>The rules of <typeparamref name="TRules"/> in a Duende IdentityServer 7.x project.</summary>
public sealed class Duende<TRules> : IRuleSet
    where TRules : IRuleSet
{
    public static ImmutableArray<string> Ids => TRules.Ids;

    public static ImmutableArray<MetadataReference> References => TestReferences.All.Add(StubReferences.Duende);
}

/// <summary>The rules of <typeparamref name="TRules"/> in an IdentityServer4 4.1.x project.</summary>
public sealed class IdentityServer4<TRules> : IRuleSet
    where TRules : IRuleSet
{
    public static ImmutableArray<string> Ids => TRules.Ids;

    public static ImmutableArray<MetadataReference> References => TestReferences.All.Add(StubReferences.IdentityServer4);
}

/// <summary>TVA3007, TVA5008: development-only token server settings that production reaches.</summary>
public sealed class DevelopmentOnlyRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA3007", "TVA5008");
}

public sealed class AllRules : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = new TokenValidationAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToImmutableArray();
}

/// <summary>TVA1001–TVA1010: validation switches and the values they validate against.</summary>
public sealed class ValidationSwitchRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create(
        "TVA1001", "TVA1002", "TVA1003", "TVA1004", "TVA1005", "TVA1006", "TVA1007", "TVA1008", "TVA1009", "TVA1010");
}

/// <summary>TVA2001–TVA2004: validation delegates and key resolvers.</summary>
public sealed class DelegateRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA2001", "TVA2002", "TVA2003", "TVA2004");
}

/// <summary>TVA3001–TVA3003, TVA3005: where key material comes from and how long it is.</summary>
public sealed class KeyMaterialRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA3001", "TVA3002", "TVA3003", "TVA3005");
}

/// <summary>TVA3004, TVA3006, TVA4001–TVA4003: algorithms of issued and accepted tokens, and lifetimes.</summary>
public sealed class AlgorithmAndLifetimeRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA3004", "TVA3006", "TVA4001", "TVA4002", "TVA4003");
}

/// <summary>TVA5001–TVA5006: metadata, authorities, backchannels and process-wide switches.</summary>
public sealed class HostingRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA5001", "TVA5002", "TVA5003", "TVA5004", "TVA5005", "TVA5006");
}

/// <summary>TVA5007: access tokens taken from the query string.</summary>
public sealed class QueryTokenRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA5007");
}

/// <summary>TVA6001–TVA6003: how handlers and authentication events are used.</summary>
public sealed class HandlerUseRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA6001", "TVA6002", "TVA6003");
}

/// <summary>TVA6004: accounts matched by a claim the user chooses (nOAuth).</summary>
public sealed class MutableClaimRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA6004");
}

/// <summary>TVA7001–TVA7002: other JWT libraries (JWT.Net, jose-jwt).</summary>
public sealed class JwtLibraryRuleSet : IRuleSet
{
    public static ImmutableArray<string> Ids { get; } = ImmutableArray.Create("TVA7001", "TVA7002");
}
