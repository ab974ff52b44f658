using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// The configuration key an options class property is bound from: the section the object was bound to plus the property's
/// name (or its <c>[ConfigurationKeyName]</c>). Sections are known from <c>GetSection("Jwt").Get&lt;T&gt;()</c>, a
/// <c>Bind</c> of the same local, or <c>Configure&lt;T&gt;(GetSection("Jwt"))</c> for <c>IOptions&lt;T&gt;.Value</c>.
/// </summary>
internal static class OptionsSections
{
    private const int MaxDepth = 6;

    public static string? PathOf(IPropertyReferenceOperation property, WellKnownTypes types, int depth)
    {
        if (depth > MaxDepth || property.Property.IsIndexer || property.Instance is not { } instance)
        {
            return null;
        }

        return KeyMaterial.Join(SectionOf(instance, types, depth + 1), KeyName(property.Property, types));
    }

    private static string? SectionOf(IOperation instance, WellKnownTypes types, int depth)
    {
        switch (Values.StripConversions(instance))
        {
            case IInvocationOperation { TargetMethod: { Name: "Get", IsGenericMethod: true } method, Arguments.Length: > 0 } get
                when SymbolEqualityComparer.Default.Equals(method.ContainingType, types.ConfigurationBinder):
                return KeyMaterial.SectionPath(get.Arguments[0].Value, types);
            case IPropertyReferenceOperation { Property.Name: "Value" or "CurrentValue", Instance.Type: INamedTypeSymbol { IsGenericType: true } accessor }
                when types.OptionsAccessors.Contains(accessor.OriginalDefinition):
                return ConfiguredOptions.For(instance.SemanticModel?.Compilation, types).SectionOf(accessor.TypeArguments[0]);
            case IPropertyReferenceOperation nested when nested.Instance is not null && !types.IsConfiguration(nested.Instance.Type):
                // `settings.Jwt.Key`: a nested options object is bound from a subsection
                return PathOf(nested, types, depth + 1);
            case ILocalReferenceOperation local when depth <= MaxDepth:
                if (LocalValues.Reaching(local) is not { Count: 1 } values)
                {
                    return null;
                }

                return Values.StripConversions(values[0]) is IObjectCreationOperation { Arguments.Length: 0 }
                    ? BoundSection(local, types)
                    : SectionOf(values[0], types, depth + 1);
            default:
                return null;
        }
    }

    /// <summary><c>config.GetSection("Jwt").Bind(settings)</c> or <c>config.Bind("Jwt", settings)</c> in the same member; null when none or several disagree.</summary>
    private static string? BoundSection(ILocalReferenceOperation local, WellKnownTypes types)
    {
        string? found = null;
        foreach (var operation in Scopes.Block(local).Descendants())
        {
            if (operation is not IInvocationOperation { TargetMethod: { Name: "Bind" } method } bind
                || !SymbolEqualityComparer.Default.Equals(method.ContainingType, types.ConfigurationBinder))
            {
                continue;
            }

            IOperation? configuration = null;
            IOperation? target = null;
            var hasKey = false;
            string? key = null;
            foreach (var argument in bind.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "configuration":
                        configuration = argument.Value;
                        break;
                    case "instance":
                        target = argument.Value;
                        break;
                    case "key":
                        hasKey = true;
                        key = argument.Value.ConstantValue.Value as string;
                        break;
                }
            }

            if (configuration is null || target is null || Values.StripConversions(target) is not ILocalReferenceOperation bound
                || !SymbolEqualityComparer.Default.Equals(bound.Local, local.Local))
            {
                continue;
            }

            var section = KeyMaterial.SectionPath(configuration, types);
            var path = hasKey ? KeyMaterial.Join(section, key) : section;
            if (path is null || (found is not null && !string.Equals(found, path, System.StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            found = path;
        }

        return found;
    }

    private static string KeyName(IPropertySymbol property, WellKnownTypes types)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.ConfigurationKeyNameAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return property.Name;
    }
}
