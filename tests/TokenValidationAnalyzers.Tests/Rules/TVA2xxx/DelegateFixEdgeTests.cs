using TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001 fix around the switch it covers, later sources of valid values, and statements outside blocks.</summary>
public class DelegateFixEdgeTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<DelegateRuleSet, DelegateCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task AudienceValidatorWithValidateAudienceFalse_Fix_RemovesBoth() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
                ValidateAudience = false,
                {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
            };
        }
        """);

    [Fact]
    public Task AudienceValidatorWithValidateAudienceOffInProduction_Fix_RemovesBoth() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
                ValidateAudience = System.Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") == "Development",
                {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
            };
        }
        """);

    [Fact]
    public Task ValidateLifetimeFalseThenTrue_Fix_RemovesOnlyDelegate() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
                p.ValidateLifetime = false;
                p.ValidateLifetime = true;
                {|TVA2001:p.LifetimeValidator = (notBefore, expires, token, parameters) => true|};
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
                p.ValidateLifetime = false;
                p.ValidateLifetime = true;
            }
        }
        """);

    [Fact]
    public Task IssuerSuppliedByLaterStatement_Fix_RemovesAssignment() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P()
            {
                var p = new TokenValidationParameters
                {
                    ValidAudience = "api",
                    {|TVA2001:IssuerValidator = (issuer, token, parameters) => issuer|},
                };
                p.ValidIssuers = new[] { "https://a.test", "https://b.test" };
                return p;
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P()
            {
                var p = new TokenValidationParameters
                {
                    ValidAudience = "api",
                };
                p.ValidIssuers = new[] { "https://a.test", "https://b.test" };
                return p;
            }
        }
        """);

    [Fact]
    public Task IssuerValidatorOnParameterFromOutside_Fix_RemovesAssignment() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
                {|TVA2001:p.IssuerValidator = (issuer, token, parameters) => issuer|};
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
            }
        }
        """);

    [Fact]
    public Task EnvironmentGuardedSwitchOff_Fix_KeepsGuardedStatement() => VerifyFix("""
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p, IHostEnvironment env)
            {
                if (env.IsDevelopment()) p.ValidateLifetime = false;
                {|TVA2001:p.LifetimeValidator = (notBefore, expires, token, parameters) => true|};
            }
        }
        """, """
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p, IHostEnvironment env)
            {
                if (env.IsDevelopment()) p.ValidateLifetime = false;
            }
        }
        """);

    [Fact]
    public Task EmbeddedStatementUnderUnrelatedCondition_Fix_LeavesEmptyBlock() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p, bool lenient)
            {
                if (lenient) {|TVA2001:p.AudienceValidator = (audiences, token, parameters) => true|};
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p, bool lenient)
            {
                if (lenient)
                {
                }
            }
        }
        """);

    [Fact]
    public Task MethodGroup_Fix_RemovesAssignmentKeepsMethod() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static bool AcceptAll(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) => true;

            void M(TokenValidationParameters p)
            {
                p.ClockSkew = TimeSpan.Zero;
                {|TVA2001:p.LifetimeValidator = AcceptAll|};
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static bool AcceptAll(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters) => true;

            void M(TokenValidationParameters p)
            {
                p.ClockSkew = TimeSpan.Zero;
            }
        }
        """);

    [Fact]
    public Task CompoundAddition_Fix_RemovesStatement() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
                p.ValidAudience = "api";
                {|TVA2001:p.AudienceValidator += (audiences, token, parameters) => true|};
                p.ValidIssuer = "https://issuer.test";
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
                p.ValidAudience = "api";
                p.ValidIssuer = "https://issuer.test";
            }
        }
        """);
}
