using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA2xxx;

/// <summary>TVA2004: signing keys fetched or built from the unvalidated token's issuer or key-source headers.</summary>
public class KeysFromTokenTests
{
    private const string Usings = """
        using System.IdentityModel.Tokens.Jwt;
        using System.Security.Cryptography.X509Certificates;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Protocols;
        using Microsoft.IdentityModel.Protocols.OpenIdConnect;
        using Microsoft.IdentityModel.Tokens;

        """;

    private static Task VerifyResolver(string body) => Verify<DelegateRuleSet>.AnalyzerAsync(Usings + $$"""
        class C
        {
            private readonly HttpClient _http = new();
            private readonly string _metadataAddress = "https://login.example.test/.well-known/openid-configuration";
            private readonly Dictionary<string, SecurityKey[]> _keysByIssuer = new();
            void M(TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task IssuerFetchedWithHttpClient_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var json = _http.GetStringAsync(securityToken.Issuer + "/.well-known/jwks.json").GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys().Where(k => k.KeyId == kid);
                }|};
        """);

    [Fact]
    public Task IssuerMetadataThroughConfigurationManager_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var issuer = securityToken.Issuer;
                    var manager = new ConfigurationManager<OpenIdConnectConfiguration>(issuer + "/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever());
                    return manager.GetConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult().SigningKeys;
                }|};
        """);

    [Fact]
    public Task UsingConfigurationResolverFetchingIssuer_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolverUsingConfiguration = (token, securityToken, kid, parameters, configuration) =>
                    new JsonWebKeySet(_http.GetStringAsync($"{securityToken.Issuer}/keys").Result).GetSigningKeys()|};
        """);

    [Fact]
    public Task JkuHeaderIndexer_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var jwt = (JwtSecurityToken)securityToken;
                    var jku = (string)jwt.Header["jku"];
                    var json = _http.GetStringAsync(jku).GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys();
                }|};
        """);

    [Fact]
    public Task X5uGetHeaderValue_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var jsonWebToken = (JsonWebToken)securityToken;
                    var x5u = jsonWebToken.GetHeaderValue<string>("x5u");
                    var json = _http.GetStringAsync(new Uri(x5u)).GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys();
                }|};
        """);

    [Fact]
    public Task JwkTryGetHeaderValueThroughPattern_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    if (securityToken is JsonWebToken jsonWebToken && jsonWebToken.TryGetHeaderValue("jwk", out string jwk))
                    {
                        return new[] { new JsonWebKey(jwk) };
                    }

                    return Array.Empty<SecurityKey>();
                }|};
        """);

    [Fact]
    public Task X5cCertificate_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var x5c = ((JsonWebToken)securityToken).GetHeaderValue<string[]>("x5c")[0];
                    var certificate = new X509Certificate2(Convert.FromBase64String(x5c));
                    return new[] { new X509SecurityKey(certificate) };
                }|};
        """);

    [Fact]
    public Task X5cPropertyOfJwtHeader_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var jwt = securityToken as JwtSecurityToken;
                    var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(jwt!.Header.X5c));
                    return new SecurityKey[] { new X509SecurityKey(certificate) };
                }|};
        """);

    [Fact]
    public Task IssFromPayloadOfRawToken_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var iss = new JsonWebToken(token).GetPayloadValue<string>("iss");
                    var json = _http.GetStringAsync(iss + "/jwks").GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys();
                }|};
        """);

    [Fact]
    public Task LooksUpAppDictionaryByIssuer_DoesNotReport() => VerifyResolver("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => _keysByIssuer[securityToken.Issuer];
        """);

    [Fact]
    public Task TryGetValueInAppDictionaryByIssuer_DoesNotReport() => VerifyResolver("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                    _keysByIssuer.TryGetValue(securityToken.Issuer, out var keys)
                        ? keys.Where(k => k.KeyId == kid)
                        : throw new SecurityTokenInvalidIssuerException("unknown issuer");
        """);

    [Fact]
    public Task FixedConfiguredMetadataAddress_DoesNotReport() => VerifyResolver("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var manager = new ConfigurationManager<OpenIdConnectConfiguration>(_metadataAddress, new OpenIdConnectConfigurationRetriever());
                    var keys = manager.GetConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult().SigningKeys;
                    return keys.Where(k => k.KeyId == kid);
                };
        """);

    [Fact]
    public Task KidFromTokenFiltersFixedJwks_DoesNotReport() => VerifyResolver("""
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var json = _http.GetStringAsync(_metadataAddress).GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys().Where(k => k.KeyId == kid);
                };
        """);

    private static Task VerifyMethod(string body) => Verify<DelegateRuleSet>.AnalyzerAsync(Usings + $$"""
        class C
        {
            private readonly Dictionary<string, SecurityKey[]> _keysByIssuer = new();
            async Task Configure(string raw, TokenValidationParameters p)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public Task ReadTokenThenKeysFromIssuerMetadata_Reports() => VerifyMethod("""
                var jwt = new JwtSecurityTokenHandler().ReadJwtToken(raw);
                var manager = new ConfigurationManager<OpenIdConnectConfiguration>(jwt.Issuer + "/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever());
                var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
                {|TVA2004:p.IssuerSigningKeys = configuration.SigningKeys|};
        """);

    [Fact]
    public Task NewJsonWebTokenThenSingleKeyFromJwkHeader_Reports() => VerifyMethod("""
                var token = new JsonWebToken(raw);
                var jwk = token.GetHeaderValue<string>("jwk");
                await Task.Yield();
                {|TVA2004:p.IssuerSigningKey = new JsonWebKey(jwk)|};
        """);

    [Fact]
    public Task ReadTokenThenKeysFromAppDictionary_DoesNotReport() => VerifyMethod("""
                var jwt = new JwtSecurityTokenHandler().ReadJwtToken(raw);
                await Task.Yield();
                p.IssuerSigningKeys = _keysByIssuer[jwt.Issuer];
        """);

    [Fact]
    public Task KeysFromFixedMetadataWithoutReadingToken_DoesNotReport() => VerifyMethod("""
                var manager = new ConfigurationManager<OpenIdConnectConfiguration>("https://login.example.test/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever());
                var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
                p.IssuerSigningKeys = configuration.SigningKeys;
        """);

    [Fact]
    public Task PayloadIssProperty_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var jwt = (JwtSecurityToken)securityToken;
                    var request = new HttpRequestMessage(HttpMethod.Get, jwt.Payload.Iss + "/jwks");
                    var json = _http.Send(request).Content.ReadAsStringAsync().GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys();
                }|};
        """);

    [Fact]
    public Task GetClaimIssValue_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var json = _http.GetStringAsync(new Uri(((JsonWebToken)securityToken).GetClaim("iss").Value + "/jwks")).Result;
                    return new JsonWebKeySet(json).GetSigningKeys();
                }|};
        """);

    [Fact]
    public Task ReadTokenFetchByIssuerThenValidate_Reports() => VerifyMethod("""
                var jwt = new JwtSecurityTokenHandler().ReadJwtToken(raw);
                var json = await new HttpClient().GetStringAsync(jwt.Issuer + "/jwks");
                {|TVA2004:p.IssuerSigningKeys = new JsonWebKeySet(json).GetSigningKeys()|};
                new JwtSecurityTokenHandler().ValidateToken(raw, p, out _);
        """);

    [Fact]
    public Task JwksJsonLookedUpInAppDictionaryByIssuer_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync(Usings + """
        class C
        {
            private readonly Dictionary<string, string> _jwksByIssuer = new();
            void M(TokenValidationParameters p)
            {
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var json = _jwksByIssuer[securityToken.Issuer];
                    return new JsonWebKeySet(json).GetSigningKeys().Where(k => k.KeyId == kid);
                };
            }
        }
        """);

    [Fact]
    public Task MetadataAddressLookedUpInAppDictionaryByIssuer_DoesNotReport() => Verify<DelegateRuleSet>.AnalyzerAsync(Usings + """
        class C
        {
            private readonly Dictionary<string, string> _metadataByIssuer = new();
            void M(TokenValidationParameters p)
            {
                p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    if (!_metadataByIssuer.TryGetValue(securityToken.Issuer, out var address))
                    {
                        throw new SecurityTokenInvalidIssuerException("unknown issuer");
                    }

                    var manager = new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever());
                    return manager.GetConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult().SigningKeys.Where(k => k.KeyId == kid);
                };
            }
        }
        """);

    [Fact]
    public Task HeaderReadThroughConditionalAccess_Reports() => VerifyResolver("""
                {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) =>
                {
                    var jwt = securityToken as JwtSecurityToken;
                    var x5u = jwt?.Header["x5u"]?.ToString();
                    var json = _http.GetStringAsync(x5u).GetAwaiter().GetResult();
                    return new JsonWebKeySet(json).GetSigningKeys();
                }|};
        """);

    private static Task VerifyWithHelper(string resolver, string helper) => Verify<DelegateRuleSet>.AnalyzerAsync(Usings + $$"""
        class C
        {
            private readonly HttpClient _http = new();
            private readonly Dictionary<string, SecurityKey[]> _keysByIssuer = new();
            void M(TokenValidationParameters p)
            {
                {{resolver}}
            }

        {{helper}}
        }
        """);

    [Fact]
    public Task HeaderUrlPassedToFetchingHelper_Reports() => VerifyWithHelper("""
        {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => FetchKeys((string)((JwtSecurityToken)securityToken).Header["jku"])|};
        """, """
            private IEnumerable<SecurityKey> FetchKeys(string url) => new JsonWebKeySet(_http.GetStringAsync(url).GetAwaiter().GetResult()).GetSigningKeys();
        """);

    [Fact]
    public Task TokenPassedToHelperThatFetchesItsIssuer_Reports() => VerifyWithHelper("""
        {|TVA2004:p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => KeysOf(securityToken)|};
        """, """
            private IEnumerable<SecurityKey> KeysOf(SecurityToken unvalidated)
            {
                var address = unvalidated.Issuer.TrimEnd('/') + "/.well-known/openid-configuration";
                var manager = new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever());
                return manager.GetConfigurationAsync(CancellationToken.None).GetAwaiter().GetResult().SigningKeys;
            }
        """);

    [Fact]
    public Task MethodGroupResolverReadingHeaderIntoTwoHelpers_Reports() => VerifyWithHelper("""
        {|TVA2004:p.IssuerSigningKeyResolver = ResolveKeys|};
        """, """
            private IEnumerable<SecurityKey> ResolveKeys(string token, SecurityToken securityToken, string kid, TokenValidationParameters parameters)
            {
                var jwt = securityToken as JwtSecurityToken;
                var x5uUrl = jwt?.Header["x5u"]?.ToString() ?? throw new SecurityTokenException("no x5u header");
                return new List<SecurityKey> { KeyFromX5u(x5uUrl) };
            }

            private SecurityKey KeyFromX5u(string url) => ToKey(Download(url));

            private string Download(string address) => _http.GetStringAsync(address).GetAwaiter().GetResult();

            private static SecurityKey ToKey(string pem)
            {
                var rsa = System.Security.Cryptography.RSA.Create();
                rsa.ImportFromPem(pem);
                return new RsaSecurityKey(rsa);
            }
        """);

    [Fact]
    public Task IssuerPassedToLookupHelper_DoesNotReport() => VerifyWithHelper("""
        p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => KeysFor(securityToken.Issuer);
        """, """
            private SecurityKey[] KeysFor(string issuer) => _keysByIssuer.TryGetValue(issuer, out var keys) ? keys : new SecurityKey[0];
        """);

    [Fact]
    public Task KidPassedToFetchingHelper_DoesNotReport() => VerifyWithHelper("""
        p.IssuerSigningKeyResolver = (token, securityToken, kid, parameters) => FetchKey(kid);
        """, """
            private IEnumerable<SecurityKey> FetchKey(string kid)
                => new JsonWebKeySet(_http.GetStringAsync("https://login.example.test/keys").GetAwaiter().GetResult()).GetSigningKeys().Where(k => k.KeyId == kid);
        """);
}
