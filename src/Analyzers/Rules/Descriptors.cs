using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Rules;

#pragma warning disable RS0030 // the one place descriptors are constructed

/// <summary>Every rule's descriptor. Arguments are constants so release tracking (RS2000–RS2008) can read them.</summary>
public static class Descriptors
{
    public const string Category = "Security";
    public const string HelpLinkBase = RepositoryLinks.RuleHelpBase;

    public static readonly DiagnosticDescriptor TVA1001 = new(
        "TVA1001",
        title: "Issuer validation is disabled",
        messageFormat: "ValidateIssuer is set to false and no issuer validator is configured: tokens from any issuer are accepted",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token issued by any authority, including one an attacker controls, passes validation when the issuer is not checked.",
        helpLinkUri: HelpLinkBase + "TVA1001.md");

    public static readonly DiagnosticDescriptor TVA1002 = new(
        "TVA1002",
        title: "Audience validation is disabled",
        messageFormat: "ValidateAudience is set to false and no audience validator is configured: tokens meant for other applications are accepted",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token issued for another application of the same authority passes validation when the audience is not checked.",
        helpLinkUri: HelpLinkBase + "TVA1002.md");

    public static readonly DiagnosticDescriptor TVA1003 = new(
        "TVA1003",
        title: "Lifetime validation is disabled",
        messageFormat: "ValidateLifetime is set to false and no lifetime validator is configured: expired tokens are accepted",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Expired and not-yet-valid tokens pass validation when the lifetime is not checked; a stolen token stays usable forever.",
        helpLinkUri: HelpLinkBase + "TVA1003.md");

    public static readonly DiagnosticDescriptor TVA1004 = new(
        "TVA1004",
        title: "Unsigned tokens are accepted",
        messageFormat: "RequireSignedTokens is set to false: tokens without a signature are accepted",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Anyone can write an unsigned token with any claims; accepting one lets an attacker choose their identity.",
        helpLinkUri: HelpLinkBase + "TVA1004.md");

    public static readonly DiagnosticDescriptor TVA1005 = new(
        "TVA1005",
        title: "Tokens without expiry are accepted",
        messageFormat: "RequireExpirationTime is set to false: tokens without an 'exp' claim are accepted and never expire",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token without an expiry stays valid forever once issued or stolen.",
        helpLinkUri: HelpLinkBase + "TVA1005.md");

    public static readonly DiagnosticDescriptor TVA1006 = new(
        "TVA1006",
        title: "Tokens without audience are accepted",
        messageFormat: "RequireAudience is set to false: tokens without an 'aud' claim are accepted",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token without an audience is not bound to any application and can be replayed against all of them.",
        helpLinkUri: HelpLinkBase + "TVA1006.md");

    public static readonly DiagnosticDescriptor TVA1007 = new(
        "TVA1007",
        title: "Replay detection has no cache",
        messageFormat: "ValidateTokenReplay is set to true but neither TokenReplayCache nor TokenReplayValidator is set: replay detection does nothing",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "Without a replay cache or validator the library has nothing to check a token against, so the switch silently has no effect.",
        helpLinkUri: HelpLinkBase + "TVA1007.md");

    public static readonly DiagnosticDescriptor TVA1008 = new(
        "TVA1008",
        title: "Validation switch depends on a runtime value",
        messageFormat: "{0} is set from a runtime value: a configuration change can switch this check off in production",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        description: "A validation check that configuration, options or a caller can turn off is only as strong as every place that value comes from.",
        helpLinkUri: HelpLinkBase + "TVA1008.md");

