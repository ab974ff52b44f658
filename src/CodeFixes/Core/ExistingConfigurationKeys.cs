using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// The configuration keys the project already reads for the signing key, the issuer and the audience: a fix writes that
/// key instead of inventing <c>Jwt:SigningKey</c>. Only reads whose value reaches the key or the member count (a key
/// read for logging does not), and only when all of them agree on one key.
/// </summary>
internal sealed class ExistingConfigurationKeys
{
    private static readonly ConditionalWeakTable<Compilation, ExistingConfigurationKeys> Cache = new();

    private static readonly HashSet<string> AssignedMembers = new(StringComparer.Ordinal)
    {
        "IssuerSigningKey", "ValidIssuer", "ValidIssuers", "Issuer", "ValidAudience", "ValidAudiences", "Audience",
    };

    private readonly Dictionary<string, HashSet<string>> _keysByValue = new(StringComparer.Ordinal);

    /// <summary>Keys read through <c>ConfigurationManager.AppSettings</c>: reused only by a fix that writes such a read.</summary>
    private readonly Dictionary<string, HashSet<string>> _appConfigKeysByValue = new(StringComparer.Ordinal);

    /// <summary>Computed once per compilation, so Fix All over many documents pays for it once.</summary>
    public static async Task<ExistingConfigurationKeys?> ForAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || WellKnownTypes.TryCreate(compilation) is not { } types)
        {
            return null;
        }

        return Cache.GetValue(compilation, _ => Collect(compilation, types, cancellationToken));
    }

    /// <summary>The properties with <see cref="FixProperties.ConfigurationKey"/> replaced by the one key the project reads for that value.</summary>
    /// <param name="appConfig">The fix reads <c>ConfigurationManager.AppSettings</c>: reuse a key read there, not an <c>IConfiguration</c> key.</param>
    public ImmutableDictionary<string, string?> Reuse(ImmutableDictionary<string, string?> properties, bool appConfig = false)
    {
        if (!properties.TryGetValue(FixProperties.ConfigurationKey, out var key) || key is null
            || !(appConfig ? _appConfigKeysByValue : _keysByValue).TryGetValue(ValueOf(key), out var existing) || existing.Count != 1)
        {
            return properties;
        }

        foreach (var single in existing)
        {
            return properties.SetItem(FixProperties.ConfigurationKey, single);
        }

        return properties;
    }

    /// <summary>What a default key names: <c>Jwt:SigningKey</c> → SigningKey.</summary>
    private static string ValueOf(string key) => key.Substring(key.LastIndexOf(':') + 1);

    private static ExistingConfigurationKeys Collect(Compilation compilation, WellKnownTypes types, CancellationToken cancellationToken)
    {
        var keys = new ExistingConfigurationKeys();
        var members = new Dictionary<IPropertySymbol, string>(SymbolEqualityComparer.Default);
        AddMember(members, types.TokenValidationParametersProperty("ValidIssuer"), "Issuer");
        AddMember(members, types.TokenValidationParametersProperty("ValidIssuers"), "Issuer");
        AddMember(members, WellKnownTypes.Property(types.SecurityTokenDescriptor, "Issuer"), "Issuer");
        AddMember(members, types.TokenValidationParametersProperty("ValidAudience"), "Audience");
        AddMember(members, types.TokenValidationParametersProperty("ValidAudiences"), "Audience");
        AddMember(members, WellKnownTypes.Property(types.SecurityTokenDescriptor, "Audience"), "Audience");
        AddMember(members, WellKnownTypes.Property(types.JwtBearerOptions, "Audience"), "Audience");
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case BaseObjectCreationExpressionSyntax creation when IsKeyCreation(creation):
                        if (model.GetOperation(creation, cancellationToken) is IObjectCreationOperation { Arguments.Length: > 0 } key
                            && SymbolEqualityComparer.Default.Equals(key.Type, types.SymmetricSecurityKey))
                        {
                            keys.Add("SigningKey", key.Arguments[0].Value, types);
                        }

                        break;
                    case AssignmentExpressionSyntax assignment when AssignedMembers.Contains(MemberName(assignment.Left)):
                        if (model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } written
                            && members.TryGetValue(target.Property.OriginalDefinition, out var value))
                        {
                            keys.AddValues(value, written.Value, types);
                        }

                        break;
                }
            }
        }

        return keys;
    }

    private static void AddMember(Dictionary<IPropertySymbol, string> members, IPropertySymbol? property, string value)
    {
        if (property is not null)
        {
            members[property.OriginalDefinition] = value;
        }
    }

    private void AddValues(string value, IOperation assigned, WellKnownTypes types)
    {
        switch (Values.StripConversions(assigned))
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    Add(value, element, types);
                }

                break;
            case { Syntax: CollectionExpressionSyntax collection, SemanticModel: { } model }:
                foreach (var element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax item && model.GetOperation(item.Expression) is { } operation)
                    {
                        Add(value, operation, types);
                    }
                }

                break;
            default:
                Add(value, assigned, types);
                break;
        }
    }

    private void Add(string value, IOperation read, WellKnownTypes types)
    {
        if (KeyMaterial.Trace(read, types) is { Origin: KeyOrigin.Configuration, ConfigurationKey: { Length: > 0 } key } material)
        {
            var keysByValue = material.ReadsAppConfig ? _appConfigKeysByValue : _keysByValue;
            if (!keysByValue.TryGetValue(value, out var keys))
            {
                keysByValue[value] = keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            keys.Add(key);
        }
    }

    private static bool IsKeyCreation(BaseObjectCreationExpressionSyntax creation)
        => creation is ImplicitObjectCreationExpressionSyntax
            || (creation is ObjectCreationExpressionSyntax { Type: var type } && MemberName(type) == "SymmetricSecurityKey");

    private static string MemberName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => "",
    };
}
