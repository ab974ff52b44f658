using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001 in a class DI creates without an <c>IConfiguration</c>: the key is read from one injected through the constructor.</summary>
public class KeyConfigurationInjectionFixTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task TokenControllerWithPrimaryConstructor_Fix_AddsConfigurationParameter() => VerifyFix("""
        using System.Text;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.IdentityModel.Tokens;

        [ApiController]
        public sealed class TokenController(TimeProvider clock) : ControllerBase
        {
            [HttpPost]
            public SecurityKey Key() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("controller-hardcoded-signing-key-0123456789"))|};
        }
        """, """
        using System.Text;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;

        [ApiController]
        public sealed class TokenController(TimeProvider clock, IConfiguration configuration) : ControllerBase
        {
            [HttpPost]
            public SecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));
        }
        """);

    [Fact]
    public Task ConstructorTakingConfiguration_Fix_StoresItInAField() => VerifyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        public sealed class KeyProvider
        {
            private readonly string _issuer;

            public KeyProvider(IConfiguration settings) => _issuer = settings["Jwt:Issuer"]!;

            public SecurityKey Key() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("provider-hardcoded-signing-key-0123456789"))|};

            public static void Register(IServiceCollection services) => services.AddSingleton<KeyProvider>();
        }
        """, """
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        public sealed class KeyProvider
        {
            private readonly string _issuer;
            private readonly IConfiguration _configuration;

            public KeyProvider(IConfiguration settings)
            {
                _configuration = settings;
                _issuer = settings["Jwt:Issuer"]!;
            }

            public SecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));

            public static void Register(IServiceCollection services) => services.AddSingleton<KeyProvider>();
        }
        """);

    [Fact]
    public Task StaticHelperInLibrary_Fix_ReadsEnvironmentVariable() => VerifyFix("""
        using System.Text;
        using Microsoft.IdentityModel.Tokens;

        public static class Keys
        {
            public static SecurityKey Create() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("static-hardcoded-signing-key-0123456789"))|};
        }
        """, """
        using System.Text;
        using Microsoft.IdentityModel.Tokens;

        public static class Keys
        {
            public static SecurityKey Create() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")));
        }
        """);
}