    // options configured in several places are judged at compilation end (RS1037); the IDE then shows TVA1009/TVA1010 on build and full-solution analysis
    public static readonly DiagnosticDescriptor TVA1009 = new(
        "TVA1009",
        title: "No issuer to validate against",
        messageFormat: "Issuer validation is on but nothing supplies the valid issuer: set ValidIssuer, ValidIssuers, an issuer validator or an authority",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "With no valid issuer configured, every token fails issuer validation; the usual 'fix' found in samples is to switch validation off.",
        helpLinkUri: HelpLinkBase + "TVA1009.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor TVA1010 = new(
        "TVA1010",
        title: "No audience to validate against",
        messageFormat: "Audience validation is on but nothing supplies the valid audience: set ValidAudience, ValidAudiences, an audience validator or the options' Audience/ClientId",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "With no valid audience configured, every token fails audience validation; the usual 'fix' found in samples is to switch validation off.",
        helpLinkUri: HelpLinkBase + "TVA1010.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor TVA2001 = new(
        "TVA2001",
        title: "Validation delegate accepts every token",
        messageFormat: "{0} accepts every token: it never rejects one (no check, no throw)",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "IdentityModel calls the delegate instead of its own check; a delegate that always succeeds switches the check off.",
        helpLinkUri: HelpLinkBase + "TVA2001.md");

    public static readonly DiagnosticDescriptor TVA2002 = new(
        "TVA2002",
        title: "Signature validation is bypassed",
        messageFormat: "{0} returns a token parsed from the raw input without verifying its signature",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A signature validator that only parses the token lets anyone forge tokens with any claims.",
        helpLinkUri: HelpLinkBase + "TVA2002.md");

    public static readonly DiagnosticDescriptor TVA2003 = new(
        "TVA2003",
        title: "Signing key resolver ignores key id and issuer",
        messageFormat: "{0} returns the same keys whatever the token's key id or issuer: a key of one issuer validates tokens of another",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Returning every known key for every token is the Storm-0558 pattern: a key trusted for one issuer or tenant signs tokens accepted for all of them.",
        helpLinkUri: HelpLinkBase + "TVA2003.md");

    public static readonly DiagnosticDescriptor TVA2004 = new(
        "TVA2004",
        title: "Signing keys are taken from the token itself",
        messageFormat: "Signing keys are fetched or built from data of the unvalidated token ({0}): the token chooses the key that validates it",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token that names its own key source (issuer, jku, x5u, jwk, x5c) can point to a key its author controls.",
        helpLinkUri: HelpLinkBase + "TVA2004.md");

    public static readonly DiagnosticDescriptor TVA3001 = new(
        "TVA3001",
        title: "Signing key is hardcoded",
        messageFormat: "Secret key material is written in the source code: anyone with the code or the binary can sign tokens",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A key in source control, build output or a decompiled assembly is a key every reader holds; it cannot be rotated without a release.",
        helpLinkUri: HelpLinkBase + "TVA3001.md");

    public static readonly DiagnosticDescriptor TVA3002 = new(
        "TVA3002",
        title: "Signing key has a hardcoded fallback",
        messageFormat: "Key material read from {0} falls back to a literal when it is missing: a misconfigured deployment signs with a public key",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A default key makes a missing secret silent: production runs with the key that is in the repository.",
        helpLinkUri: HelpLinkBase + "TVA3002.md");

    public static readonly DiagnosticDescriptor TVA3003 = new(
        "TVA3003",
        title: "Symmetric key is shorter than 256 bits",
        messageFormat: "The symmetric key is {0} bytes long: HMAC-SHA256 needs at least 32 bytes of key",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Short HMAC keys can be brute-forced offline from a single token.",
        helpLinkUri: HelpLinkBase + "TVA3003.md");

    public static readonly DiagnosticDescriptor TVA3004 = new(
        "TVA3004",
        title: "The 'none' algorithm is allowed",
        messageFormat: "The 'none' algorithm is allowed: a token without a signature can pass",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "'alg: none' means the token is not signed; allowing it lets anyone write tokens.",
        helpLinkUri: HelpLinkBase + "TVA3004.md");

    public static readonly DiagnosticDescriptor TVA3005 = new(
        "TVA3005",
        title: "Signing key is committed in appsettings.json",
        messageFormat: "'{0}' holds signing key material in a configuration file that is committed and deployed with the application",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "appsettings.json travels with the source and the build output; secrets belong in a secret store, environment variables or user secrets.",
        helpLinkUri: HelpLinkBase + "TVA3005.md");

    public static readonly DiagnosticDescriptor TVA3006 = new(
        "TVA3006",
        title: "Token is issued unsigned",
        messageFormat: "The token is created without signing credentials: it is written with 'alg: none' and anyone can forge it",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token without SigningCredentials carries no signature; whoever accepts it trusts claims anyone can write.",
        helpLinkUri: HelpLinkBase + "TVA3006.md");

