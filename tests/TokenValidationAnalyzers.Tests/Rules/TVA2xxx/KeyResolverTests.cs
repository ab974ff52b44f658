using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2003: an IssuerSigningKeyResolver whose result depends on none of kid, securityToken and token.</summary>
public class KeyResolverTests
{
    private static Task VerifyInMethod(string body) => Verify<DelegateRuleSet>.AnalyzerAsync($$"""
        using Microsoft.IdentityModel.Protocols;
        using Microsoft.IdentityModel.Protocols.OpenIdConnect;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly JsonWebKeySet _jwks = new();
            private readonly SecurityKey _key = new SymmetricSecurityKey(new byte[32]);
            private readonly List<SecurityKey> _keys = new();
            private readonly Dictionary<string, SecurityKey[]> _keysByIssuer = new();
            private readonly Dictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new();
            void M(TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task ReturnsAllKeysOfJwks_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => _jwks.GetSigningKeys()|};
        """);

    [Fact]
    public Task ReturnsParametersKeys_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => parameters.IssuerSigningKeys|};
        """);

    [Fact]
    public Task UsingConfigurationReturnsConfigurationKeys_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolverUsingConfiguration = (token, securityToken, kid, parameters, configuration) => configuration.SigningKeys|};
        """);

    [Fact]
    public Task MergesSeveralIssuersKeys_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                    _managers.Values.SelectMany(m => m.GetConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult().SigningKeys)|};
        """);

    [Fact]
    public Task TwoElementArray_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => new[] { _key, _keys[0] }|};
        """);

    [Fact]
    public Task InitializerForm_Reports() => VerifyInMethod("""
                var q = new TokenValidationParameters
                {
                    {|TVA2003:IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => _keys|},
                };
        """);

    [Fact]
    public Task BlockLambda_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var keys = _jwks.GetSigningKeys();
                    return keys;
                }|};
        """);

    [Fact]
    public Task AnonymousMethodWithoutParameterList_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = delegate { return _keys; }|};
        """);

    [Fact]
    public Task MethodGroup_Reports() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly List<SecurityKey> _keys = new();
            IEnumerable<SecurityKey> AllKeys(string token, SecurityToken securityToken, string kid, TokenValidationParameters parameters) => _keys;
            void M(TokenValidationParameters p)
            {
                {|TVA2003:p.IssuerSigningKeyResolver = AllKeys|};
            }
        }
        """);

    [Fact]
    public Task FiltersByKid_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => _keys.Where(k => k.KeyId == kid);
        """);

    [Fact]
    public Task SelectsByTokenIssuer_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => _keysByIssuer[securityToken.Issuer];
        """);

    [Fact]
    public Task ReadsRawToken_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => token.Length > 0 ? _keys : new List<SecurityKey>();
        """);

    [Fact]
    public Task SingleKeyArray_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => new[] { _key };
        """);

    [Fact]
    public Task SingleKeyCollectionExpression_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => [_key];
        """);

    [Fact]
    public Task SingleKeyList_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => new List<SecurityKey> { _key };
        """);

    [Fact]
    public Task AllowListedIssuerManagerFilteredByKid_DoesNotReport() => VerifyInMethod("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    if (!_managers.TryGetValue(securityToken.Issuer, out var manager))
                    {
                        throw new SecurityTokenInvalidIssuerException($"Issuer '{securityToken.Issuer}' is not trusted.");
                    }

                    var keys = manager.GetConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult().SigningKeys;
                    return string.IsNullOrEmpty(kid) ? keys : keys.Where(key => key.KeyId == kid);
                };
        """);

    [Fact]
    public Task EnvironmentGuarded_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync("""
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            private readonly List<SecurityKey> _keys = new();
            void M(TokenValidationParameters p, IHostEnvironment env)
            {
                if (env.IsDevelopment()) p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => _keys;
            }
        }
        """);

    [Fact]
    public Task SpreadOfAllKeysInCollectionExpression_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => [.. _keys]|};
        """);

    [Fact]
    public Task ListCopyOfAllKeysPlusOne_Reports() => VerifyInMethod("""
                {|TVA2003:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => new List<SecurityKey>(_keys) { _key }|};
        """);
}
