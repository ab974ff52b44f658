using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>TVA1003–TVA1006 (and TVA1001/TVA1002 with an issuer/audience source): the assignment is removed, the layout kept.</summary>
public class ValidationSwitchFixTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task MiddleElementWithTrailingComment_Fix_RemovesLine() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                {|TVA1004:RequireSignedTokens = false|}, // for the test tokens
                ValidAudience = "api",
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                ValidAudience = "api",
            };
        }
        """);

    [Fact]
    public Task LastElementWithTrailingComma_Fix_RemovesLine() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                ValidAudience = "api",
                {|TVA1005:RequireExpirationTime = false|},
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                ValidAudience = "api",
            };
        }
        """);

    [Fact]
    public Task LastElementWithoutTrailingComma_Fix_RemovesPrecedingComma() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer", // issuer
                ValidAudience = "api",
                {|TVA1006:RequireAudience = false|}
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer", // issuer
                ValidAudience = "api"
            };
        }
        """);

    [Fact]
    public Task OnlyElementOfNestedInitializer_Fix_LeavesEmptyInitializer() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters =
                {
                    {|TVA1003:ValidateLifetime = false|}
                },
            };
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters =
                {
                },
            };
        }
        """);

    [Fact]
    public Task OnlyElementOnOneLine_Fix_LeavesEmptyBraces() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = { {|TVA1004:RequireSignedTokens = false|} },
            };
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = { },
            };
        }
        """);

    [Fact]
    public Task OnlyElementOfCreation_Fix_DropsInitializer() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = new TokenValidationParameters
                {
                    {|TVA1004:RequireSignedTokens = false|},
                },
            };

            JwtBearerOptions P() => new() { Authority = "https://login.example.com", Audience = "api", TokenValidationParameters = new() { {|TVA1004:RequireSignedTokens = false|} } };
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = new TokenValidationParameters(),
            };

            JwtBearerOptions P() => new() { Authority = "https://login.example.com", Audience = "api", TokenValidationParameters = new() };
        }
        """);

    [Fact]
    public Task OnlyElementBesideComment_Fix_KeepsBraces() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = new TokenValidationParameters
                { // issuer and audience come from the authority
                    {|TVA1004:RequireSignedTokens = false|},
                },
            };
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            JwtBearerOptions O() => new JwtBearerOptions
            {
                Authority = "https://login.example.com",
                Audience = "api",
                TokenValidationParameters = new TokenValidationParameters
                { // issuer and audience come from the authority
                },
            };
        }
        """);

    private const string StartupHeader = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
        """;

    [Fact]
    public Task StatementAmongOthers_Fix_RemovesStatement() => VerifyFix(StartupHeader + """

            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    // lifetime is checked by the gateway
                    {|TVA1003:o.TokenValidationParameters.ValidateLifetime = false|};
                    o.Audience = "api";
                });
            }
        }
        """, StartupHeader + """

            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                });
            }
        }
        """);

    // the new block's elastic trivia is formatted: `if (x) { }` comes out on three lines
    [Fact]
    public Task EmbeddedStatement_Fix_BecomesEmptyBlock() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static void Relax(TokenValidationParameters p, bool x)
            {
                if (x) {|TVA1004:p.RequireSignedTokens = false|};
                p.ClockSkew = TimeSpan.Zero;
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static void Relax(TokenValidationParameters p, bool x)
            {
                if (x)
                {
                }
                p.ClockSkew = TimeSpan.Zero;
            }
        }
        """);

    [Fact]
    public Task ExpressionBodiedLambda_Fix_BecomesEmptyBlock() => VerifyFix(StartupHeader + """

            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o => {|TVA1003:o.TokenValidationParameters.ValidateLifetime = false|});
            }
        }
        """, StartupHeader + """

            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o => { });
            }
        }
        """);

    [Fact]
    public Task SeveralInOneInitializer_FixAll_RemovesAll() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                {|TVA1003:ValidateLifetime = false|},
                ValidIssuer = "https://issuer",
                {|TVA1004:RequireSignedTokens = false|}, // signed by nobody
                {|TVA1005:RequireExpirationTime = false|},
                ValidAudience = "api",
                {|TVA1006:RequireAudience = false|}
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer",
                ValidAudience = "api"
            };
        }
        """);

    [Fact]
    public Task TwoDocuments_FixAll_FixesBoth()
    {
        var test = new Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.Test();
        test.TestState.Sources.Add("""
            using Microsoft.IdentityModel.Tokens;
            class A
            {
                TokenValidationParameters P() => new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer",
                    ValidAudience = "api",
                    {|TVA1003:ValidateLifetime = false|},
                };
            }
            """);
        test.TestState.Sources.Add("""
            using Microsoft.IdentityModel.Tokens;
            class B
            {
                void Relax(TokenValidationParameters p)
                {
                    {|TVA1004:p.RequireSignedTokens = false|};
                    {|TVA1005:p.RequireExpirationTime = false|};
                }
            }
            """);
        test.FixedState.Sources.Add("""
            using Microsoft.IdentityModel.Tokens;
            class A
            {
                TokenValidationParameters P() => new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer",
                    ValidAudience = "api",
                };
            }
            """);
        test.FixedState.Sources.Add("""
            using Microsoft.IdentityModel.Tokens;
            class B
            {
                void Relax(TokenValidationParameters p)
                {
                }
            }
            """);
        return test.RunAsync();
    }

    [Fact]
    public Task IssuerSetAndDisabled_Fix_RemovesOnly() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuers = new[] { "https://a", "https://b" },
                {|TVA1001:ValidateIssuer = false|},
                ValidAudience = "api",
            };
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidIssuers = new[] { "https://a", "https://b" },
                ValidAudience = "api",
            };
        }
        """);

    [Fact]
    public Task AddJwtBearerWithAuthorityAndAudience_Fix_RemovesBothSwitches() => VerifyFix(StartupHeader + """

            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        {|TVA1001:ValidateIssuer = false|},
                        {|TVA1002:ValidateAudience = false|},
                        NameClaimType = "name",
                    };
                });
            }
        }
        """, StartupHeader + """

            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.example.com";
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        NameClaimType = "name",
                    };
                });
            }
        }
        """);

    [Fact]
    public Task IssuerDisabledOnParameterObject_Fix_RemovesOnly() => VerifyFix("""
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static void Relax(TokenValidationParameters p)
            {
                {|TVA1001:p.ValidateIssuer = false|};
                {|TVA1002:p.ValidateAudience = false|};
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        static class C
        {
            public static void Relax(TokenValidationParameters p)
            {
            }
        }
        """);
}
