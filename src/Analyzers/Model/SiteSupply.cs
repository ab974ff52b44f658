using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Whether a configuration site supplies the valid issuers or audiences a check compares against. Options configured at
/// several sites get a removed switch's value written only when no site of the same options supplies one: the analyzer
/// judges the switch's own site, the fix the other sites of the compilation (an operation callback cannot see them).
/// </summary>
internal static class SiteSupply
{
    /// <summary>
    /// The object starts from what its block shows (created here, or its options' own parameters) and nothing there supplies
    /// <paramref name="need"/>; <paramref name="ignoring"/> is a delegate about to be removed.
    /// </summary>
    public static bool LacksHere(ObjectConfiguration configuration, ValidationSource need, WellKnownTypes types, IPropertySymbol? ignoring = null)
        => (configuration.IsJudged || (configuration.OwnerSite is not null && !configuration.Escapes && StartsAtSite(configuration, types)))
            && !need.IsSupplied(configuration, ignoring)
            && configuration.LastAssignment(need.Value) is null
            && configuration.LastAssignment(need.Values) is null;

    /// <summary>
    /// What the options parameter <paramref name="options"/> of a site's code ends with supplies <paramref name="need"/>;
    /// options passed on to unknown code or given parameters built elsewhere count as supplied (the fix cannot tell).
    /// </summary>
    public static bool SuppliedThrough(IOperation operationInBlock, IParameterSymbol options, ValidationSource need, WellKnownTypes types)
    {
        if (ParametersProperty(options.Type as INamedTypeSymbol, types) is not { } parameters)
        {
            return true;
        }

        var configuration = ObjectConfiguration.Collect(operationInBlock, new ObjectRef(options, parameters), types, atEnd: true);
        var known = configuration.Creation is IObjectCreationOperation { Arguments.Length: 0 } || StartsAtSite(configuration, types);
        return configuration.Escapes || !known || need.IsSupplied(configuration);
    }

    /// <summary>The options' own <c>TokenValidationParameters</c>, never replaced by an object from elsewhere in this block.</summary>
    private static bool StartsAtSite(ObjectConfiguration configuration, WellKnownTypes types)
    {
        if (configuration.Creation is not null)
        {
            return configuration.Creation is IObjectCreationOperation { Arguments.Length: 0 };
        }

        foreach (var assignment in configuration.OwnerAssignments)
        {
            if (types.IsTokenValidationParameters(assignment.Property.Type))
            {
                return false;
            }
        }

        return true;
    }

    private static IPropertySymbol? ParametersProperty(INamedTypeSymbol? options, WellKnownTypes types)
    {
        for (var type = options; type is not null; type = type.BaseType)
        {
            if (WellKnownTypes.Property(type, "TokenValidationParameters") is { } property && types.IsTokenValidationParameters(property.Type))
            {
                return property;
            }
        }

        return null;
    }
}