    public static readonly DiagnosticDescriptor TVA3007 = new(
        "TVA3007",
        title: "Development signing key outside development",
        messageFormat: "'{0}' gives the token server a development key that production also uses: it lives on one machine's disk or in memory",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A developer or ephemeral key signs production tokens: a restart invalidates every token, or a copied key file lets anyone sign.",
        helpLinkUri: HelpLinkBase + "TVA3007.md");

    public static readonly DiagnosticDescriptor TVA4001 = new(
        "TVA4001",
        title: "Clock skew is too large",
        messageFormat: "ClockSkew of {0} exceeds the limit of {1}: expired tokens stay valid that much longer",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Clock skew extends every token's lifetime; a large skew keeps stolen and revoked tokens usable.",
        helpLinkUri: HelpLinkBase + "TVA4001.md");

    public static readonly DiagnosticDescriptor TVA4002 = new(
        "TVA4002",
        title: "Issued token lives too long",
        messageFormat: "The token expires {0} after it is issued, more than the limit of {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A long-lived bearer token is a long-lived credential for whoever steals it.",
        helpLinkUri: HelpLinkBase + "TVA4002.md");

    public static readonly DiagnosticDescriptor TVA4003 = new(
        "TVA4003",
        title: "Issued token never expires",
        messageFormat: "The token is created without an expiry: it stays valid forever",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token without 'exp' cannot be revoked by time; a stolen one works forever.",
        helpLinkUri: HelpLinkBase + "TVA4003.md");

    public static readonly DiagnosticDescriptor TVA5001 = new(
        "TVA5001",
        title: "Metadata may be fetched over plain HTTP",
        messageFormat: "RequireHttpsMetadata is set to false: signing keys may be fetched over plain HTTP and replaced in transit",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Whoever can tamper with an HTTP metadata download chooses the keys your application trusts.",
        helpLinkUri: HelpLinkBase + "TVA5001.md");

    public static readonly DiagnosticDescriptor TVA5002 = new(
        "TVA5002",
        title: "Multi-tenant Entra ID authority without issuer and signing-key-issuer validation",
        messageFormat: "{0} uses a multi-tenant Entra ID endpoint without both an issuer validator and EnableAadSigningKeyIssuerValidation(): a key of any tenant validates tokens for every tenant",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The shared common/organizations/consumers key list holds keys of many issuers; Storm-0558 forged tokens with such a key. Only the issuer validator plus the signing-key issuer check bind a key to its tenant.",
        helpLinkUri: HelpLinkBase + "TVA5002.md");

    public static readonly DiagnosticDescriptor TVA5003 = new(
        "TVA5003",
        title: "Metadata backchannel does not check TLS certificates",
        messageFormat: "The metadata backchannel accepts any TLS certificate: signing keys can be served by anyone in the network path",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The backchannel downloads the keys tokens are validated with; without certificate checks, a machine in the middle supplies them.",
        helpLinkUri: HelpLinkBase + "TVA5003.md");

    public static readonly DiagnosticDescriptor TVA5004 = new(
        "TVA5004",
        title: "Authority or metadata address uses HTTP",
        messageFormat: "{0} uses http:// for a remote host: metadata and keys travel unprotected",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An authority reached over HTTP can be impersonated by anyone in the network path.",
        helpLinkUri: HelpLinkBase + "TVA5004.md");

    public static readonly DiagnosticDescriptor TVA5005 = new(
        "TVA5005",
        title: "Signing-key issuer validation cannot take effect",
        messageFormat: "EnableAadSigningKeyIssuerValidation() has no effect here: {0}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The check needs keys from a ConfigurationManager and must be the last word on IssuerSigningKeyValidatorUsingConfiguration; otherwise it silently accepts every key.",
        helpLinkUri: HelpLinkBase + "TVA5005.md");

    public static readonly DiagnosticDescriptor TVA5006 = new(
        "TVA5006",
        title: "A library safety switch is turned off",
        messageFormat: "AppContext switch '{0}' relaxes IdentityModel's validation for the whole process",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "IdentityModel's compatibility switches bring back behaviour that was changed because it was unsafe.",
        helpLinkUri: HelpLinkBase + "TVA5006.md");

