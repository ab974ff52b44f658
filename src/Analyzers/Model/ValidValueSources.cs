using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// What supplies the valid issuers and audiences, looked up once per compilation for the rules that report a check left
/// with nothing to compare against, or a delegate whose removal brings that check back.
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
}
