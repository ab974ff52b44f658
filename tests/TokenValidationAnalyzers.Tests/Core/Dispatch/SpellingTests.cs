using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Core.Dispatch;

/// <summary>
/// Every way C# spells an assignment, a creation, a call or a <c>??</c> reaches the rules, and look-alikes that are
/// no such operation reach none.
/// </summary>
public class SpellingTests
{
    private static Task VerifyBody(string body, string usings = "") => Verify<AllRules>.AnalyzerAsync($$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        {{usings}}
        static class Startup
        {
            static TokenValidationParameters Use(TokenValidationParameters p) => p;
            public static TokenValidationParameters Configure(TokenValidationParameters p, IConfiguration config, bool flag)
            {
                {{body}}
                return p;
            }
        }
        """);

    [Theory]
    [InlineData("{|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer=false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer\t =  false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer\n            = false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer /* off */ = false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer // off\n            = false|};")]
    [InlineData("{|TVA1001:p.@ValidateIssuer = false|};")]
    [InlineData("{|TVA1001:p.Validate\\u0049ssuer = false|};")]
    [InlineData("{|TVA1001:p.ValidateIssue\\u0072 = false|};")]
    [InlineData("{|TVA1001:p.\\u0056alidateIssuer = false|};")]
    [InlineData("{|TVA1001:p.\\U00000056alidateIssuer = false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer  =  false|};")]
    [InlineData("var path = \"C:\\\\temp\"; {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("{|TVA1001:(p!).ValidateIssuer = false|};")]
    [InlineData("flag = {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("Use(new TokenValidationParameters { {|TVA1001:ValidateIssuer = false|} });")]
    [InlineData("{|TVA1001:p.ValidateIssuer\u00A0= false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer\f= false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer\v= false|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer\u2028= false|};")]
    [InlineData("{|TVA1001:(p.ValidateIssuer) = false|};")]
    [InlineData("{|TVA1001:((p).ValidateIssuer) = (false)|};")]
    [InlineData("{|TVA1001:this_is_p().ValidateIssuer = false|}; TokenValidationParameters this_is_p() => p;")]
    public Task AssignmentSpellings_Report(string statement) => VerifyBody(statement);

    [Theory]
    [InlineData("flag = p.ValidateIssuer == false;")]
    [InlineData("flag = p.ValidateIssuer != false;")]
    [InlineData("flag |= p.ValidateIssuer;")]
    [InlineData("var ValidateIssuer = false; flag = ValidateIssuer;")]
    [InlineData("System.Func<bool, bool> f = ValidateIssuer => false;")]
    [InlineData("var settings = new { ValidateIssuer = false };")]
    [InlineData("// p.ValidateIssuer = false;")]
    [InlineData("var text = \"p.ValidateIssuer = false\";")]
    [InlineData("var text = $\"{p.ValidateIssuer = true}\";")]
    [InlineData("var switches = new System.Collections.Generic.Dictionary<string, bool>(); switches[\"ValidateIssuer\"] = false;")]
    [InlineData("var switches = new System.Collections.Generic.Dictionary<string, bool> { [nameof(p.ValidateIssuer)] = false };")]
    public Task NotAWeakeningAssignment_IsSilent(string statement) => VerifyBody(statement);

    [Theory]
    [InlineData("{|TVA2001:p.AudienceValidator += (a, t, v) => true|};")]
    [InlineData("{|TVA2001:p.AudienceValidator+=(a, t, v) => true|};")]
    [InlineData("{|TVA2001:(p!).AudienceValidator += (a, t, v) => true|};")]
    [InlineData("{|TVA2001:p.@AudienceValidator /* more */ += (a, t, v) => true|};")]
    [InlineData("{|TVA2001:p.Audience\\u0056alidator += (a, t, v) => true|};")]
    [InlineData("{|TVA2001:p.AudienceValidator\n            += (a, t, v) => true|};")]
    public Task DelegateAdditionSpellings_Report(string statement) => VerifyBody(statement);

    [Theory]
    [InlineData("p.AudienceValidator -= (a, t, v) => true;")]
    [InlineData("var AudienceValidator = (AudienceValidator?)null; AudienceValidator += (a, t, v) => true;")]
    public Task NotADelegateAddition_IsSilent(string statement) => VerifyBody(statement);

    [Theory]
    [InlineData("{|TVA1009:{|TVA1010:new TokenValidationParameters|}|}\n            {\n                ClockSkew = TimeSpan.Zero,\n            }")]
    [InlineData("{|TVA1009:{|TVA1010:new TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new Microsoft.IdentityModel.Tokens.TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new global::Microsoft.IdentityModel.Tokens.TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new /* parameters */ TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new // parameters\n                TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new @TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new Token\\u0056alidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new ()|}|} { ClockSkew = TimeSpan.Zero }")]
    [InlineData("{|TVA1009:{|TVA1010:new\u00A0TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new\u2028TokenValidationParameters()|}|}")]
    [InlineData("{|TVA1009:{|TVA1010:new TokenValidationParameters\u00A0()|}|}")]
    public Task CreationSpellings_Report(string creation) => Verify<AllRules>.AnalyzerAsync($$"""
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static TokenValidationParameters Create() => {{creation}};
        }
        """);

    [Theory]
    [InlineData("TokenValidationParameters p = {|TVA1009:{|TVA1010:new()|}|};")]
    [InlineData("TokenValidationParameters? p = {|TVA1009:{|TVA1010:new()|}|};")]
    [InlineData("Microsoft.IdentityModel.Tokens.TokenValidationParameters p = {|TVA1009:{|TVA1010:new()|}|};")]
    [InlineData("TokenValidationParameters p; p = {|TVA1009:{|TVA1010:new()|}|};")]
    [InlineData("TokenValidationParameters p = null!; if (flag) { } else p = {|TVA1009:{|TVA1010:new()|}|};")]
    [InlineData("Parameters p = {|TVA1009:{|TVA1010:new()|}|};")]
    [InlineData("var p = {|TVA1009:{|TVA1010:new Parameters()|}|};")]
    public Task TargetTypedAndAliasedCreations_Report(string declaration) => Verify<AllRules>.AnalyzerAsync($$"""
        using Microsoft.IdentityModel.Tokens;
        using Parameters = Microsoft.IdentityModel.Tokens.TokenValidationParameters;
        static class Startup
        {
            public static TokenValidationParameters Create(bool flag)
            {
                {{declaration}}
                return p;
            }
        }
        """);

    [Fact]
    public Task CreationThroughGlobalAliasInAnotherFile_Reports() => Verify<AllRules>.AnalyzerAsync(new[]
    {
        "global using Parameters = Microsoft.IdentityModel.Tokens.TokenValidationParameters;",
        """
        static class Startup
        {
            public static Parameters Create() => {|TVA1009:{|TVA1010:new Parameters()|}|};
        }
        """,
    });

    [Fact]
    public Task CreationThroughAliasInNestedNamespace_Reports() => Verify<AllRules>.AnalyzerAsync("""
        namespace App
        {
            namespace Auth
            {
                using Parameters = Microsoft.IdentityModel.Tokens.TokenValidationParameters;