    public static readonly DiagnosticDescriptor TVA5007 = new(
        "TVA5007",
        title: "Access token accepted from the query string on every path",
        messageFormat: "The access token is read from the query string on every request path: URLs carry it into server, proxy and browser logs",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Only WebSocket and server-sent-events endpoints (SignalR hubs) need a token in the URL; restrict the query-string token to their paths.",
        helpLinkUri: HelpLinkBase + "TVA5007.md");

    public static readonly DiagnosticDescriptor TVA5008 = new(
        "TVA5008",
        title: "Transport security requirement is disabled",
        messageFormat: "'DisableTransportSecurityRequirement' lets production accept token requests and send tokens over plain HTTP",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Without the HTTPS requirement, tokens, codes and client secrets cross the network in clear text.",
        helpLinkUri: HelpLinkBase + "TVA5008.md");

    public static readonly DiagnosticDescriptor TVA6001 = new(
        "TVA6001",
        title: "Token validation result is ignored",
        messageFormat: "The result of ValidateTokenAsync is {0}: it reports failure in IsValid instead of throwing",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "ValidateTokenAsync does not throw for an invalid token; code that ignores IsValid trusts forged and expired tokens.",
        helpLinkUri: HelpLinkBase + "TVA6001.md");

    public static readonly DiagnosticDescriptor TVA6002 = new(
        "TVA6002",
        title: "Claims are trusted from a token that was not validated",
        messageFormat: "Claims of a token read with {0} {1}, but this method validates nothing",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Reading a token only decodes it; anyone can write a token with any claims unless its signature and issuer are validated.",
        helpLinkUri: HelpLinkBase + "TVA6002.md");

    public static readonly DiagnosticDescriptor TVA6003 = new(
        "TVA6003",
        title: "Authentication event turns a failure into success",
        messageFormat: "{0} turns a failed or unvalidated authentication into a success",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An event handler that calls Success() or sets Principal after validation failed authenticates the caller with a rejected token.",
        helpLinkUri: HelpLinkBase + "TVA6003.md");

    // whether the project signs in users of other tenants or providers is known when the compilation ends (RS1037)
    public static readonly DiagnosticDescriptor TVA6004 = new(
        "TVA6004",
        title: "User matched by a mutable claim",
        messageFormat: "This claim finds a local account in {0}, but users of other tenants or identity providers choose its value: match accounts by 'oid' and 'tid' (or 'sub' and the issuer)",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Anyone can put any email address or user name in their own tenant or provider account; an account found by it is taken over by whoever claims it first.",
        helpLinkUri: HelpLinkBase + "TVA6004.md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor TVA7001 = new(
        "TVA7001",
        title: "Token is decoded without verifying its signature",
        messageFormat: "{0} decodes the token without verifying its signature: anyone can write a token it accepts",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A decode that skips the signature check returns whatever payload the sender wrote; only a verified signature proves who issued it.",
        helpLinkUri: HelpLinkBase + "TVA7001.md");

    public static readonly DiagnosticDescriptor TVA7002 = new(
        "TVA7002",
        title: "Token lifetime is not checked",
        messageFormat: "{0}: expired tokens are accepted",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A token whose expiry or issue time is not checked stays usable forever once issued or stolen.",
        helpLinkUri: HelpLinkBase + "TVA7002.md");

    /// <summary>Every rule, in ID order (declared last: static fields initialize in order).</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        TVA1001, TVA1002, TVA1003, TVA1004, TVA1005, TVA1006,
        TVA1007, TVA1008, TVA1009, TVA1010, TVA2001, TVA2002,
        TVA2003, TVA2004, TVA3001, TVA3002, TVA3003, TVA3004,
        TVA3005, TVA3006, TVA3007, TVA4001, TVA4002, TVA4003, TVA5001,
        TVA5002, TVA5003, TVA5004, TVA5005, TVA5006, TVA5007, TVA5008, TVA6001,
        TVA6002, TVA6003, TVA6004, TVA7001, TVA7002);
}
