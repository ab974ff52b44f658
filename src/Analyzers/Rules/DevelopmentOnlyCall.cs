using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules;

/// <summary>
/// A call meant for development only (a developer key, plain HTTP) that the production world reaches: reported on the
/// called name. The fix wraps the statement in <c>if (env.IsDevelopment())</c> when the statement is nothing but such calls
/// on a builder the code names; inside a longer chain it guards only those calls and keeps the rest of the chain, which is
/// sound because these builder methods return the builder they were called on.
/// </summary>
internal static class DevelopmentOnlyCall
{
    private static readonly string[] OpenIddictDevelopmentKeys =
    {
        "AddDevelopmentSigningCertificate", "AddDevelopmentEncryptionCertificate", "AddEphemeralSigningKey", "AddEphemeralEncryptionKey",
    };

    private const string DisableTransportSecurity = "DisableTransportSecurityRequirement";

    private static readonly ImmutableDictionary<string, string?> WrapInDevelopment =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionWrapInDevelopment);

    /// <summary>TVA3007's calls: developer and ephemeral keys of IdentityServer and OpenIddict's server and client.</summary>
    public static IEnumerable<(INamedTypeSymbol? Type, string Name)> DevelopmentKeys(WellKnownTypes types)
    {
        yield return (types.TokenServers.IdentityServerCryptoExtensions, "AddDeveloperSigningCredential");
        foreach (var name in OpenIddictDevelopmentKeys)
        {
            yield return (types.TokenServers.OpenIddictServerBuilder, name);
            yield return (types.TokenServers.OpenIddictClientBuilder, name);
        }
    }

    /// <summary>TVA5008's calls: OpenIddict's ASP.NET Core integrations accepting plain HTTP.</summary>
    public static IEnumerable<(INamedTypeSymbol? Type, string Name)> TransportSecurityOff(WellKnownTypes types)
    {
        yield return (types.TokenServers.OpenIddictServerAspNetCoreBuilder, DisableTransportSecurity);
        yield return (types.TokenServers.OpenIddictValidationAspNetCoreBuilder, DisableTransportSecurity);
        yield return (types.TokenServers.OpenIddictClientAspNetCoreBuilder, DisableTransportSecurity);
    }

    public static void Report(RuleContext context, IInvocationOperation invocation, DiagnosticDescriptor descriptor, WellKnownTypes types)
    {
        if (EnvironmentGuards.ProductionSkips(invocation, types))
        {
            return;
        }

        var (properties, additionalLocations) = Fix(invocation, types);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, Locations.CalledName(invocation), additionalLocations, properties, invocation.TargetMethod.Name));
    }

    private static (ImmutableDictionary<string, string?> Properties, Location[] AdditionalLocations) Fix(IInvocationOperation invocation, WellKnownTypes types)
    {
        var none = (ImmutableDictionary<string, string?>.Empty, System.Array.Empty<Location>());

        // the run of development-only calls the reported one belongs to: first (innermost) to last (outermost)
        var first = invocation;
        while (CallChain.Receiver(first) is IInvocationOperation inner && IsDevelopmentOnly(inner, types))
        {
            first = inner;
        }

        var last = invocation;
        while (CallChain.CallOn(last) is IInvocationOperation outer && IsDevelopmentOnly(outer, types))
        {
            last = outer;
        }

        if (CallChain.Receiver(first) is not { } receiver || !ReturnsItsReceiver(first, receiver) || Statement(last) is not { } statement)
        {
            return none;
        }

        var named = receiver is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
            or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation };
        if (named && ReferenceEquals(last.Parent, statement))
        {
            return (WrapInDevelopment, System.Array.Empty<Location>());
        }

        var properties = WrapInDevelopment.SetItem(FixProperties.Action, FixProperties.ActionSplitChainInDevelopment);
        if (!named)
        {
            properties = properties.Add(FixProperties.LocalName, LocalName(receiver, statement));
        }

        return (properties, new[] { last.Syntax.GetLocation(), receiver.Syntax.GetLocation() });
    }

    private static bool IsDevelopmentOnly(IInvocationOperation invocation, WellKnownTypes types)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        foreach (var (type, name) in DevelopmentKeys(types))
        {
            if (method.Name == name && SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
            {
                return true;
            }
        }

        foreach (var (type, name) in TransportSecurityOff(types))
        {
            if (method.Name == name && SymbolEqualityComparer.Default.Equals(method.ContainingType, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expression statement whose chain the call is part of (a statement the code writes, not a lambda's expression body).</summary>
    private static IExpressionStatementOperation? Statement(IInvocationOperation invocation)
    {
        var current = invocation;
        while (CallChain.CallOn(current) is { } outer)
        {
            current = outer;
        }

        return current.Parent is IExpressionStatementOperation { IsImplicit: false } statement ? statement : null;
    }

    private static bool ReturnsItsReceiver(IInvocationOperation invocation, IOperation receiver)
        => SymbolEqualityComparer.Default.Equals(invocation.Type, receiver.Type);

    /// <summary><c>identityServerBuilder</c> for an <c>IIdentityServerBuilder</c>, made unique where the statement is.</summary>
    private static string LocalName(IOperation receiver, IOperation statement)
    {
        var type = receiver.Type?.Name ?? "builder";
        if (receiver.Type is { TypeKind: TypeKind.Interface } && type.Length > 1 && type[0] == 'I' && char.IsUpper(type[1]))
        {
            type = type.Substring(1);
        }

        var name = type.Length == 0 ? "builder" : char.ToLowerInvariant(type[0]) + type.Substring(1);
        var candidate = name;
        for (var i = 2; statement.SemanticModel is { } model && !model.LookupSymbols(statement.Syntax.SpanStart, name: candidate).IsEmpty; i++)
        {
            candidate = name + i;
        }

        return candidate;
    }
}
