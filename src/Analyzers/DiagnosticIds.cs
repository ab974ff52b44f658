namespace TokenValidationAnalyzers;

/// <summary>The rule identifiers. They are a public contract: users' .editorconfig files and CI settings name them.</summary>
public static class DiagnosticIds
{
    public const string IssuerValidationDisabled = "TVA1001";
    public const string AudienceValidationDisabled = "TVA1002";
    public const string LifetimeValidationDisabled = "TVA1003";
    public const string UnsignedTokensAccepted = "TVA1004";
    public const string TokensWithoutExpiryAccepted = "TVA1005";
    public const string TokensWithoutAudienceAccepted = "TVA1006";
    public const string ReplayDetectionWithoutCache = "TVA1007";
    public const string SwitchFromRuntimeValue = "TVA1008";
    public const string NoValidIssuer = "TVA1009";
    public const string NoValidAudience = "TVA1010";
    public const string ValidatorAcceptsEverything = "TVA2001";
    public const string SignatureValidationBypassed = "TVA2002";
    public const string KeyResolverIgnoresKeyId = "TVA2003";
    public const string KeysFromToken = "TVA2004";
    public const string HardcodedSigningKey = "TVA3001";
    public const string HardcodedKeyFallback = "TVA3002";
    public const string ShortSymmetricKey = "TVA3003";
    public const string NoneAlgorithmAllowed = "TVA3004";
    public const string KeyInAppSettings = "TVA3005";
    public const string UnsignedTokenIssued = "TVA3006";
    public const string ClockSkewTooLarge = "TVA4001";
    public const string TokenLifetimeTooLong = "TVA4002";
    public const string TokenNeverExpires = "TVA4003";
    public const string MetadataOverHttp = "TVA5001";
    public const string MultiTenantWithoutIssuerChecks = "TVA5002";
    public const string BackchannelTlsNotChecked = "TVA5003";
    public const string AuthorityOverHttp = "TVA5004";
    public const string SigningKeyIssuerCheckIneffective = "TVA5005";
    public const string SafetySwitchOff = "TVA5006";
    public const string ValidationResultIgnored = "TVA6001";
    public const string ClaimsFromUnvalidatedToken = "TVA6002";
    public const string FailureTurnedIntoSuccess = "TVA6003";
}
