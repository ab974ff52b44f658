using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// One place that configures the options of an authentication scheme: an <c>AddJwtBearer</c>/<c>AddOpenIdConnect</c>
/// delegate, a <c>Configure&lt;T&gt;</c>/<c>PostConfigure&lt;T&gt;</c>/<c>ConfigureAll&lt;T&gt;</c> call, an
/// <c>OptionsBuilder&lt;T&gt;</c> configuration or binding, Microsoft.Identity.Web, or a class implementing
/// <c>IConfigureOptions&lt;T&gt;</c>/<c>IConfigureNamedOptions&lt;T&gt;</c>/<c>IPostConfigureOptions&lt;T&gt;</c>.
/// </summary>
internal sealed class ConfigurationSite
{
    private ConfigurationSite(INamedTypeSymbol options, string? scheme, object identity, bool readsAsCode)
    {
        Options = options;
        Scheme = scheme;
        Identity = identity;
        ReadsAsCode = readsAsCode;
    }

    /// <summary>The options type configured: <c>JwtBearerOptions</c>, <c>OpenIdConnectOptions</c> or a subclass.</summary>
    public INamedTypeSymbol Options { get; }

    /// <summary>The options name (scheme) configured; null when it may be any (<c>ConfigureAll</c>, a named-options class, a runtime name).</summary>
    public string? Scheme { get; }

    /// <summary>The delegate's or call's <see cref="Location"/>, or the class symbol.</summary>
    public object Identity { get; }

    /// <summary>A delegate or class body this model reads; binding from configuration and Identity.Web only count as another site.</summary>
    public bool ReadsAsCode { get; }

    /// <summary>Both may configure the same options instance: same type, and not two different constant names.</summary>
    public bool MayConfigureSameOptionsAs(ConfigurationSite other)
        => SymbolEqualityComparer.Default.Equals(Options, other.Options)
            && (Scheme is null || other.Scheme is null || Scheme == other.Scheme)
            && !IsSameSite(other);

    private bool IsSameSite(ConfigurationSite other)
        => Identity is ISymbol symbol ? SymbolEqualityComparer.Default.Equals(symbol, other.Identity as ISymbol) : Identity.Equals(other.Identity);

    /// <summary>The site a call sets up, or null when it configures no authentication options.</summary>
    public static ConfigurationSite? OfInvocation(IInvocationOperation invocation, WellKnownTypes types)
    {
        var method = invocation.TargetMethod;
        var container = method.ContainingType?.OriginalDefinition;
        var configure = ConfigureDelegate(invocation);
        ITypeSymbol? options;
        string? scheme = null;
        if (types.IsAddSchemeCall(method))
        {
            // AddJwtBearer()/AddOpenIdConnect() without a delegate register the scheme but configure nothing
            options = configure?.Parameter?.Type is INamedTypeSymbol { TypeArguments.Length: 1 } configured ? configured.TypeArguments[0] : null;
            var defaultScheme = SymbolEqualityComparer.Default.Equals(options, types.OpenIdConnectOptions) ? "OpenIdConnect" : "Bearer";
            scheme = Name(invocation, "authenticationScheme", defaultScheme);
        }
        else if ((Is(container, types.OptionsServiceCollectionExtensions) && method.Name is "Configure" or "PostConfigure" or "ConfigureAll" or "PostConfigureAll")
            || (Is(container, types.OptionsConfigurationServiceCollectionExtensions) && method.Name == "Configure"))
        {
            options = method.TypeArguments.Length == 1 ? method.TypeArguments[0] : null;
            scheme = method.Name.EndsWith("All", System.StringComparison.Ordinal) ? null : Name(invocation, "name", string.Empty);
        }
        else if (Is(container, types.OptionsBuilder) && method.Name is "Configure" or "PostConfigure")
        {
            options = method.ContainingType!.TypeArguments.Length == 1 ? method.ContainingType.TypeArguments[0] : null;
            scheme = BuilderName(invocation.Instance, types);
        }
        else if (Is(container, types.OptionsBuilderConfigurationExtensions) && method.Name is "Bind" or "BindConfiguration")
        {
            options = method.TypeArguments.Length == 1 ? method.TypeArguments[0] : null;
        }
        else if (method.Name.StartsWith("AddMicrosoftIdentityWeb", System.StringComparison.Ordinal)
            && (Is(container, types.IdentityWebApiExtensions) || Is(container, types.IdentityWebApiServiceExtensions)))
        {
            return Create(types.JwtBearerOptions, null, invocation.Syntax.GetLocation(), readsAsCode: false, types);
        }
        else if (method.Name.StartsWith("AddMicrosoftIdentityWeb", System.StringComparison.Ordinal)
            && (Is(container, types.IdentityWebAppExtensions) || Is(container, types.IdentityWebAppServiceExtensions)))
        {
            return Create(types.OpenIdConnectOptions, null, invocation.Syntax.GetLocation(), readsAsCode: false, types);
        }
        else
        {
            return null;
        }

        if (configure?.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            return Create(options, scheme, lambda.Syntax.GetLocation(), readsAsCode: true, types);
        }

        return Create(options, scheme, invocation.Syntax.GetLocation(), readsAsCode: false, types);
    }

