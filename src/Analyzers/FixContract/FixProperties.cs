using System.Collections.Immutable;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.FixContract;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: what the analyzer decided, handed to the
/// code fix so that it never re-derives it with different logic.
/// </summary>
public static class FixProperties
{
    /// <summary>What the fix does: one of the <c>Action…</c> values.</summary>
    public const string Action = "Action";

    /// <summary>Remove the reported member assignment.</summary>
    public const string ActionRemove = "Remove";

    /// <summary>The properties of a diagnostic whose fix removes the reported member assignment.</summary>
    public static readonly ImmutableDictionary<string, string?> Remove = ImmutableDictionary<string, string?>.Empty.Add(Action, ActionRemove);

    /// <summary>The properties of a diagnostic whose fix writes the valid value <paramref name="source"/> names from configuration.</summary>
    /// <param name="unlessOtherSiteSupplies">The object belongs to one configuration site of its options: see <see cref="UnlessOtherSiteSupplies"/>.</param>
    internal static ImmutableDictionary<string, string?> ValueFromConfiguration(string action, ValidationSource source, bool unlessOtherSiteSupplies = false)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(Action, action);
        builder.Add(Member, source.Member);
        builder.Add(ConfigurationKey, source.ConfigurationKey);
        builder.Add(EnvironmentVariable, source.EnvironmentVariable);
        if (unlessOtherSiteSupplies)
        {
            builder.Add(UnlessOtherSiteSupplies, "true");
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// "true": write the value only when no other configuration site of the same options supplies it; otherwise just remove
    /// the assignment. The fix decides it with <see cref="SiteSupply"/> over the compilation's sites, which an operation
    /// callback cannot see.
    /// </summary>
    public const string UnlessOtherSiteSupplies = "UnlessOtherSiteSupplies";

    /// <summary>Turn the reported member assignment into <c>Member = &lt;value from configuration&gt;</c>.</summary>
    public const string ActionReplace = "Replace";

    /// <summary>Add <c>Member = &lt;value from configuration&gt;</c> to the reported object creation's initializer.</summary>
    public const string ActionAddMember = "AddMember";

    /// <summary>The member the fix writes, e.g. <c>ValidIssuer</c>.</summary>
    public const string Member = "Member";

    /// <summary>The configuration key the value is read from, e.g. <c>Jwt:Issuer</c>.</summary>
    public const string ConfigurationKey = "ConfigurationKey";

    /// <summary>The environment variable read when no configuration is in scope, e.g. <c>JWT_ISSUER</c>.</summary>
    public const string EnvironmentVariable = "EnvironmentVariable";

    /// <summary>
    /// An expression for an <c>IConfiguration</c> in scope at the diagnostic (absent when there is none). Added by the
    /// fix, not the analyzer: finding it lists every symbol in scope, too costly to pay for each diagnostic of a build.
    /// </summary>
    public const string Configuration = "Configuration";

    /// <summary>The local a TVA6001 fix tests: an existing one, or the name it introduces for a discarded result.</summary>
    public const string ResultVariable = "ResultVariable";

    /// <summary>"true" when the TVA6001 fix must first store the discarded result (an expression statement or <c>_ =</c>) in <see cref="ResultVariable"/>.</summary>
    public const string ResultIsDiscarded = "ResultIsDiscarded";

    /// <summary>TVA3001: replace the literal (the diagnostic's additional location) with a configuration read.</summary>
    public const string ActionMoveToConfiguration = "MoveToConfiguration";

    /// <summary>TVA3002: replace the literal fallback with a throw.</summary>
    public const string ActionThrowWhenMissing = "ThrowWhenMissing";

    /// <summary>
    /// What the replaced literal was, so the configuration read produces the same type: "String", "Bytes" (base64-decoded),
    /// "Utf8" (<c>"…"u8</c> or <c>"…"u8.ToArray()</c>: UTF-8 bytes) or "Utf8Span" (a <c>"…"u8</c> that must stay a span).
    /// </summary>
    public const string LiteralKind = "LiteralKind";

    /// <summary>
    /// TVA3001 on a key held in a declaration: "ConstLocal", "ConstField", "Field" or "Property". The additional locations are
    /// the literal in the declaration and the reference at the key; the fix edits the declaration when it can, else the reference.
    /// </summary>
    public const string KeyHolder = "KeyHolder";

    /// <summary>The <see cref="LiteralKind"/> for replacing the reference at the key instead of the declaration (absent: not possible).</summary>
    public const string UseKind = "UseKind";

    /// <summary>"Coalesce" (<c>?? "…"</c>) or "DefaultArgument" (<c>GetValue("…", "…")</c>).</summary>
    public const string FallbackKind = "FallbackKind";

    /// <summary>The configuration key or environment variable whose absence the fix reports.</summary>
    public const string SettingName = "SettingName";

    /// <summary>The type argument a <c>GetValue("K", fallback)</c> call left to inference: without the fallback it must be written.</summary>
    public const string ReadType = "ReadType";

    /// <summary>C# the fix writes as the value (instead of a configuration read), e.g. <c>global::System.TimeSpan.FromMinutes(5)</c>.</summary>
    public const string ValueExpression = "ValueExpression";

    /// <summary>Replace the value of the reported assignment (or argument) with <see cref="ValueExpression"/>.</summary>
    public const string ActionSetValue = "SetValue";

    /// <summary>Remove the element at the diagnostic's additional location from its collection.</summary>
    public const string ActionRemoveElement = "RemoveElement";

    /// <summary>Add the named argument <see cref="Member"/>: <see cref="ValueExpression"/> to the reported creation (or replace an explicit one).</summary>
    public const string ActionAddArgument = "AddArgument";

    /// <summary>Remove the statement that contains the diagnostic (a call such as <c>AppContext.SetSwitch(…)</c>).</summary>
    public const string ActionRemoveStatement = "RemoveStatement";

    /// <summary>Wrap the statement that contains the diagnostic in <c>if (&lt;environment&gt;.IsDevelopment())</c> when an environment is in scope.</summary>
    public const string ActionWrapInDevelopment = "WrapInDevelopment";

    /// <summary>
    /// Split the statement's call chain around the development-only calls from the receiver at the second additional location
    /// up to the call at the first, and wrap those calls in <c>if (&lt;environment&gt;.IsDevelopment())</c>; the rest of the
    /// chain stays. The receiver goes into a local named <see cref="LocalName"/> first when it is not a name.
    /// </summary>
    public const string ActionSplitChainInDevelopment = "SplitChainInDevelopment";

    /// <summary>The name of the local a fix introduces.</summary>
    public const string LocalName = "LocalName";

    /// <summary>C# for the host environment in scope at the statement a fix guards, e.g. <c>builder.Environment</c> (added by the fix).</summary>
    public const string EnvironmentExpression = "EnvironmentExpression";

    /// <summary>The namespace that declares the <c>IsDevelopment()</c> the fix calls, when the file does not import it yet (added by the fix).</summary>
    public const string EnvironmentNamespace = "EnvironmentNamespace";

    /// <summary>Move the statement that contains the diagnostic after the statement at the additional location.</summary>
    public const string ActionMoveAfter = "MoveAfter";

    /// <summary>TVA5002: add the Entra issuer validator and signing-key issuer check at the end of the options' block.</summary>
    public const string ActionAddAadValidation = "AddAadValidation";

    /// <summary>C# for the options object the TVA5002 fix configures, e.g. <c>jwt</c>.</summary>
    public const string OptionsExpression = "OptionsExpression";

    /// <summary>
    /// C# for the authority the TVA5002 issuer validator is built for. With <see cref="IntroduceOptionsLocal"/>, a value
    /// starting with <c>.</c> is a member of the new local (<c>.Authority</c>).
    /// </summary>
    public const string AuthorityExpression = "AuthorityExpression";

    /// <summary>
    /// "true": the TVA5002 options are built inline in a Katana <c>app.Use…Authentication(new … { … });</c> statement; the fix
    /// stores them in a new local before that statement, configures it, and passes the local.
    /// </summary>
    public const string IntroduceOptionsLocal = "IntroduceOptionsLocal";

    /// <summary>
    /// C# literal of the Entra instance (<c>"https://login.microsoftonline.com/"</c>) that a Katana <c>Tenant</c> read from
    /// configuration is appended to. With <see cref="IntroduceOptionsLocal"/>, the authority is this literal plus the new
    /// local's member that <see cref="AuthorityExpression"/> names (<c>.Tenant</c>).
    /// </summary>
    public const string AuthorityPrefix = "AuthorityPrefix";

    /// <summary>
    /// "true": the TVA5002 options local is handed to a Katana <c>app.Use…Authentication(local)</c> later in its block; the fix
    /// configures it just before that statement rather than at the end of the block.
    /// </summary>
    public const string BeforeRegistration = "BeforeRegistration";

    /// <summary>"true" when the TVA5002 fix must add the issuer validator (it also adds the signing-key check when missing).</summary>
    public const string AddIssuerValidator = "AddIssuerValidator";

    /// <summary>"true" when the TVA5002 fix must add <c>EnableAadSigningKeyIssuerValidation()</c>.</summary>
    public const string AddSigningKeyCheck = "AddSigningKeyCheck";

    /// <summary>TVA5002 on Identity.Web: add <c>services.PostConfigure&lt;OpenIdConnectOptions&gt;(scheme, …EnableAadSigningKeyIssuerValidation())</c> after the statement.</summary>
    public const string ActionPostConfigureSigningKeyCheck = "PostConfigureSigningKeyCheck";

    /// <summary>
    /// TVA5002 on an Identity.Web API: remove the <c>ValidateIssuer = false</c> at the additional location, so that the issuer
    /// validator and signing-key check Identity.Web adds take effect.
    /// </summary>
    public const string ActionRemoveAssignmentAt = "RemoveAssignmentAt";

    /// <summary>C# for the service collection the TVA5002 Identity.Web fix configures, e.g. <c>builder.Services</c>.</summary>
    public const string ServicesExpression = "ServicesExpression";

    /// <summary>C# for the OpenID Connect scheme name the TVA5002 Identity.Web fix configures.</summary>
    public const string SchemeExpression = "SchemeExpression";

    /// <summary>TVA7001 on a JWT.Net builder: call <see cref="Member"/> (<c>MustVerifySignature</c>) on the receiver of the reported call.</summary>
    public const string ActionInsertCall = "InsertCall";
}
