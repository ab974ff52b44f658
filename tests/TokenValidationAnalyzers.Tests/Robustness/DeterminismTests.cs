using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Robustness;

/// <summary>Concurrent and sequential analysis of the same compilation report the same diagnostics.</summary>
public class DeterminismTests
{
    internal const string WeakConfigurations = """
        using System.Security.Claims;
        using System.Text;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Tokens;

        namespace Weak;

        static class Startup
        {
            const string Secret = "not-a-secret";

            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidateIssuer = false,
                        ValidateAudience = false,
                        ValidateLifetime = bool.Parse(configuration["Jwt:Lifetime"]!),
                        RequireSignedTokens = false,
                        ClockSkew = TimeSpan.FromHours(3),
                        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
                    };
                    o.Events = new JwtBearerEvents { OnAuthenticationFailed = context => { context.Success(); return Task.CompletedTask; } };
                });
            }

            public static TokenValidationParameters Second(JwtBearerOptions options)
            {
                options.TokenValidationParameters.RequireExpirationTime = false;
                options.TokenValidationParameters.ValidateTokenReplay = true;
                return new() { RequireAudience = false, ValidAlgorithms = new[] { "none" }, IssuerValidator = (issuer, token, p) => issuer };
            }

            public static void Resolvers(TokenValidationParameters p, SecurityKey[] keys)
            {
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => keys;
                p.SignatureValidator = (token, parameters) => new JsonWebToken(token);
            }
        }

        static class Issuing
        {
            public static string Issue() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Subject = new ClaimsIdentity() });

            public static string LongLived(SigningCredentials credentials) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Expires = DateTime.UtcNow.AddDays(400),
                SigningCredentials = credentials,
            });

            public static async Task Validate(JsonWebTokenHandler handler, string token)
                => await handler.ValidateTokenAsync(token, new TokenValidationParameters { ValidIssuer = "i", ValidAudience = "a" });
        }
        """;

    internal const string MoreWeakConfigurations = """
        using Microsoft.IdentityModel.Tokens;

        namespace Weak;

        sealed class Holder
        {
            private readonly TokenValidationParameters _parameters = new() { ValidateIssuer = false };

            public Holder()
            {
                _parameters.ValidateLifetime = false;
                _parameters.ValidIssuer = "";
            }
        }
        """;

    [Fact]
    public async Task ConcurrentAndSequentialAnalysis_ReportTheSame()
    {
        var compilation = AnalyzerRun.Compile(new[] { TestReferences.GlobalUsings, WeakConfigurations, MoreWeakConfigurations }, TestReferences.All);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()));

        var sequential = await RunAsync(compilation, concurrent: false);
        Assert.True(sequential.Select(line => line.Split('|')[0]).Distinct().Count() >= 8, "expected many rules to report:\n" + string.Join("\n", sequential));

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(sequential, await RunAsync(compilation, concurrent: true));
        }

        Assert.Equal(sequential, await RunAsync(compilation, concurrent: false));
    }

    private static async Task<List<string>> RunAsync(Compilation compilation, bool concurrent)
    {
        var run = await AnalyzerRun.RunAsync(compilation, concurrent);
        Assert.Empty(run.Failures);
        return run.RuleDiagnostics
            .Select(diagnostic => $"{diagnostic.Id}|{diagnostic.Location.GetLineSpan()}|{diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
