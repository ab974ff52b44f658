using TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;
using TokenValidationAnalyzers.Tests.Verifiers;
using static TokenValidationAnalyzers.Tests.Verifiers.FixBehaviour;

namespace TokenValidationAnalyzers.Tests.Rules.Behaviour;

/// <summary>TVA2001: without the delegate that accepted everything, the parameters reject tokens of another issuer, audience or key.</summary>
[Collection("FixBehaviour")]
public class DelegateFixBehaviourTests
{
    private static readonly byte[] Key = Utf8(SigningKey);

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<DelegateRuleSet, DelegateCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InP(string members) => $$"""
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",{{members}}
            };
        }
        """;

    private static readonly string AudienceValidator = InP("""

                {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
        """);

    private static readonly string IssuerValidator = InP("""

                ValidateIssuer = false,
                {|TVA2001:IssuerValidator = (issuer, token, parameters) => issuer|},
        """);

    private static readonly string Fixed = InP("");

    [Fact]
    public async Task AudienceValidatorAcceptingAll_Fix_RejectsForeignAudience()
    {
        await VerifyFix(AudienceValidator, Fixed);
        using var app = Compile(Fixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("C", "P", Settings()), Key);
    }

    [Fact]
    public async Task AudienceValidatorAcceptingAll_Unfixed_AcceptsForeignAudience()
    {
        using var app = Compile(Unfixed.Code(AudienceValidator));
        Assert.True((await ValidateAsync(app.Parameters("C", "P", Settings()), Token(Issuer, ForeignAudience, Key), Key)).IsValid);
    }

    [Fact]
    public async Task IssuerValidatorReturningInput_Fix_RejectsForeignIssuer()
    {
        await VerifyFix(IssuerValidator, Fixed);
        using var app = Compile(Fixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("C", "P", Settings()), Key);
    }

    [Fact]
    public async Task IssuerValidatorReturningInput_Unfixed_AcceptsForeignIssuer()
    {
        using var app = Compile(Unfixed.Code(IssuerValidator));
        Assert.True((await ValidateAsync(app.Parameters("C", "P", Settings()), Token(ForeignIssuer, Audience, Key), Key)).IsValid);
    }

    private static readonly string SeveralValidators = InP("""

                {|TVA2001:LifetimeValidator = (nbf, exp, t, p) => true|},
                {|TVA2002:SignatureValidator = (token, p) => new JsonWebToken(token)|},
                {|TVA2001:IssuerValidator = (issuer, t, p) => issuer|},
        """);

    [Fact]
    public async Task SeveralValidators_FixAll_RejectsForeignIssuerAndKey()
    {
        await VerifyFix(SeveralValidators, Fixed);
        using var app = Compile(Fixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("C", "P", Settings()), Key);
    }

    [Fact]
    public async Task SeveralValidators_Unfixed_AcceptsTokenSignedWithAnotherKey()
    {
        using var app = Compile(Unfixed.Code(SeveralValidators));
        Assert.True((await ValidateAsync(app.Parameters("C", "P", Settings()), Token(Issuer, Audience, OtherKey), Key)).IsValid);
    }
}
