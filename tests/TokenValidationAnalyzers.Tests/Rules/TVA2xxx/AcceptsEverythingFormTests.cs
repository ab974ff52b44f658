using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2001 on every delegate form, and the bodies that may reject by throwing or calling out.</summary>
public class AcceptsEverythingFormTests
{
    private static Task VerifyInMethod(string body, string members = "") => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using System.Diagnostics;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly ILogger<C> _logger;
            private readonly AudienceValidator _stored = (a, t, v) => true;
            public C(ILogger<C> logger) => _logger = logger;
            static bool AcceptStatic(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters) => true;
            bool AcceptInstance(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
            {
                return true;
            }
            static void EnsureAllowed(IEnumerable<string> audiences) { }
            static bool Check(IEnumerable<string> audiences) => audiences.Any();
        {{members}}
            void M(TokenValidationParameters p, IHostEnvironment env)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task ExpressionLambda_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) => true|};
        """);

    [Fact]
    public Task BlockLambda_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    return true;
                }|};
        """);

    [Fact]
    public Task BlockLambdaWithSeveralTrueReturns_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    if (a.Any())
                    {
                        return true;
                    }

                    return true;
                }|};
        """);

    [Fact]
    public Task AnonymousMethodWithParameterList_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = delegate (IEnumerable<string> a, SecurityToken t, TokenValidationParameters v) { return true; }|};
        """);

    [Fact]
    public Task AnonymousMethodWithoutParameterList_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = delegate { return true; }|};
        """);

    [Fact]
    public Task ExplicitDelegateCreation_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = new AudienceValidator((a, t, v) => true)|};
        """);

    [Fact]
    public Task MethodGroupToStaticMethod_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = AcceptStatic|};
        """);

    [Fact]
    public Task MethodGroupToInstanceMethod_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = this.AcceptInstance|};
        """);

    [Fact]
    public Task MethodGroupToMethodInAnotherFile_Reports() => Verify<DelegateRuleSet>.AnalyzerAsync(new[]
    {
        """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidAudience = "api",
                {|TVA2001:AudienceValidator = Checks.AcceptAll|},
            };
        }
        """,
        """
        using Microsoft.IdentityModel.Tokens;
        static class Checks
        {
            public static bool AcceptAll(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
            {
                return true;
            }
        }
        """,
    });

    [Fact]
    public Task MethodGroupToThrowingMethodInAnotherFile_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync(new[]
    {
        """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            void M(TokenValidationParameters p) => p.AudienceValidator = Checks.RequireApi;
        }
        """,
        """
        using Microsoft.IdentityModel.Tokens;
        static class Checks
        {
            public static bool RequireApi(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
                => audiences.Contains("api") ? true : throw new SecurityTokenInvalidAudienceException("wrong audience");
        }
        """,
    });

    [Fact]
    public Task LocalFunction_Reports() => VerifyInMethod("""
                bool Accept(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters) => true;
                {|TVA2001:p.AudienceValidator = Accept|};
        """);

    [Fact]
    public Task StaticLocalFunctionWithBlockBody_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = Accept|};

                static bool Accept(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
                {
                    return true;
                }
        """);

    [Fact]
    public Task DelegateHeldInField_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = _stored;
        """);

    [Fact]
    public Task ThrowOnFailureElseReturnTrue_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, v) =>
                {
                    if (!a.Contains("api"))
                    {
                        throw new SecurityTokenInvalidAudienceException("wrong audience");
                    }

                    return true;
                };
        """);

    [Fact]
    public Task ThrowExpression_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, v) => a.Contains("api") ? true : throw new SecurityTokenInvalidAudienceException("wrong audience");
        """);

    [Fact]
    public Task LibraryValidationCallStatement_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, v) =>
                {
                    Validators.ValidateAudience(a, t, new TokenValidationParameters { ValidAudience = "api" });
                    return true;
                };
        """);

    [Fact]
    public Task AppMethodCallStatement_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, v) =>
                {
                    EnsureAllowed(a);
                    return true;
                };
        """);

    [Fact]
    public Task LocalInitializedByCall_DoesNotReport() => VerifyInMethod("""
                p.AudienceValidator = (a, t, v) =>
                {
                    var ok = Check(a);
                    return true;
                };
        """);

    [Fact]
    public Task ILoggerOnly_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    _logger.LogWarning("Audiences {Audiences}", string.Join(",", a));
                    return true;
                }|};
        """);

    [Fact]
    public Task ConsoleWriteLineOnly_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    Console.WriteLine(a.FirstOrDefault());
                    return true;
                }|};
        """);

    [Fact]
    public Task DebugWriteLineOnly_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    Debug.WriteLine("audience check skipped");
                    return true;
                }|};
        """);

    [Fact]
    public Task TraceInformationOnly_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    Trace.TraceInformation("audience check skipped");
                    return true;
                }|};
        """);

    [Fact]
    public Task NoticesBadAudienceLogsAndAccepts_Reports() => VerifyInMethod("""
                {|TVA2001:p.AudienceValidator = (a, t, v) =>
                {
                    if (!a.Contains("api")) _logger.LogWarning("Unexpected audience");
                    return true;
                }|};
        """);

    [Fact]
    public Task EnvironmentGuardedStatement_DoesNotReport() => VerifyInMethod("""
                if (env.IsDevelopment()) p.AudienceValidator = (a, t, v) => true;
        """);

    [Fact]
    public Task EnvironmentGuardedBlock_DoesNotReport() => VerifyInMethod("""
                if (!env.IsProduction())
                {
                    p.AudienceValidator = (a, t, v) => true;
                }
        """);

    [Fact]
    public Task GuardedByUnrelatedCondition_Reports() => VerifyInMethod("""
                if (p.ValidateAudience)
                {
                    {|TVA2001:p.AudienceValidator = (a, t, v) => true|};
                }
        """);
}
