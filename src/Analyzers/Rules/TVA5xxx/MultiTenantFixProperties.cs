using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// What the TVA5002 fix needs: the options it configures and the authority of the issuer validator. Offered only when
/// Microsoft.IdentityModel.Validators is referenced, for an options statement in a block (<c>options.Authority = …;</c>,
/// <c>var options = new … { Authority = … };</c>) or Katana options built inline in <c>app.Use…Authentication(new … { … });</c>.
/// </summary>
internal static class MultiTenantFixProperties
{
    public static ImmutableDictionary<string, string?> For(ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target, string authority,
        bool hasIssuerValidator, bool checksSigningKey, WellKnownTypes types)
    {
        var name = target.Property.Name;
        var configuredTenant = name == "Tenant" && !assignment.Value.ConstantValue.HasValue;
        if (types.AadIssuerValidator is null || types.AadSigningKeyExtension is null
            || (name != "Authority" && !configuredTenant && !assignment.Value.ConstantValue.HasValue))
        {
            // a metadata address from configuration: the fix would have to copy a configuration value into code
            return ImmutableDictionary<string, string?>.Empty;
        }

        // a configured tenant: the validator follows the options' Tenant, the value the middleware reads, not a copy of it
        var prefix = configuredTenant ? SymbolDisplay.FormatLiteral(MultiTenantAuthorityRule.TenantAuthorityPrefix, quote: true) : null;
        var literalAuthority = SymbolDisplay.FormatLiteral(AuthorityOf(authority), quote: true);
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder.Add(FixProperties.Action, FixProperties.ActionAddAadValidation);
        builder.Add(FixProperties.AddIssuerValidator, hasIssuerValidator ? "false" : "true");
        builder.Add(FixProperties.AddSigningKeyCheck, checksSigningKey ? "false" : "true");
        if (assignment.Parent is IExpressionStatementOperation { Syntax.Parent: BlockSyntax }
            && assignment.Syntax is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax access })
        {
            var options = access.Expression.WithoutTrivia().ToFullString();
            builder.Add(FixProperties.OptionsExpression, options);
            builder.Add(FixProperties.AuthorityExpression, MemberAuthority(name, options, prefix) ?? literalAuthority);
            return builder.ToImmutable();
        }

        if (!IsKatanaOptions(target.Property.ContainingType, types)
            || assignment.Parent is not IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var parent = creation.Parent is IConversionOperation conversion ? conversion.Parent : creation.Parent;
        switch (parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                when declarator.Parent?.Parent is IVariableDeclarationGroupOperation { Syntax.Parent: BlockSyntax }:
                builder.Add(FixProperties.OptionsExpression, declarator.Symbol.Name);
                builder.Add(FixProperties.AuthorityExpression, MemberAuthority(name, declarator.Symbol.Name, prefix) ?? literalAuthority);
                if (IsRegisteredLater(declarator, types))
                {
                    builder.Add(FixProperties.BeforeRegistration, "true");
                }

                return builder.ToImmutable();
            case IArgumentOperation { Parent: IInvocationOperation registration }
                when types.Katana.IsAuthenticationRegistration(registration.TargetMethod)
                    && registration.Parent is IExpressionStatementOperation { Syntax.Parent: BlockSyntax }:
                // the fix stores the options in a new local before the registration and configures it there
                builder.Add(FixProperties.IntroduceOptionsLocal, "true");
                builder.Add(FixProperties.AuthorityExpression, MemberAuthority(name, string.Empty, prefix) ?? literalAuthority);
                if (prefix is not null)
                {
                    builder.Add(FixProperties.AuthorityPrefix, prefix);
                }

                return builder.ToImmutable();
            default:
                return ImmutableDictionary<string, string?>.Empty;
        }
    }

    /// <summary>A later statement of the local's block passes it to a Katana registration: <c>app.Use…Authentication(local);</c>.</summary>
    private static bool IsRegisteredLater(IVariableDeclaratorOperation declarator, WellKnownTypes types)
    {
        if (declarator.Parent?.Parent is not { Parent: IBlockOperation block } declaration)
        {
            return false;
        }

        var after = false;
        foreach (var statement in block.Operations)
        {
            if (!after)
            {
                after = statement == declaration;
                continue;
            }

            if (statement is IExpressionStatementOperation { Operation: IInvocationOperation registration }
                && types.Katana.IsAuthenticationRegistration(registration.TargetMethod))
            {
                foreach (var argument in registration.Arguments)
                {
                    if (Values.StripConversions(argument.Value) is ILocalReferenceOperation local
                        && SymbolEqualityComparer.Default.Equals(local.Local, declarator.Symbol))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The options' own <c>Authority</c>, or the Entra instance plus their configured <c>Tenant</c>; null for a constant tenant or address.</summary>
    private static string? MemberAuthority(string name, string options, string? prefix)
        => name == "Authority" ? options + ".Authority"
            : prefix is null ? null
            : options.Length == 0 ? ".Tenant"
            : prefix + " + " + options + ".Tenant";

    private static bool IsKatanaOptions(INamedTypeSymbol type, WellKnownTypes types)
        => SymbolEqualityComparer.Default.Equals(type, types.Katana.OpenIdConnectAuthenticationOptions)
            || SymbolEqualityComparer.Default.Equals(type, types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions);

    /// <summary>A metadata address's authority: the part before <c>/.well-known/</c>.</summary>
    private static string AuthorityOf(string metadataAddress)
    {
        var wellKnown = metadataAddress.IndexOf("/.well-known/", System.StringComparison.OrdinalIgnoreCase);
        return wellKnown > 0 ? metadataAddress.Substring(0, wellKnown) : metadataAddress;
    }
}