    /// <summary>The site whose delegate <paramref name="lambda"/> is, when the model reads it as that site's code.</summary>
    public static ConfigurationSite? OfDelegate(IAnonymousFunctionOperation lambda, WellKnownTypes types)
        => lambda.Parent is IDelegateCreationOperation { Parent: IArgumentOperation { Parent: IInvocationOperation invocation } }
            && OfInvocation(invocation, types) is { ReadsAsCode: true } site
            && site.Identity.Equals(lambda.Syntax.GetLocation())
            ? site
            : null;

    /// <summary>The site a class implementing the options interfaces sets up for <paramref name="options"/>.</summary>
    public static ConfigurationSite? OfType(INamedTypeSymbol type, ITypeSymbol options, Compilation compilation, WellKnownTypes types)
    {
        var found = false;
        var named = false;
        foreach (var contract in type.AllInterfaces)
        {
            if (contract.TypeArguments.Length != 1 || !SymbolEqualityComparer.Default.Equals(contract.TypeArguments[0], options))
            {
                continue;
            }

            var definition = contract.OriginalDefinition;
            var plain = Is(definition, types.IConfigureOptions);
            var isNamed = Is(definition, types.IConfigureNamedOptions) || Is(definition, types.IPostConfigureOptions);
            found |= plain || isNamed;
            named |= isNamed;
        }

        // the options factory calls a plain IConfigureOptions<T> for the default name only
        return found ? Create(options, named ? NamedOptionsScheme.Of(type, options, compilation) : string.Empty, type, readsAsCode: true, types) : null;
    }

    /// <summary>The site of a <c>Configure</c>/<c>PostConfigure</c> method of such a class, for its options parameter.</summary>
    public static ConfigurationSite? OfMethod(IMethodSymbol method, IParameterSymbol parameter, Compilation compilation, WellKnownTypes types)
        => method is { MethodKind: MethodKind.Ordinary, Name: "Configure" or "PostConfigure", ContainingType: { } type }
            ? OfType(type, parameter.Type, compilation, types)
            : null;

    private static ConfigurationSite? Create(ITypeSymbol? options, string? scheme, object identity, bool readsAsCode, WellKnownTypes types)
        => options is INamedTypeSymbol named && types.IsAuthenticationOptions(named) ? new ConfigurationSite(named, scheme, identity, readsAsCode) : null;

    private static IArgumentOperation? ConfigureDelegate(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.TypeKind == TypeKind.Delegate && argument.Value is IDelegateCreationOperation)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The constant options name passed as <paramref name="parameter"/>, the default when there is no such parameter, else null (any).</summary>
    private static string? Name(IInvocationOperation invocation, string parameter, string whenAbsent)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;
            }
        }

        return whenAbsent;
    }

    /// <summary>The name given to <c>services.AddOptions&lt;T&gt;(name)</c> when the builder comes straight from it, else null (any).</summary>
    private static string? BuilderName(IOperation? builder, WellKnownTypes types)
        => builder is IInvocationOperation { TargetMethod: { Name: "AddOptions" } add } addOptions
            && Is(add.ContainingType?.OriginalDefinition, types.OptionsServiceCollectionExtensions)
            ? Name(addOptions, "name", string.Empty)
            : null;

    private static bool Is(INamedTypeSymbol? type, INamedTypeSymbol? expected)
        => expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);
}
