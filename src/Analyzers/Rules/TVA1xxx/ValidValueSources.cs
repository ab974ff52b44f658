using System.Collections.Immutable;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>
/// What supplies the valid issuers and audiences, looked up once per compilation for the rules that report a check
/// left with nothing to compare against, and the fix properties that write the missing value from configuration.
/// </summary>
internal sealed class ValidValueSources
{
    public ValidValueSources(WellKnownTypes types)
    {
        Issuer = ValidationSource.Issuer(types);
        Audience = ValidationSource.Audience(types);
    }

    public ValidationSource Issuer { get; }

    public ValidationSource Audience { get; }

    public static ImmutableDictionary<string, string?> ValueFromConfiguration(string action, ValidationSource source)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(FixProperties.Action, action);
        builder.Add(FixProperties.Member, source.Member);
        builder.Add(FixProperties.ConfigurationKey, source.ConfigurationKey);
        builder.Add(FixProperties.EnvironmentVariable, source.EnvironmentVariable);
        return builder.ToImmutable();
    }
}
