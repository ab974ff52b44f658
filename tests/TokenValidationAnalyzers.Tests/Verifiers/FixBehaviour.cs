using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TokenValidationAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs a fix's output: compiles it with the test references, loads it into a collectible context, calls the method
/// that builds the validation parameters (or a key, or registers JwtBearer options) with a configuration and
/// environment of the test's choosing, and validates tokens against the result.
/// </summary>
internal sealed class FixBehaviour : IDisposable
{
    public const string Issuer = "https://issuer.test";
    public const string Audience = "api";
    public const string ForeignIssuer = "https://attacker.test";
    public const string ForeignAudience = "another-api";

    /// <summary>Base64 of 48 bytes: a valid key both as UTF-8 text and as Base64.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)(i * 7)).ToArray());

    /// <summary>A key the application does not know: what an attacker signs with.</summary>
    public static readonly byte[] OtherKey = Enumerable.Range(1, 48).Select(i => (byte)(255 - i)).ToArray();

    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private FixBehaviour(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        _assembly = assembly;
    }

    /// <summary>The configuration every behaviour test starts from: <c>Jwt:Issuer</c>, <c>Jwt:Audience</c>, <c>Jwt:SigningKey</c>.</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var configuration = new Dictionary<string, string?> { ["Jwt:Issuer"] = Issuer, ["Jwt:Audience"] = Audience, ["Jwt:SigningKey"] = SigningKey };
        foreach (var (key, value) in more)
        {
            configuration[key] = value;
        }

        return configuration;
    }

    public static FixBehaviour Compile(string source)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Fixed" + Guid.NewGuid().ToString("N"),
            new[] { CSharpSyntaxTree.ParseText(source, parse), CSharpSyntaxTree.ParseText(TestReferences.GlobalUsings, parse) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
        return new FixBehaviour(context, context.LoadFromStream(image));
    }

    /// <summary>
    /// Calls <paramref name="typeName"/>.<paramref name="methodName"/> (an instance is created with an <see cref="IConfiguration"/>
    /// constructor argument when it takes one) and returns the parameters it builds: its result, a key it returns wrapped in
    /// parameters for <see cref="Issuer"/>/<see cref="Audience"/>, or the JwtBearer parameters it registers on the services.
    /// Environment variables are set only for the call.
    /// </summary>
    public TokenValidationParameters Parameters(string typeName, string methodName, Dictionary<string, string?> configuration,
        Dictionary<string, string?>? environment = null)
    {
        var (result, services) = Run(typeName, methodName, configuration, environment);
        return result switch
        {
            TokenValidationParameters parameters => parameters,
            SecurityKey key => new TokenValidationParameters { ValidIssuer = Issuer, ValidAudience = Audience, IssuerSigningKey = key },
            _ => services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters,
        };
    }

    /// <summary>The options of <paramref name="scheme"/> as the services the method registers build them.</summary>
    public TOptions Options<TOptions>(string typeName, string methodName, string scheme, Dictionary<string, string?> configuration)
        => Run(typeName, methodName, configuration, environment: null).Services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(scheme);

    private (object? Result, IServiceProvider Services) Run(string typeName, string methodName, Dictionary<string, string?> configuration,
        Dictionary<string, string?>? environment)
    {
        var type = _assembly.GetType(typeName) ?? throw new InvalidOperationException($"no type {typeName} in the fixed code");
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"no method {typeName}.{methodName} in the fixed code");
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        var saved = new Dictionary<string, string?>();
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            saved[name] = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        try
        {
            var instance = method.IsStatic ? null : Create(type, config);
            var arguments = method.GetParameters().Select(p => Argument(p.ParameterType, config, services)).ToArray();
            var result = Unwrap(() => method.Invoke(instance, arguments));

            // options lambdas run when the options are first built: inside the try, with the environment still set
            var provider = services.BuildServiceProvider();
            if (result is not (TokenValidationParameters or SecurityKey))
            {
                _ = provider.GetService<IOptionsMonitor<JwtBearerOptions>>()?.Get(JwtBearerDefaults.AuthenticationScheme);
            }

            return (result, provider);
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    /// <summary>A token signed (HS256) with <paramref name="key"/>, valid for ten minutes.</summary>
    public static string Token(string issuer, string audience, byte[] key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
    });

    public static byte[] Utf8(string key) => Encoding.UTF8.GetBytes(key);

    /// <summary>Validates <paramref name="token"/>; parameters without any key get <paramref name="applicationKey"/>, the key the application would configure.</summary>
    public static async Task<TokenValidationResult> ValidateAsync(TokenValidationParameters parameters, string token, byte[] applicationKey)
    {
        if (parameters.IssuerSigningKey is null && parameters.IssuerSigningKeys is null && parameters.IssuerSigningKeyResolver is null)
        {
            parameters = parameters.Clone();
            parameters.IssuerSigningKey = new SymmetricSecurityKey(applicationKey);
        }

        return await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
    }

    /// <summary>A token of <see cref="Issuer"/> for <see cref="Audience"/> signed with <paramref name="key"/> is valid; one of another issuer, audience or key is not.</summary>
    public static async Task AssertValidatesOnlyExpectedTokens(TokenValidationParameters parameters, byte[] key)
    {
        var valid = await ValidateAsync(parameters, Token(Issuer, Audience, key), key);
        Assert.True(valid.IsValid, "a correctly signed token of the configured issuer and audience is rejected: " + valid.Exception?.Message);
        Assert.False((await ValidateAsync(parameters, Token(ForeignIssuer, Audience, key), key)).IsValid, "a token of another issuer is accepted");
        Assert.False((await ValidateAsync(parameters, Token(Issuer, ForeignAudience, key), key)).IsValid, "a token for another audience is accepted");
        Assert.False((await ValidateAsync(parameters, Token(Issuer, Audience, OtherKey), key)).IsValid, "a token signed with another key is accepted");
    }

    public void Dispose() => _context.Unload();

    private static object Create(Type type, IConfiguration configuration)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Argument(p.ParameterType, configuration, new ServiceCollection())).ToArray());
    }

    private static object Argument(Type type, IConfiguration configuration, IServiceCollection services)
        => type == typeof(IConfiguration) ? configuration
            : type == typeof(IServiceCollection) ? services
            : throw new InvalidOperationException($"cannot supply a {type}");

    /// <summary>Reflection wraps what the fixed code throws; the tests assert on the original exception.</summary>
    private static object? Unwrap(Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
