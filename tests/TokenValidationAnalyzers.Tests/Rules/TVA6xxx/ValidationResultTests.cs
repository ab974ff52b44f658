using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA6xxx;

/// <summary>TVA6001: the result of ValidateTokenAsync discarded, or trusted before IsValid is read.</summary>
public class ValidationResultTests
{
    private static Task VerifyInMethod(string body) => Verify<HandlerUseRuleSet>.AnalyzerAsync($$"""
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Claims;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            static void Handle(TokenValidationResult result) { }
            async Task<object?> M(JsonWebTokenHandler h, JwtSecurityTokenHandler jh, TokenHandler th, string t, TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task AwaitedStatement_Reports() => VerifyInMethod("""
                await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """);

    [Fact]
    public Task AwaitedAssignedToDiscard_Reports() => VerifyInMethod("""
                _ = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """);

    [Fact]
    public Task ConfigureAwaitStatement_Reports() => VerifyInMethod("""
                await h.{|TVA6001:ValidateTokenAsync|}(t, p).ConfigureAwait(false);
                return null;
        """);

    [Fact]
    public Task ResultAssignedToDiscard_Reports() => VerifyInMethod("""
                _ = h.{|TVA6001:ValidateTokenAsync|}(t, p).Result;
                return null;
        """);

    [Fact]
    public Task GetAwaiterGetResultStatement_Reports() => VerifyInMethod("""
                h.{|TVA6001:ValidateTokenAsync|}(t, p).GetAwaiter().GetResult();
                return null;
        """);

    [Fact]
    public Task NotAwaitedStatement_Reports() => VerifyInMethod("""
                h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """);

    [Fact]
    public Task LocalNeverRead_Reports() => VerifyInMethod("""
                var result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """);

    [Fact]
    public Task JwtSecurityTokenHandlerAwaitedStatement_Reports() => VerifyInMethod("""
                await jh.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """);

    [Fact]
    public Task TokenHandlerBaseTypeStatement_Reports() => VerifyInMethod("""
                await th.{|TVA6001:ValidateTokenAsync|}(t, p);
                return null;
        """);

    [Fact]
    public Task ClaimsIdentityBeforeIsValid_Reports() => VerifyInMethod("""
                var result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                var identity = result.ClaimsIdentity;
                if (!result.IsValid)
                {
                    return null;
                }

                return identity;
        """);

    [Fact]
    public Task ClaimsBeforeIsValidWithJwtSecurityTokenHandler_Reports() => VerifyInMethod("""
                var result = await jh.{|TVA6001:ValidateTokenAsync|}(t, p);
                var subject = result.Claims["sub"];
                return result.IsValid ? subject : null;
        """);

    [Fact]
    public Task SecurityTokenUsedAndIsValidNeverRead_Reports() => VerifyInMethod("""
                var result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return result.SecurityToken;
        """);

    [Fact]
    public Task ClaimsIdentityOfAwaitedCallDirectly_Reports() => VerifyInMethod("""
                return (await h.{|TVA6001:ValidateTokenAsync|}(t, p)).ClaimsIdentity;
        """);

    [Fact]
    public Task LocalAssignedLaterThenTrusted_Reports() => VerifyInMethod("""
                TokenValidationResult result;
                result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                return new ClaimsPrincipal(result.ClaimsIdentity);
        """);

    [Fact]
    public Task IsValidCheckedBeforeUse_DoesNotReport() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid)
                {
                    return null;
                }

                return result.ClaimsIdentity;
        """);

    [Fact]
    public Task IsValidCheckedWithJwtSecurityTokenHandler_DoesNotReport() => VerifyInMethod("""
                var result = await jh.ValidateTokenAsync(t, p);
                if (!result.IsValid) throw result.Exception;
                return result.Claims;
        """);

    [Fact]
    public Task PropertyPatternIsValidTrue_DoesNotReport() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                if (result is { IsValid: true })
                {
                    return result.ClaimsIdentity;
                }

                return null;
        """);

    [Fact]
    public Task ExceptionReadFirst_DoesNotReport() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                if (result.Exception is not null)
                {
                    throw result.Exception;
                }

                return result.SecurityToken;
        """);

    [Fact]
    public Task ResultReturned_DoesNotReport() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                return result;
        """);

    [Fact]
    public Task AwaitedCallReturned_DoesNotReport() => VerifyInMethod("""
                return await h.ValidateTokenAsync(t, p);
        """);

    [Fact]
    public Task ResultPassedToMethod_DoesNotReport() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                Handle(result);
                return null;
        """);

    [Fact]
    public Task SynchronousValidateToken_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                return jh.ValidateToken(t, p, out _);
        """);

    [Fact]
    public Task InLambdaDiscarded_Reports() => VerifyInMethod("""
                Func<Task> validate = async () => await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                await validate();
                return null;
        """);

    [Fact]
    public Task TaskReturnedToCaller_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            Task<TokenValidationResult> M(JsonWebTokenHandler h, string t, TokenValidationParameters p) => h.ValidateTokenAsync(t, p);
        }
        """);

    [Fact]
    public Task IsNotNullPatternBeforeUse_Reports() => VerifyInMethod("""
                var result = await h.{|TVA6001:ValidateTokenAsync|}(t, p);
                if (result is not null)
                {
                    return result.ClaimsIdentity;
                }

                return null;
        """);

    [Fact]
    public Task SwitchExpressionOnIsValid_DoesNotReport() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                return result switch
                {
                    { IsValid: true } => result.ClaimsIdentity,
                    _ => null,
                };
        """);

    [Fact]
    public Task ReassignedAndSecondResultTrusted_Reports() => VerifyInMethod("""
                var result = await h.ValidateTokenAsync(t, p);
                if (!result.IsValid) return null;
                result = await h.{|TVA6001:ValidateTokenAsync|}(t + "2", p);
                return result.ClaimsIdentity;
        """);

    [Fact]
    public Task ResultPropertyThenClaimsIdentity_Reports() => VerifyInMethod("""
                await Task.Yield();
                return h.{|TVA6001:ValidateTokenAsync|}(t, p).Result.ClaimsIdentity;
        """);

    [Fact]
    public Task SynchronousJsonWebTokenValidateTokenStatement_Reports() => VerifyInMethod("""
                await Task.Yield();
                h.{|TVA6001:ValidateToken|}(t, p);
                return null;
        """);

    [Fact]
    public Task SynchronousJsonWebTokenClaimsIdentityBeforeIsValid_Reports() => VerifyInMethod("""
                await Task.Yield();
                var result = h.{|TVA6001:ValidateToken|}(t, p);
                return result.ClaimsIdentity;
        """);

    [Fact]
    public Task SynchronousJsonWebTokenIsValidChecked_DoesNotReport() => VerifyInMethod("""
                await Task.Yield();
                var result = h.ValidateToken(t, p);
                if (!result.IsValid) return null;
                return result.ClaimsIdentity;
        """);

    [Fact]
    public Task OwnValidateTokenReturningResult_DoesNotReport() => Verify<HandlerUseRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class MyHandler
        {
            public TokenValidationResult ValidateToken(string token, TokenValidationParameters parameters) => new();
        }

        class C
        {
            object? M(MyHandler h, string t, TokenValidationParameters p)
            {
                var result = h.ValidateToken(t, p);
                h.ValidateToken(t, p);
                return result.ClaimsIdentity;
            }
        }
        """);
}
