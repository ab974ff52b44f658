using System.Text.RegularExpressions;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>
/// What the fixed corpus must say beyond compiling and being clean: a fix that removes a switch leaves a value to
/// validate against, a class that DI creates gets its <c>IConfiguration</c> injected, a key the project already
/// reads is reused, and a .NET Framework project reads its values from web.config. Counted as matches of <see cref="Pattern"/> in the fixed file.
/// </summary>
internal sealed record OutputCheck(string Rule, string Project, string File, string Pattern, int AtLeast, int AtMost, string Why)
{
    public static OutputCheck Contains(string rule, string project, string file, string pattern, int times, string why)
        => new(rule, project, file, pattern, times, int.MaxValue, why);

    public static OutputCheck Lacks(string rule, string project, string file, string pattern, string why)
        => new(rule, project, file, pattern, 0, 0, why);

    public static IReadOnlyList<OutputCheck> All { get; } = new[]
    {
        // the default scheme's and the Sso scheme's parameters hold one each already
        Contains("TVA1001", "LegacyApi", "Startup.cs", @"ValidIssuer\s*=", 3,
            "the Configure<JwtBearerOptions>(\"Reporting\", …) lambda loses ValidateIssuer = false and needs a ValidIssuer"),
        // the default scheme's parameters hold one already
        Contains("TVA1002", "LegacyApi", "Startup.cs", @"ValidAudience\s*=", 2,
            "the Configure<JwtBearerOptions>(\"Reporting\", …) lambda loses ValidateAudience = false and needs a ValidAudience"),
        Contains("TVA1002", "MinimalApi", "PartnerJwtBearerOptions.cs", @"ValidAudience\s*=", 1,
            "the options class loses ValidateAudience = false and nothing else supplies the partners' audience"),
        Contains("TVA2001", "MinimalApi", "PartnerJwtBearerOptions.cs", @"ValidIssuer\s*=", 1,
            "the options class loses its IssuerValidator, the only supplier of the partners' issuer"),
        Contains("TVA3001", "MinimalApi", "Controllers/TokenController.cs", @"\bIConfiguration\b", 1,
            "the controller is created by DI: inject IConfiguration rather than read an environment variable"),
        Lacks("TVA3001", "EntraWebApp", "ProfileTokens.cs", "Profile:SigningKey",
            "the class already reads the signing key as Profile:Key"),
        Lacks("TVA3001", "LegacyApi", "TokenService.cs", "Jwt:SigningKey",
            "the class already reads the signing key as Jwt:Key"),
        Contains("TVA1001", "OwinApi", "App_Start/Startup.Auth.cs", AppSettingsOrThrow("ValidIssuer", "api:Issuer"), 1,
            "the own-token scheme loses ValidateIssuer = false: its issuer comes from Web.config, under the key TokenIssuer reads"),
        Contains("TVA1009", "OwinApi", "App_Start/Startup.Auth.cs", AppSettingsOrThrow("ValidIssuer", "api:Issuer"), 2,
            "the jobs scheme has no issuer to validate against either"),
        Contains("TVA1002", "OwinApi", "App_Start/Startup.Auth.cs", AppSettingsOrThrow("ValidAudience", "ida:Audience"), 1,
            "the own-token scheme loses ValidateAudience = false: the project reads its audience as ida:Audience"),
        Contains("TVA1010", "OwinApi", "App_Start/Startup.Auth.cs", AppSettingsOrThrow("ValidAudience", "ida:Audience"), 2,
            "the jobs scheme has no audience to validate against either"),
        Lacks("TVA1001", "OwinApi", "App_Start/Startup.Auth.cs", @"GetEnvironmentVariable|IConfiguration",
            "a .NET Framework project keeps its settings in Web.config"),
        Contains("TVA3001", "OwinApi", "App_Start/Startup.Auth.cs", AppSettingsOrThrow(string.Empty, "api:TokenSigningKey"), 3,
            "the literal keys are read from Web.config under the key the project reads for its signing key"),
        Lacks("TVA3001", "OwinApi", "App_Start/Startup.Auth.cs", "Jwt:SigningKey",
            "the project already reads the signing key as api:TokenSigningKey"),
        Contains("TVA5002", "OwinApi", "App_Start/Startup.Auth.cs", @"\.IssuerValidator = AadIssuerValidator\.GetAadIssuerValidator\(", 3,
            "the multi-tenant OpenID Connect and Azure AD bearer options validate the issuer per tenant"),
        Contains("TVA5002", "OwinApi", "App_Start/Startup.Auth.cs", @"GetAadIssuerValidator\(""https://login\.microsoftonline\.com/"" \+ serviceBearer\.Tenant\)", 1,
            "the service bearer's tenant comes from Web.config: the validator follows it rather than a copy of its value"),
        Contains("TVA5002", "OwinApi", "App_Start/Startup.Auth.cs", @"\.TokenValidationParameters\.EnableAadSigningKeyIssuerValidation\(\);", 3,
            "the multi-tenant OpenID Connect and Azure AD bearer options check the signing key's issuer"),
        Contains("TVA3007", "TokenServer", "Program.cs", @"\n\s*options\.SetRedirectionEndpointUris\(""callback/login""\);", 1,
            "only the client's ephemeral keys are confined to development: its redirection endpoint stays in the chain's rest"),
        Contains("TVA5008", "TokenServer", "Program.cs", @"= options\.UseAspNetCore\(\)\s*\.EnableTokenEndpointPassthrough\(\);", 1,
            "the server's ASP.NET Core integration and its passthrough still run in production"),
        Contains("TVA5008", "TokenServer", "Program.cs", @"openIddictClientAspNetCoreBuilder\.EnableRedirectionEndpointPassthrough\(\);", 1,
            "the client's passthrough, after the guarded switch in the chain, still runs in production"),
    };

    /// <summary><c>member = ConfigurationManager.AppSettings["key"] ?? throw</c>, the namespace written or not.</summary>
    private static string AppSettingsOrThrow(string member, string key)
        => (member.Length == 0 ? string.Empty : Regex.Escape(member) + @"\s*=\s*")
            + @"(System\.Configuration\.)?ConfigurationManager\.AppSettings\[""" + Regex.Escape(key) + @"""\]\s*\?\?\s*throw new InvalidOperationException\(";

    /// <summary>The checks the fixed files fail, as findings; <paramref name="read"/> gives a fixed file's text.</summary>
    public static List<Finding> Failures(Func<string, string, string?> read)
    {
        var failures = new List<Finding>();
        foreach (var check in All)
        {
            var text = read(check.Project, check.File);
            var count = text is null ? 0 : Regex.Matches(text, check.Pattern).Count;
            if (text is null || count < check.AtLeast || count > check.AtMost)
            {
                failures.Add(new Finding(check.Rule, check.Project, check.File, 0,
                    $"{check.Why}: /{check.Pattern}/ matches {count} times" + (check.AtMost == 0 ? string.Empty : $", expected at least {check.AtLeast}")));
            }
        }

        return failures;
    }
}