                static class Startup
                {
                    public static Parameters Create() => {|TVA1009:{|TVA1010:new Parameters()|}|};
                }
            }
        }
        """);

    [Theory]
    [InlineData("AppContext.{|TVA5006:SetSwitch|}\u00A0(\"Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation\", true);")]
    [InlineData("AppContext.{|TVA5006:SetSwitch|}\f(\"Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation\", true);")]
    public Task CallSpellings_Report(string statement) => VerifyBody(statement);

    /// <summary>A call whose type arguments are written over more than 256 characters before its <c>(</c>.</summary>
    [Fact]
    public Task CallWithLongTypeArguments_Reports() => VerifyBody(
        "var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetValue<string /* "
        + new string('x', 300)
        + " */>(\"Jwt:Key\", {|TVA3002:\"fallback-signing-key-0123456789abcdef\"|})!));");

    [Theory]
    [InlineData("var list = new System.Collections.Generic.List<TokenValidationParameters>();")]
    [InlineData("var items = new[] { new object() };")]
    [InlineData("var anonymous = new { TokenValidationParameters = 1 };")]
    [InlineData("// var p = new TokenValidationParameters();")]
    [InlineData("var text = \"new TokenValidationParameters()\";")]
    [InlineData("var renewTokenValidationParameters = 1;")]
    public Task NotACreation_IsSilent(string statement) => Verify<AllRules>.AnalyzerAsync($$"""
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Create()
            {
                {{statement}}
            }
        }
        """);

    [Theory]
    [InlineData("config[\"Jwt:Key\"] ?? {|TVA3002:\"fallback-signing-key-0123456789abcdef\"|}")]
    [InlineData("config[\"Jwt:Key\"]??{|TVA3002:\"fallback-signing-key-0123456789abcdef\"|}")]
    [InlineData("config[\"Jwt:Key\"]\n                ?? {|TVA3002:\"fallback-signing-key-0123456789abcdef\"|}")]
    [InlineData("(config[\"Jwt:Key\"] ?? {|TVA3002:\"fallback-signing-key-0123456789abcdef\"|})")]
    public Task FallbackSpellings_Report(string secret) => VerifyBody($$"""
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{secret}}));
        """);

    [Theory]
    [InlineData("config[\"Jwt:Key\"] ?? throw new InvalidOperationException(\"Jwt:Key\")")]
    [InlineData("(config[\"Jwt:Key\"] is { } s ? s : null) ?? config[\"Other:Key\"]!")]
    public Task NoLiteralFallback_IsSilent(string secret) => VerifyBody($$"""
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{secret}}));
        """);
}
