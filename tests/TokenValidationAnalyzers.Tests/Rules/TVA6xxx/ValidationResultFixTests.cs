using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA6xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6001 fix: check IsValid and throw the validation exception, storing a discarded result first.</summary>
public class ValidationResultFixTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<HandlerUseRuleSet, ValidationResultCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InMethod(string body) => $$"""
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            async Task<ClaimsIdentity?> M(JsonWebTokenHandler h, string t, TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task LocalUsedBeforeCheck_Fix_InsertsCheckAfterDeclaration() => VerifyFix(InMethod("""
                var result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return result.ClaimsIdentity;
        """), InMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid) throw result.Exception;
                return result.ClaimsIdentity;
        """));

    [Fact]
    public Task LocalNeverRead_Fix_InsertsCheck() => VerifyFix(InMethod("""
                var outcome = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """), InMethod("""
                var outcome = await h.ValidateTokenAsync(t, p);
                if (!outcome.IsValid) throw outcome.Exception;
                return null;
        """));

    [Fact]
    public Task AwaitedStatement_Fix_StoresResultAndChecks() => VerifyFix(InMethod("""
                // validate first
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return new ClaimsIdentity("Bearer");
        """), InMethod("""
                // validate first
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid) throw result.Exception;
                return new ClaimsIdentity("Bearer");
        """));

    [Fact]
    public Task DiscardAssignment_Fix_StoresResultAndChecks() => VerifyFix(InMethod("""
                _ = await h.{|TVA6001:ValidateTokenAsync|}(t, p).ConfigureAwait(false);
                return null;
        """), InMethod("""
                var result = await h.ValidateTokenAsync(t, p).ConfigureAwait(false);
                if (!result.IsValid) throw result.Exception;
                return null;
        """));

    [Fact]
    public Task GetAwaiterGetResult_Fix_StoresResultAndChecks() => VerifyFix(InMethod("""
                await Task.Yield();
                h.{|TVA6001:ValidateTokenAsync|}(t, p).GetAwaiter().GetResult();
                return null;
        """), InMethod("""
                await Task.Yield();
                var result = h.ValidateTokenAsync(t, p).GetAwaiter().GetResult();
                if (!result.IsValid) throw result.Exception;
                return null;
        """));

    [Fact]
    public Task NameClash_Fix_UsesValidationResult() => VerifyFix(InMethod("""
                var result = new ClaimsIdentity("Bearer");
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return result;
        """), InMethod("""
                var result = new ClaimsIdentity("Bearer");
                var validationResult = await h.ValidateTokenAsync(t, p);
                if (!validationResult.IsValid) throw validationResult.Exception;
                return result;
        """));

    [Fact]
    public Task TwoMethods_FixAll_ChecksBoth() => VerifyFix("""
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            async Task A(JsonWebTokenHandler h, string t, TokenValidationParameters p)
            {
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
            }

            async Task<object> B(JsonWebTokenHandler h, string t, TokenValidationParameters p)
            {
                var result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return result.SecurityToken;
            }
        }
        """, """
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            async Task A(JsonWebTokenHandler h, string t, TokenValidationParameters p)
            {
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid) throw result.Exception;
            }

            async Task<object> B(JsonWebTokenHandler h, string t, TokenValidationParameters p)
            {
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid) throw result.Exception;
                return result.SecurityToken;
            }
        }
        """);

    [Fact]
    public Task TwoDiscardedCallsInOneMethod_FixAll_UsesDistinctNames() => VerifyFix(InMethod("""
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                await h.{|TVA6001:ValidateTokenAsync|}(t + "2", p);
                return null;
        """), InMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid) throw result.Exception;
                var validationResult = await h.ValidateTokenAsync(t + "2", p);
                if (!validationResult.IsValid) throw validationResult.Exception;
                return null;
        """));

    [Fact]
    public Task TwoLocalsInOneMethod_FixAll_ChecksEach() => VerifyFix(InMethod("""
                var first = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                var second = await h.{|TVA6001:ValidateTokenAsync|}(t + "2", p);
                return first.ClaimsIdentity ?? second.ClaimsIdentity;
        """), InMethod("""
                var first = await h.ValidateTokenAsync(t, p);
                if (!first.IsValid) throw first.Exception;
                var second = await h.ValidateTokenAsync(t + "2", p);
                if (!second.IsValid) throw second.Exception;
                return first.ClaimsIdentity ?? second.ClaimsIdentity;
        """));

    [Fact]
    public Task NameDeclaredLaterInSameBlock_Fix_UsesValidationResult() => VerifyFix(InMethod("""
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                var result = new ClaimsIdentity("Bearer");
                return result;
        """), InMethod("""
                var validationResult = await h.ValidateTokenAsync(t, p);
                if (!validationResult.IsValid) throw validationResult.Exception;
                var result = new ClaimsIdentity("Bearer");
                return result;
        """));

    [Fact]
    public Task NameDeclaredInNestedBlockLater_Fix_UsesValidationResult() => VerifyFix(InMethod("""
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                if (t.Length > 10)
                {
                    var result = new ClaimsIdentity("Long");
                    return result;
                }

                return null;
        """), InMethod("""
                var validationResult = await h.ValidateTokenAsync(t, p);
                if (!validationResult.IsValid) throw validationResult.Exception;
                if (t.Length > 10)
                {
                    var result = new ClaimsIdentity("Long");
                    return result;
                }

                return null;
        """));

    [Fact]
    public Task DiscardedInsideExpressionBodiedLambdaArgument_NoFix() => Verify<HandlerUseRuleSet, ValidationResultCodeFixProvider>.NoCodeFixAsync(InMethod("""
                await Task.Yield();
                new List<string> { t }.ForEach(async token => await h.{|TVA6001:ValidateTokenAsync|}(token, p));
                return null;
        """));

    [Fact]
    public Task DiscardedInsideLambdaBlock_Fix_ChecksInsideLambda() => VerifyFix(InMethod("""
                Func<Task> validate = async () =>
                {
                    await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                };
                await validate();
                return null;
        """), InMethod("""
                Func<Task> validate = async () =>
                {
                    var result = await h.ValidateTokenAsync(t, p);
                    if (!result.IsValid) throw result.Exception;
                };
                await validate();
                return null;
        """));

    [Fact]
    public Task InSwitchSection_Fix_InsertsInSection() => VerifyFix(InMethod("""
                switch (t.Length)
                {
                    case 0:
                        return null;
                    default:
                        await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                        return null;
                }
        """), InMethod("""
                switch (t.Length)
                {
                    case 0:
                        return null;
                    default:
                        var result = await h.ValidateTokenAsync(t, p);
                        if (!result.IsValid) throw result.Exception;
                        return null;
                }
        """));

    [Fact]
    public Task NotAwaited_NoFix() => Verify<HandlerUseRuleSet, ValidationResultCodeFixProvider>.NoCodeFixAsync(InMethod("""
                await Task.Yield();
                h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """));

    [Fact]
    public Task ResultUsedDirectly_NoFix() => Verify<HandlerUseRuleSet, ValidationResultCodeFixProvider>.NoCodeFixAsync(InMethod("""
                return (await h.{|TVA6001:ValidateTokenAsync|}(t, p)).ClaimsIdentity;
        """));

    [Fact]
    public Task EmbeddedStatementWithoutBlock_NoFix() => Verify<HandlerUseRuleSet, ValidationResultCodeFixProvider>.NoCodeFixAsync(InMethod("""
                if (t.Length > 0)
                    await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """));

    [Fact]
    public Task TopLevelStatement_Fix_StoresResultAndChecks()
    {
        var test = new Verify<HandlerUseRuleSet, ValidationResultCodeFixProvider>.Test
        {
            TestCode = """
                using Microsoft.IdentityModel.JsonWebTokens;
                using Microsoft.IdentityModel.Tokens;

                var handler = new JsonWebTokenHandler();
                await handler.{|TVA6001:ValidateTokenAsync|}(args[0], new TokenValidationParameters());
                Console.WriteLine("ok");
                """,
            FixedCode = """
                using Microsoft.IdentityModel.JsonWebTokens;
                using Microsoft.IdentityModel.Tokens;

                var handler = new JsonWebTokenHandler();
                var result = await handler.ValidateTokenAsync(args[0], new TokenValidationParameters());
                if (!result.IsValid) throw result.Exception;
                Console.WriteLine("ok");
                """,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task SynchronousValidateTokenLocal_Fix_InsertsCheck() => VerifyFix(InMethod("""
                await Task.Yield();
                var result = h.{|TVA6001:ValidateToken|}(t, p);
                return result.ClaimsIdentity;
        """), InMethod("""
                await Task.Yield();
                var result = h.ValidateToken(t, p);
                if (!result.IsValid) throw result.Exception;
                return result.ClaimsIdentity;
        """));

    [Fact]
    public Task SynchronousValidateTokenStatements_FixAll_StoresAndChecksEach() => VerifyFix(InMethod("""
                await Task.Yield();
                h.{|TVA6001:ValidateToken|}(t, p);
                _ = h.{|TVA6001:ValidateToken|}(t + "2", p);
                return null;
        """), InMethod("""
                await Task.Yield();
                var result = h.ValidateToken(t, p);
                if (!result.IsValid) throw result.Exception;
                var validationResult = h.ValidateToken(t + "2", p);
                if (!validationResult.IsValid) throw validationResult.Exception;
                return null;
        """));
}
