using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA4xxx;

/// <summary>TVA4001: constant clock skews above the default or the .editorconfig limit.</summary>
public class ClockSkewTests
{
    private static string InMethod(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            const int SkewMinutes = 15;

            void M(TokenValidationParameters parameters, JwtBearerOptions options, IConfiguration config, TimeSpan skew)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync(InMethod(body));

    private static Task VerifyWithLimit(string limit, string body)
    {
        var test = new Verify<AlgorithmAndLifetimeRuleSet>.Test();
        test.TestState.Sources.Add(InMethod(body));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n[*]\ndotnet_code_quality.TVA4001.max_clock_skew = {limit}\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task TenMinutes_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(10)|} };
        """);

    [Fact]
    public Task FiveMinutes_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.FromMinutes(5) };
        """);

    [Fact]
    public Task ThirtySeconds_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.FromSeconds(30) };
        """);

    [Fact]
    public Task ZeroAndNegative_DoNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.Zero };
                parameters.ClockSkew = TimeSpan.FromMinutes(-10);
        """);

    [Fact]
    public Task MaxValue_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.MaxValue|} };
        """);

    [Fact]
    public Task ConstructorThirtyMinutes_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = new TimeSpan(0, 30, 0)|} };
        """);

    [Fact]
    public Task ConstructorFourMinutes_DoesNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ClockSkew = new TimeSpan(0, 4, 0) };
        """);

    [Fact]
    public Task HoursDaysTicksAndParse_Report() => VerifyInMethod("""
                var a = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromHours(1)|} };
                var b = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromDays(1)|} };
                var c = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromTicks(TimeSpan.TicksPerHour)|} };
                var d = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.Parse("00:06:00")|} };
        """);

    [Fact]
    public Task ConstantExpressionArgument_Reports() => VerifyInMethod("""
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(SkewMinutes)|} };
        """);

    [Fact]
    public Task AssignmentStatementAndMemberChain_Report() => VerifyInMethod("""
                {|TVA4001:parameters.ClockSkew = TimeSpan.FromMinutes(10)|};
                {|TVA4001:options.TokenValidationParameters.ClockSkew = TimeSpan.FromHours(2)|};
        """);

    [Fact]
    public Task NestedInitializer_Reports() => VerifyInMethod("""
                var o = new JwtBearerOptions { TokenValidationParameters = { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(10)|} } };
        """);

    [Fact]
    public Task RuntimeValues_DoNotReport() => VerifyInMethod("""
                var p = new TokenValidationParameters { ClockSkew = skew };
                parameters.ClockSkew = TimeSpan.FromMinutes(config.GetValue<int>("Jwt:SkewMinutes"));
        """);

    [Fact]
    public Task LookalikeProperty_DoesNotReport() => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        sealed class JwtSettings { public TimeSpan ClockSkew { get; set; } }
        class C
        {
            void M() { var s = new JwtSettings { ClockSkew = TimeSpan.FromHours(1) }; }
        }
        """);

    [Fact]
    public Task CustomLimitOneMinute_ReportsTwoMinutes() => VerifyWithLimit("00:01:00", """
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(2)|} };
        """);

    [Fact]
    public Task CustomLimitOneMinute_DoesNotReportOneMinute() => VerifyWithLimit("00:01:00", """
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.FromSeconds(60) };
        """);

    [Fact]
    public Task CustomLimitThirtyMinutes_DoesNotReportTenMinutes() => VerifyWithLimit("00:30:00", """
                var p = new TokenValidationParameters { ClockSkew = TimeSpan.FromMinutes(10) };
        """);

    [Fact]
    public Task CustomLimitThirtyMinutes_ReportsOneHour() => VerifyWithLimit("00:30:00", """
                var p = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromHours(1)|} };
        """);

    [Theory]
    [InlineData("five minutes")]
    [InlineData("00:99:00")]
    [InlineData("-00:10:00")]
    [InlineData("00:00:00")]
    [InlineData("")]
    public Task MalformedLimit_FallsBackToDefault(string limit) => VerifyWithLimit(limit, """
                var over = new TokenValidationParameters { {|TVA4001:ClockSkew = TimeSpan.FromMinutes(10)|} };
                var under = new TokenValidationParameters { ClockSkew = TimeSpan.FromMinutes(5) };
        """);
}
