using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>The text an authority or metadata address is set to, when it can be known at compile time.</summary>
internal static class AuthorityText
{
    /// <summary>A constant, an interpolation of constants and configuration reads, or a configuration read resolved through appsettings.</summary>
    public static string? Resolve(IOperation value, WellKnownTypes types, LazyAppSettings settings, CancellationToken cancellationToken)
    {
        if (value.ConstantValue.Value is string constant)
        {
            return constant;
        }

        var operation = Values.StripConversions(value);
        if (operation is IInterpolatedStringOperation interpolated)
        {
            var text = new StringBuilder();
            foreach (var part in interpolated.Parts)
            {
                var piece = part switch
                {
                    IInterpolatedStringTextOperation literal => literal.Text.ConstantValue.Value as string,
                    IInterpolationOperation { Alignment: null, FormatString: null } hole => Resolve(hole.Expression, types, settings, cancellationToken),
                    _ => null,
                };
                if (piece is null)
                {
                    return null;
                }

                text.Append(piece);
            }

            return text.ToString();
        }

        var material = KeyMaterial.Trace(operation, types);
        if (material.Origin != KeyOrigin.Configuration || material.ConfigurationKey is not { } key)
        {
            return null;
        }

        // appsettings.json and an environment's override may differ: any production value that is multi-tenant counts
        string? found = null;
        foreach (var setting in settings.For(material.ReadsAppConfig, cancellationToken).Find(key))
        {
            if (!string.IsNullOrWhiteSpace(setting.Value))
            {
                found ??= setting.Value;
                if (EntraAuthority.IsMultiTenant(setting.Value))
                {
                    return setting.Value;
                }
            }
        }

        return found;
    }
}
