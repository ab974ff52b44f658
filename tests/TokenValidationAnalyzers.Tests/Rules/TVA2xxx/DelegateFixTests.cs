using TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001/TVA2002: the fix removes the delegate assignment (and a switch-off it covered), one by one and with Fix All.</summary>
public class DelegateFixTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<DelegateRuleSet, DelegateCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task InitializerMember_Fix_RemovesAssignment() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
                ValidAudience = "api",
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
    public Task Statement_Fix_RemovesStatement() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p)
            {
                p.ValidAudience = "api";
                {|TVA2001:p.LifetimeValidator = (notBefore, expires, token, parameters) => true|};
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

    [Fact]
    public Task SignatureValidatorInitializer_Fix_RemovesAssignment() => VerifyFix("""
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
                {|TVA2002:SignatureValidator = (token, parameters) => new JsonWebToken(token)|}
            };
        }
        """, """
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api"
            };
        }
        """);

    [Fact]
    public Task SignatureValidatorStatement_Fix_RemovesStatement() => VerifyFix("""
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            void M(JwtBearerOptions options)
            {
                options.Authority = "https://issuer.test";
                {|TVA2002:options.TokenValidationParameters.SignatureValidator = (token, parameters) => new JwtSecurityTokenHandler().ReadJwtToken(token)|};
            }
        }
        """, """
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            void M(JwtBearerOptions options)
            {
                options.Authority = "https://issuer.test";
            }
        }
        """);

    [Fact]
    public Task ExpressionBodiedOptionsLambda_Fix_LeavesEmptyBody() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        class C
        {
            void Configure(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o => {|TVA2001:o.TokenValidationParameters.LifetimeValidator = (nbf, exp, t, p) => true|});
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        class C
        {
            void Configure(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o => { });
        }
        """);

    [Fact]
    public Task LifetimeValidatorWithValidateLifetimeFalse_Fix_RemovesBoth() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
                ValidateLifetime = false,
                {|TVA2001:LifetimeValidator = (notBefore, expires, token, parameters) => true|},
                ClockSkew = TimeSpan.FromMinutes(1),
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
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        }
        """);

    [Fact]
    public Task LifetimeValidatorWithValidateLifetimeFalseStatements_Fix_RemovesBoth() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P()
            {
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                p.ValidateLifetime = false;
                {|TVA2001:p.LifetimeValidator = (notBefore, expires, token, parameters) => true|};
                return p;
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P()
            {
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test", ValidAudience = "api" };
                return p;
            }
        }
        """);

    [Fact]
    public Task IssuerValidatorWithValidateIssuerFalseAndValidIssuer_Fix_RemovesBoth() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
                ValidateIssuer = false,
                {|TVA2001:IssuerValidator = (issuer, token, parameters) => issuer|},
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
    public Task SeveralValidators_FixAll_RemovesEach() => VerifyFix("""
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                {|TVA2001:AudienceValidator = (a, t, p) => true|},
                ValidAudience = "api",
                {|TVA2001:LifetimeValidator = (nbf, exp, t, p) => true|},
                {|TVA2002:SignatureValidator = (token, p) => new JsonWebToken(token)|},
                {|TVA2001:IssuerValidator = (issuer, t, p) => issuer|},
            };

            void M(TokenValidationParameters p)
            {
                {|TVA2001:p.TypeValidator = (type, t, v) => type|};
                {|TVA2001:p.AlgorithmValidator = (alg, key, t, v) => true|};
            }
        }
        """, """
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.test",
                ValidAudience = "api",
            };

            void M(TokenValidationParameters p)
            {
            }
        }
        """);

    [Fact]
    public Task IssuerValidatorWithAuthorityOnOptions_Fix_RemovesAssignment() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://issuer.test",
                Audience = "api",
                TokenValidationParameters =
                {
                    {|TVA2001:IssuerValidator = (issuer, token, parameters) => issuer|},
                },
            };
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://issuer.test",
                Audience = "api",
                TokenValidationParameters =
                {
                },
            };
        }
        """);
}
