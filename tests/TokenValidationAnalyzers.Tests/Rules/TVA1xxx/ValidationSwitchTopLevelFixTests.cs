using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>
/// A top-level <c>Program.cs</c>'s locals (<c>builder</c>) are usable only in its top-level statements: a fix in an
/// extension class in another file, or in a class declared in <c>Program.cs</c>, must not read <c>builder.Configuration</c>.
/// </summary>
public class ValidationSwitchTopLevelFixTests
{
    private const string Program = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(AuthExtensions.CreateParameters());
        builder.Build().Run();
        """;

    private const string ReadIssuerFromEnvironment
        = """Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured")""";

    private static string Extensions(string member) => $$"""
        using Microsoft.IdentityModel.Tokens;
        static class AuthExtensions
        {
            public static TokenValidationParameters CreateParameters()
            {
                return new TokenValidationParameters
                {
                    {{member}}
                    ValidAudience = "api",
                };
            }
        }
        """;

    private static Task VerifyFix(string[] sources, string[] fixedSources)
    {
        var test = new Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.Test();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"File{i}.cs", fixedSources[i]));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task ExtensionClassInAnotherFile_Fix_DoesNotReadTopLevelBuilder() => VerifyFix(
        new[] { Program, Extensions("{|TVA1001:ValidateIssuer = false|},") },
        new[] { Program, Extensions($"ValidIssuer = {ReadIssuerFromEnvironment},") });

    [Fact]
    public Task ClassDeclaredAfterTopLevelStatements_Fix_DoesNotReadTopLevelBuilder()
    {
        const string Before = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.IdentityModel.Tokens;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton(Tokens.Parameters());
            builder.Build().Run();

            static class Tokens
            {
                public static TokenValidationParameters Parameters()
                {
                    return new TokenValidationParameters
                    {
                        /*member*/
                        ValidAudience = "api",
                    };
                }
            }
            """;
        return VerifyFix(
            new[] { Before.Replace("/*member*/", "{|TVA1001:ValidateIssuer = false|},") },
            new[] { Before.Replace("/*member*/", $"ValidIssuer = {ReadIssuerFromEnvironment},") });
    }

    [Fact]
    public Task TopLevelStatements_Fix_ReadsBuilderConfiguration()
    {
        const string Before = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.IdentityModel.Tokens;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton(CreateParameters());
            builder.Build().Run();

            TokenValidationParameters CreateParameters()
            {
                return new TokenValidationParameters
                {
                    /*member*/
                    ValidAudience = "api",
                };
            }
            """;
        return VerifyFix(
            new[] { Before.Replace("/*member*/", "{|TVA1001:ValidateIssuer = false|},") },
            new[] { Before.Replace("/*member*/", """ValidIssuer = builder.Configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),""") });
    }
}
