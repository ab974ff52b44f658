using System.Text.RegularExpressions;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>
/// What the fixed corpus must say beyond compiling and being clean: a fix that removes a switch leaves a value to
/// validate against, a class that DI creates gets its <c>IConfiguration</c> injected, and a key the project already
/// reads is reused. Counted as matches of <see cref="Pattern"/> in the fixed file.
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
    };

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
