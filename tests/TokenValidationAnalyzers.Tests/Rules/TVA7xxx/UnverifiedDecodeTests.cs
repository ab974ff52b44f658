using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA7xxx;

/// <summary>TVA7001 on JWT.Net 7.3.1 (the restored package), whose JwtBuilder verifies only when told to.</summary>
public class UnverifiedDecodeTests
{
    private static Task VerifyInMethod(string body) => Verify<JwtLibraryRuleSet>.AnalyzerAsync($$"""
        using JWT;
        using JWT.Algorithms;
        using JWT.Builder;
        using JWT.Serializers;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Hosting;
        class C
        {
            private readonly IJwtDecoder _decoder = new JwtDecoder(new JsonNetSerializer(), new JwtBase64UrlEncoder());
            private JwtBuilder _builder = new JwtBuilder();
            static JwtBuilder Make() => new JwtBuilder();
            object? M(string token, string key, bool flag, IWebHostEnvironment env, JwtBuilder given)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task DecodeWithVerifyFalse_Reports() => VerifyInMethod("""
                return _decoder.{|TVA7001:Decode|}(token, key, verify: false);
        """);

    [Fact]
    public Task DecodeToObjectWithPositionalFalse_Reports() => VerifyInMethod("""
                const bool check = false;
                return _decoder.{|TVA7001:DecodeToObject|}(token, key, check);
        """);

    [Fact]
    public Task GenericDecodeToObjectOnJwtDecoder_Reports() => VerifyInMethod("""
                var decoder = new JwtDecoder(new JsonNetSerializer(), new JwtBase64UrlEncoder());
                return decoder.{|TVA7001:DecodeToObject|}<Dictionary<string, object>>(token, key, verify: !true);
        """);

    [Fact]
    public Task DecodeWithVerifyTrue_DoesNotReport() => VerifyInMethod("""
                return _decoder.Decode(token, key, verify: true);
        """);

    [Fact]
    public Task DecodeWithRuntimeVerify_DoesNotReport() => VerifyInMethod("""
                return _decoder.Decode(token, key, flag);
        """);

    [Fact]
    public Task VerifyOnlyOffInDevelopment_DoesNotReport() => VerifyInMethod("""
                return _decoder.Decode(token, key, verify: !env.IsDevelopment());
        """);

    [Fact]
    public Task VerifyOffOutsideDevelopment_Reports() => VerifyInMethod("""
                return _decoder.{|TVA7001:Decode|}(token, key, verify: env.IsDevelopment());
        """);

    [Fact]
    public Task BuilderChainWithoutVerification_Reports() => VerifyInMethod("""
                return new JwtBuilder()
                    .WithAlgorithm(new HMACSHA256Algorithm())
                    .WithSecret(key)
                    .{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task GenericBuilderDecode_Reports() => VerifyInMethod("""
                return new JwtBuilder().WithSecret(key).{|TVA7001:Decode|}<Dictionary<string, object>>(token);
        """);

    [Fact]
    public Task BuilderChainWithMustVerifySignature_DoesNotReport() => VerifyInMethod("""
                return new JwtBuilder()
                    .WithAlgorithm(new HMACSHA256Algorithm())
                    .WithSecret(key)
                    .MustVerifySignature()
                    .Decode(token);
        """);

    [Fact]
    public Task BuilderWithVerifySignatureTrue_DoesNotReport() => VerifyInMethod("""
                return new JwtBuilder().WithSecret(key).WithVerifySignature(true).Decode(token);
        """);

    [Fact]
    public Task VerificationTurnedOffAfterMustVerify_Reports() => VerifyInMethod("""
                return new JwtBuilder().MustVerifySignature().WithSecret(key).DoNotVerifySignature().{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task BuilderWithRuntimeVerification_DoesNotReport() => VerifyInMethod("""
                return new JwtBuilder().WithSecret(key).WithVerifySignature(flag).Decode(token);
        """);

    [Fact]
    public Task LocalBuilderConfiguredInLaterStatements_Reports() => VerifyInMethod("""
                var builder = new JwtBuilder();
                builder.WithAlgorithm(new HMACSHA256Algorithm());
                builder = builder.WithSecret(key);
                return builder.{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task LocalBuilderVerifiedInLaterStatement_DoesNotReport() => VerifyInMethod("""
                var builder = new JwtBuilder().WithSecret(key);
                builder.MustVerifySignature();
                return builder.Decode(token);
        """);

    [Fact]
    public Task LocalBuilderVerifiedOnlyInDevelopment_Reports() => VerifyInMethod("""
                var builder = new JwtBuilder().WithSecret(key);
                if (env.IsDevelopment())
                {
                    builder.MustVerifySignature();
                }

                return builder.{|TVA7001:Decode|}(token);
        """);

    [Fact]
    public Task LocalBuilderVerificationOffOnlyInDevelopment_DoesNotReport() => VerifyInMethod("""
                var builder = new JwtBuilder().WithSecret(key).MustVerifySignature();
                if (env.IsDevelopment())
                {
                    builder.DoNotVerifySignature();
                }

                return builder.Decode(token);
        """);

    [Fact]
    public Task LocalBuilderPassedToUnknownMethod_DoesNotReport() => VerifyInMethod("""
                var builder = new JwtBuilder().WithSecret(key);
                Configure(builder);
                return builder.Decode(token);
                static void Configure(JwtBuilder b) => b.MustVerifySignature();
        """);

    [Fact]
    public Task BuilderCapturedOrConfiguredInLambda_DoesNotReport() => VerifyInMethod("""
                var outer = new JwtBuilder().WithSecret(key).MustVerifySignature();
                Func<string, string> read = t => outer.Decode(t);
                var other = new JwtBuilder().WithSecret(key);
                Action verify = () => other.MustVerifySignature();
                verify();
                return read(token) + other.Decode(token);
        """);

    [Fact]
    public Task BuilderFromParameterFieldOrMethod_DoesNotReport() => VerifyInMethod("""
                var a = given.Decode(token);
                var b = _builder.WithSecret(key).Decode(token);
                return Make().Decode(token) + a + b;
        """);

    [Fact]
    public Task DecodeUnderDevelopmentGuard_DoesNotReport() => VerifyInMethod("""
                if (env.IsDevelopment())
                {
                    return _decoder.Decode(token, key, verify: false);
                }

                return null;
        """);

    [Fact]
    public Task LookAlikeBuilderAndDecoder_DoNotReport() => Verify<JwtLibraryRuleSet>.AnalyzerAsync("""
        namespace MyApp.Tokens
        {
            public sealed class JwtBuilder
            {
                public JwtBuilder WithSecret(string key) => this;
                public string Decode(string token) => token;
            }

            public static class Decoder
            {
                public static string Decode(string token, string key, bool verify) => token;
            }

            class C
            {
                string M(string token, string key) => new JwtBuilder().WithSecret(key).Decode(token) + Decoder.Decode(token, key, verify: false);
            }
        }
        """);
}
