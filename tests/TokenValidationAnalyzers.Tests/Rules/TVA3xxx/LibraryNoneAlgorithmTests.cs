using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>
/// TVA3004 in the other JWT libraries: jose-jwt's <c>JwsAlgorithm.none</c> or <c>"none"</c> given to <c>JWT.Encode</c>/<c>Decode</c>;
/// JWT.Net's <c>NoneAlgorithm</c> (JWT 8 and later: the tests compile a stub of its surface) given to a builder, encoder or decoder.
/// </summary>
public class LibraryNoneAlgorithmTests
{
    private static string InMethod(string body) => $$"""
        using Jose;
        class C
        {
            private const JwsAlgorithm Unsigned = JwsAlgorithm.none;

            string M(string token, object payload, byte[] key)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyInMethod(string body) => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync(InMethod(body));

    [Fact]
    public Task JoseEncodeWithNone_Reports() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:JwsAlgorithm.none|});
        """);

    [Fact]
    public Task JoseDecodeWithNamedNone_Reports() => VerifyInMethod("""
                return Jose.JWT.Decode(token, null, {|TVA3004:alg: JwsAlgorithm.none|});
        """);

    [Fact]
    public Task JoseDecodeWithConstNone_Reports() => VerifyInMethod("""
                return Jose.JWT.Decode<Dictionary<string, object>>(token, key, {|TVA3004:Unsigned|}).Count.ToString();
        """);

    [Fact]
    public Task JoseEncodeWithNoneString_Reports() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:"none"|});
        """);

    [Fact]
    public Task JoseWithHmac_DoesNotReport() => VerifyInMethod("""
                return Jose.JWT.Encode(payload, key, JwsAlgorithm.HS256) + Jose.JWT.Decode(token, key, "HS256");
        """);

    [Fact]
    public Task LookAlikeEnum_DoesNotReport() => Verify<AlgorithmAndLifetimeRuleSet>.AnalyzerAsync("""
        namespace MyApp
        {
            public enum JwsAlgorithm { none, HS256 }

            public static class JWT
            {
                public static string Encode(object payload, object key, JwsAlgorithm algorithm) => "";
            }

            static class Use
            {
                static string M() => JWT.Encode(new object(), new byte[0], JwsAlgorithm.none);
            }
        }
        """);

    [Fact]
    public Task JoseNone_HasNoFix() => Verify<AlgorithmAndLifetimeRuleSet, NoneAlgorithmCodeFixProvider>.NoCodeFixAsync(InMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:JwsAlgorithm.none|});
        """));

    [Fact]
    public async Task WithoutIdentityModel_Reports()
    {
        var test = new Verify<AlgorithmAndLifetimeRuleSet>.Test { TestCode = InMethod("""
                return Jose.JWT.Encode(payload, null, {|TVA3004:JwsAlgorithm.none|});
        """) };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.JwtLibrariesWithoutIdentityModel);
        await test.RunAsync();
    }

    private static string WithJwtNet(string body) => $$"""
        using JWT;
        using JWT.Algorithms;
        using JWT.Builder;
        class C
        {
            string M(string token, IJsonSerializer serializer, IJwtValidator validator, IBase64UrlEncoder urlEncoder, IJwtAlgorithm configured)
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyWithJwtNet(string body) => VerifyWithJwtNetSource(WithJwtNet(body));

    private static async Task VerifyWithJwtNetSource(string source)
    {
        var test = new Verify<AlgorithmAndLifetimeRuleSet>.Test { TestCode = source };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithJwtNet10);
        await test.RunAsync();
    }

    [Fact]
    public Task BuilderWithNoneAlgorithm_Reports() => VerifyWithJwtNet("""
                return JwtBuilder.Create().WithAlgorithm({|TVA3004:new NoneAlgorithm()|}).AddClaim("sub", "1").Encode();
        """);

    [Fact]
    public Task EncoderWithNoneAlgorithmInLocal_Reports() => VerifyWithJwtNet("""
                IJwtAlgorithm algorithm = {|TVA3004:new NoneAlgorithm()|};
                var encoder = new JwtEncoder(algorithm, serializer, urlEncoder);
                return encoder.Encode(new Dictionary<string, object>(), new object(), new byte[0]);
        """);

    [Fact]
    public Task DecoderWithNoneOnlyFactory_Reports() => VerifyWithJwtNet("""
                var decoder = new JwtDecoder(serializer, validator, urlEncoder, new DelegateAlgorithmFactory({|TVA3004:new NoneAlgorithm()|}));
                return decoder.ToString()!;
        """);

    [Fact]
    public Task DecoderWithNoneAlgorithm_Reports() => VerifyWithJwtNet("""
                return new JwtDecoder(serializer, validator, urlEncoder, {|TVA3004:new NoneAlgorithm()|}).ToString()!;
        """);

    [Fact]
    public Task NoneAlgorithmNotGivenToTheLibrary_DoesNotReport() => VerifyWithJwtNet("""
                var none = new NoneAlgorithm();
                return none.Name + JwtBuilder.Create().WithAlgorithm(configured).Encode();
        """);

    [Fact]
    public Task LookAlikeNoneAlgorithm_DoesNotReport() => VerifyWithJwtNetSource("""
        using JWT.Builder;
        namespace MyApp
        {
            class NoneAlgorithm : JWT.Algorithms.IJwtAlgorithm
            {
                public string Name => "HS256";
                public System.Security.Cryptography.HashAlgorithmName HashAlgorithmName => default;
                public byte[] Sign(byte[] key, byte[] bytesToSign) => bytesToSign;
            }

            static class Use
            {
                static string M() => JwtBuilder.Create().WithAlgorithm(new NoneAlgorithm()).Encode();
            }
        }
        """);
}
