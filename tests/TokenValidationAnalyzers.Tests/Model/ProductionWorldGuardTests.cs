using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Model;

/// <summary>
/// Environment guards judged in the production world (RULES.md): what production runs is reported as if unguarded,
/// what only development (or staging, or a named non-production environment) runs is not, and a condition production
/// cannot decide exempts nothing. The same guards for switches, delegates, key resolvers and <c>RequireHttpsMetadata</c>.
/// </summary>
public class ProductionWorldGuardTests
{
    private const string Host = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly IWebHostEnvironment _env;
            private readonly bool _isDevelopment;
            private readonly bool _isProduction;
            public C(IWebHostEnvironment env)
            {
                _env = env;
                _isDevelopment = env.IsDevelopment();
                _isProduction = env.IsProduction();
            }

            bool IsDevelopmentHost => _env.IsDevelopment();
            bool IsProductionHost => _env.IsProduction();

        #pragma warning disable CS0618 // the ASP.NET Core 2.x environment interfaces are obsolete, and still in use
            void M(IWebHostEnvironment env, IHostEnvironment host, WebApplicationBuilder builder, WebApplication app, IConfiguration config,
                bool flag, TokenValidationParameters p, JwtBearerOptions o, SecurityKey[] keys,
                Microsoft.AspNetCore.Hosting.IHostingEnvironment legacy, Microsoft.Extensions.Hosting.IHostingEnvironment legacyHost)
            {
                /*body*/
            }
        }
        """;

    private static Task VerifySwitch(string body) => Verify<ValidationSwitchRuleSet>.AnalyzerAsync(Host.Replace("/*body*/", body));

    private static Task VerifyDelegate(string body) => Verify<DelegateRuleSet>.AnalyzerAsync(Host.Replace("/*body*/", body));

    private static Task VerifyHosting(string body) => Verify<HostingRuleSet>.AnalyzerAsync(Host.Replace("/*body*/", body));

    /// <summary>The weak side runs in production: reported as if unguarded.</summary>
    [Theory]
    [InlineData("if (env.IsProduction()) { {|TVA1001:p.ValidateIssuer = false|}; }")]
    [InlineData("if (!env.IsDevelopment()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.IsDevelopment()) { } else { {|TVA1001:p.ValidateIssuer = false|}; }")]
    [InlineData("if (env.IsDevelopment()) return; {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (!env.IsStaging()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (host.IsProduction()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (host.IsEnvironment(\"Production\")) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.IsEnvironment(\"production\")) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.IsEnvironment(Environments.Production)) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (!env.IsEnvironment(\"Local\")) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (builder.Environment.IsProduction()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (!app.Environment.IsDevelopment()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("var isProduction = builder.Environment.IsProduction(); if (isProduction) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("var isDevelopment = env.IsDevelopment(); if (!isDevelopment) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (_isProduction) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (!_isDevelopment) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (IsProductionHost) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env != null && env.IsProduction()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env is not null && !env.IsDevelopment()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.EnvironmentName != Environments.Development) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.EnvironmentName == \"Production\") {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (Environment.GetEnvironmentVariable(\"ASPNETCORE_ENVIRONMENT\") != \"Development\") {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.IsDevelopment() || env.IsProduction()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (legacy.IsProduction()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (!legacyHost.IsDevelopment()) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (legacy.EnvironmentName != \"Development\") {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (flag) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (env.IsDevelopment() || flag) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("if (config[\"Auth:Relaxed\"] == \"true\") {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("var isDevelopment = env.IsDevelopment(); isDevelopment = flag; if (isDevelopment) {|TVA1001:p.ValidateIssuer = false|};")]
    [InlineData("{|TVA1003:p.ValidateLifetime = env.IsDevelopment()|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer = env.IsProduction() ? false : true|};")]
    [InlineData("{|TVA1001:p.ValidateIssuer = !env.IsProduction()|};")]
    [InlineData("{|TVA1002:p.ValidateAudience = env.IsDevelopment() && flag|};")]
    [InlineData("{|TVA1001:o.TokenValidationParameters.ValidateIssuer = _isDevelopment|};")]
    public Task Switch_ProductionReachesTheWeakSide_Reports(string body) => VerifySwitch(body);

    /// <summary>Only development (or another environment that is not production) runs the weak side.</summary>
    [Theory]
    [InlineData("if (env.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("if (env.IsDevelopment()) { p.ValidateIssuer = false; }")]
    [InlineData("if (!env.IsProduction()) p.ValidateIssuer = false;")]
    [InlineData("if (env.IsProduction()) { } else { p.ValidateIssuer = false; }")]
    [InlineData("if (!env.IsDevelopment()) return; p.ValidateIssuer = false;")]
    [InlineData("if (env.IsProduction()) { return; } p.ValidateIssuer = false;")]
    [InlineData("if (env.IsStaging()) p.ValidateIssuer = false;")]
    [InlineData("if (host.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("if (legacy.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("if (!legacyHost.IsProduction()) p.ValidateIssuer = false;")]
    [InlineData("if (legacy.EnvironmentName == \"Development\") p.ValidateIssuer = false;")]
    [InlineData("if (env.IsEnvironment(\"Local\")) p.ValidateIssuer = false;")]
    [InlineData("if (env.IsEnvironment(Environments.Development)) p.ValidateIssuer = false;")]
    [InlineData("if (builder.Environment.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("if (app.Environment.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("var isDevelopment = builder.Environment.IsDevelopment(); if (isDevelopment) p.ValidateIssuer = false;")]
    [InlineData("var isProduction = env.IsProduction(); if (!isProduction) { p.ValidateIssuer = false; }")]
    [InlineData("if (_isDevelopment) p.ValidateIssuer = false;")]
    [InlineData("if (IsDevelopmentHost) p.ValidateIssuer = false;")]
    [InlineData("if (env.IsDevelopment() && flag) p.ValidateIssuer = false;")]
    [InlineData("if (flag && env.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("if (env != null && env.IsDevelopment()) p.ValidateIssuer = false;")]
    [InlineData("if (env.EnvironmentName == Environments.Development) p.ValidateIssuer = false;")]
    [InlineData("if (env.EnvironmentName == \"Staging\") p.ValidateIssuer = false;")]
    [InlineData("if (string.Equals(env.EnvironmentName, \"Development\", StringComparison.OrdinalIgnoreCase)) p.ValidateIssuer = false;")]
    [InlineData("if (Environment.GetEnvironmentVariable(\"ASPNETCORE_ENVIRONMENT\") == \"Development\") p.ValidateIssuer = false;")]
    [InlineData("if (env.EnvironmentName is \"Development\") p.ValidateIssuer = false;")]
    [InlineData("p.ValidateIssuer = env.IsDevelopment() ? false : true;")]
    [InlineData("p.ValidateIssuer = !env.IsDevelopment();")]
    [InlineData("p.ValidateLifetime = env.IsProduction();")]
    [InlineData("p.ValidateIssuer = env.IsDevelopment() || flag ? !env.IsDevelopment() : true;")]
    [InlineData("p.ValidateIssuer = !_isDevelopment;")]
    public Task Switch_OnlyDevelopmentRunsTheWeakSide_DoesNotReport(string body) => VerifySwitch(body);

    /// <summary>A guard mixed with a run-time value leaves the production value to that value: TVA1008, never silence.</summary>
    [Theory]
    [InlineData("{|TVA1008:p.ValidateIssuer = env.IsDevelopment() ? false : flag|};")]
    [InlineData("{|TVA1008:p.ValidateIssuer = env.IsDevelopment() || flag|};")]
    [InlineData("{|TVA1008:p.ValidateAudience = !env.IsDevelopment() && config.GetValue<bool>(\"Auth:ValidateAudience\")|};")]
    [InlineData("if (env.IsProduction()) {|TVA1008:p.ValidateIssuer = flag|};")]
    public Task Switch_GuardMixedWithRuntimeValue_ReportsRuntimeValue(string body) => VerifySwitch(body);

    [Theory]
    [InlineData("if (env.IsProduction()) {|TVA2001:p.AudienceValidator = (a, t, q) => true|};")]
    [InlineData("{|TVA2001:p.AudienceValidator = env.IsProduction() ? (a, t, q) => true : null|};")]
    [InlineData("{|TVA2001:p.AudienceValidator = (a, t, q) => { if (env.IsProduction()) return true; return a.Contains(\"api\"); }|};")]
    [InlineData("{|TVA2001:p.LifetimeValidator = (nb, ex, t, q) => { if (!env.IsDevelopment()) { return true; } return ex > DateTime.UtcNow; }|};")]
    [InlineData("var isProduction = builder.Environment.IsProduction(); "
        + "{|TVA2003:p.IssuerSigningKeyResolver = (token, st, kid, q) => { if (isProduction) return keys; return keys.Where(k => k.KeyId == kid); }|};")]
    [InlineData("if (!env.IsDevelopment()) {|TVA2003:p.IssuerSigningKeyResolver = (token, st, kid, q) => keys|};")]
    [InlineData("{|TVA2001:p.AudienceValidator = Accept|}; if (!env.IsDevelopment()) return; bool Accept(IEnumerable<string> a, SecurityToken t, TokenValidationParameters q) => true;")]
    [InlineData("{|TVA2001:p.AudienceValidator = (a, t, q) => env.IsProduction() || a.Contains(\"api\")|};")]
    [InlineData("{|TVA2001:p.AudienceValidator = (a, t, q) => env.IsDevelopment() ? a.Contains(\"api\") : true|};")]
    public Task Delegate_ProductionReachesTheWeakSide_Reports(string body) => VerifyDelegate(body);

    [Theory]
    [InlineData("if (env.IsDevelopment()) p.AudienceValidator = (a, t, q) => true;")]
    [InlineData("p.AudienceValidator = env.IsDevelopment() ? (a, t, q) => true : null;")]
    [InlineData("p.AudienceValidator = (a, t, q) => { if (env.IsDevelopment()) return true; return a.Contains(\"api\"); };")]
    [InlineData("var isDevelopment = builder.Environment.IsDevelopment(); "
        + "p.IssuerSigningKeyResolver = (token, st, kid, q) => { if (isDevelopment) return keys; return keys.Where(k => k.KeyId == kid); };")]
    [InlineData("if (_isDevelopment) p.IssuerSigningKeyResolver = (token, st, kid, q) => keys;")]
    [InlineData("p.AudienceValidator = (a, t, q) => env.IsDevelopment() || a.Contains(\"api\");")]
    [InlineData("p.AudienceValidator = (a, t, q) => env.IsProduction() ? a.Contains(\"api\") : true;")]
    public Task Delegate_OnlyDevelopmentRunsTheWeakSide_DoesNotReport(string body) => VerifyDelegate(body);

    [Theory]
    [InlineData("if (env.IsProduction()) {|TVA5001:o.RequireHttpsMetadata = false|};")]
    [InlineData("{|TVA5001:o.RequireHttpsMetadata = env.IsDevelopment()|};")]
    [InlineData("if (!builder.Environment.IsDevelopment()) {|TVA5001:o.RequireHttpsMetadata = false|};")]
    [InlineData("if (flag) {|TVA5001:o.RequireHttpsMetadata = false|};")]
    public Task RequireHttpsMetadata_ProductionReachesTheWeakSide_Reports(string body) => VerifyHosting(body);

    [Theory]
    [InlineData("if (env.IsDevelopment()) o.RequireHttpsMetadata = false;")]
    [InlineData("o.RequireHttpsMetadata = !env.IsDevelopment();")]
    [InlineData("o.RequireHttpsMetadata = env.IsProduction();")]
    [InlineData("if (!app.Environment.IsProduction()) o.RequireHttpsMetadata = false;")]
    [InlineData("o.RequireHttpsMetadata = flag;")]
    public Task RequireHttpsMetadata_OnlyDevelopmentRunsTheWeakSide_DoesNotReport(string body) => VerifyHosting(body);

    /// <summary>The authority production uses is the one judged (TVA5002 multi-tenant, TVA5004 plain HTTP).</summary>
    [Theory]
    [InlineData("{|TVA5004:o.Authority = env.IsProduction() ? \"http://idp.example.com/\" : \"https://localhost:5001/\"|};")]
    [InlineData("{|TVA5004:o.Authority = env.IsDevelopment() ? \"https://localhost:5001/\" : \"http://idp.example.com/\"|};")]
    [InlineData("if (!env.IsDevelopment()) {|TVA5004:o.MetadataAddress = \"http://idp.example.com/.well-known/openid-configuration\"|};")]
    [InlineData("{|TVA5002:o.Authority = env.IsDevelopment() ? \"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0\" : \"https://login.microsoftonline.com/common/v2.0\"|};")]
    public Task Authority_ProductionUsesTheWeakValue_Reports(string body) => VerifyHosting(body);

    [Theory]
    [InlineData("o.Authority = env.IsDevelopment() ? \"http://localhost:8080/realms/dev\" : \"https://idp.example.com/\";")]
    [InlineData("o.Authority = env.IsDevelopment() ? \"http://idp.test.internal/\" : \"https://idp.example.com/\";")]
    [InlineData("if (env.IsDevelopment()) o.MetadataAddress = \"http://idp.test.internal/.well-known/openid-configuration\";")]
    [InlineData("o.Authority = env.IsDevelopment() ? \"https://login.microsoftonline.com/common/v2.0\" : \"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0\";")]
    public Task Authority_OnlyDevelopmentUsesTheWeakValue_DoesNotReport(string body) => VerifyHosting(body);
}
