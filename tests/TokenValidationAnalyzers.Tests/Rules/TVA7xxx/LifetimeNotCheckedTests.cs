using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA7xxx;

/// <summary>TVA7002 on JWT.Net 10.x (a reference stub; <c>ValidationParameters</c> does not exist in 7.3.1).</summary>
public class LifetimeNotCheckedTests
{
    private static Task VerifyInMethod(string body) => Verify<JwtLibraryRuleSet>.AnalyzerAsync(TestReferences.WithJwtNet10, $$"""
        using JWT;
        using JWT.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Hosting;
        class C
        {
            object? M(string token, string key, bool flag, IWebHostEnvironment env, IJsonSerializer serializer)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task ExpirationOffInParametersLambda_Reports() => VerifyInMethod("""
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters(p => {|TVA7002:p.ValidateExpirationTime = false|}).Decode(token);
        """);

    [Fact]
    public Task IssuedTimeOffInInitializer_Reports() => VerifyInMethod("""
                var parameters = new ValidationParameters { {|TVA7002:ValidateIssuedTime = false|}, TimeMargin = 10 };
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters(parameters).Decode(token);
        """);

    [Fact]
    public Task ExpirationOffOnLocal_Reports() => VerifyInMethod("""
                var parameters = ValidationParameters.Default;
                {|TVA7002:parameters.ValidateExpirationTime = false|};
                return new JwtValidator(serializer, new UtcDateTimeProvider(), parameters);
        """);

    [Fact]
    public Task NonePreset_Reports() => VerifyInMethod("""
                var validator = new JwtValidator(serializer, new UtcDateTimeProvider(), {|TVA7002:ValidationParameters.None|});
                return JwtBuilder.Create().WithValidator(validator).WithValidationParameters({|TVA7002:ValidationParameters.None|});
        """);

    [Fact]
    public Task ChecksOnOrUndecided_DoNotReport() => VerifyInMethod("""
                var parameters = new ValidationParameters { ValidateExpirationTime = true, ValidateIssuedTime = flag, ValidateSignature = true };
                return JwtBuilder.Create().WithSecret(key).WithValidationParameters(ValidationParameters.Default).WithValidationParameters(parameters);
        """);

    [Fact]
    public Task ExpirationOffOnlyInDevelopment_DoesNotReport() => VerifyInMethod("""
                var parameters = ValidationParameters.Default;
                if (env.IsDevelopment())
                {
                    parameters.ValidateExpirationTime = false;
                }

                parameters.ValidateIssuedTime = !env.IsDevelopment();
                return parameters;
        """);

    [Fact]
    public Task IssuedTimeOffInProduction_Reports() => VerifyInMethod("""
                var parameters = ValidationParameters.Default;
                {|TVA7002:parameters.ValidateIssuedTime = !env.IsProduction()|};
                return parameters;
        """);

    [Fact]
    public Task LookAlikeParameters_DoNotReport() => Verify<JwtLibraryRuleSet>.AnalyzerAsync(TestReferences.WithJwtNet10, """
        namespace MyApp
        {
            class ValidationParameters
            {
                public bool ValidateExpirationTime { get; set; }
                public static ValidationParameters None => new();
            }

            class C
            {
                object M() => new ValidationParameters { ValidateExpirationTime = false } ?? ValidationParameters.None;
            }
        }
        """);
}
