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
/// TVA5002 on <c>AddMicrosoftIdentityWebApp</c>: whether the method also turns on the signing-key issuer check for
/// OpenID Connect options, and what the fix needs to post-configure it (the service collection and the scheme).
/// </summary>
internal sealed class IdentityWebAppSigningKeyCheck
{
    private const string DefaultScheme = "OpenIdConnect";

    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _openIdConnectParameters;

    public IdentityWebAppSigningKeyCheck(WellKnownTypes types)
    {
        _types = types;
        _openIdConnectParameters = WellKnownTypes.Property(types.OpenIdConnectOptions, "TokenValidationParameters");
    }

    /// <summary>
    /// <c>o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation()</c> on OpenID Connect options anywhere in the
    /// calling method, unless it sits in a <c>Configure</c>/<c>PostConfigure</c> lambda named for another scheme.
    /// </summary>
    public bool EnabledInSameMethod(IInvocationOperation invocation)
    {
        if (_types.AadSigningKeyExtension is null || _openIdConnectParameters is null)
        {
            return false;
        }

        foreach (var operation in Scopes.Block(invocation).Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "EnableAadSigningKeyIssuerValidation", Arguments.Length: > 0 } call
                && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _types.AadSigningKeyExtension)
                && Values.StripConversions(call.Arguments[0].Value) is IPropertyReferenceOperation parameters
                && SymbolEqualityComparer.Default.Equals(parameters.Property, _openIdConnectParameters)
                && !ConfiguresOtherScheme(call, SchemeName(invocation)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fix needs a statement to follow, Microsoft.IdentityModel.Validators, a plain service collection and a constant scheme.</summary>
    public ImmutableDictionary<string, string?> Fix(IInvocationOperation invocation)
    {
        var empty = ImmutableDictionary<string, string?>.Empty;
        if (_types.AadSigningKeyExtension is null || _types.OpenIdConnectOptions is null
            || StatementOfChain(invocation) is not IExpressionStatementOperation { Syntax.Parent: BlockSyntax or GlobalStatementSyntax }
            || invocation.Arguments.Length == 0
            || Services(invocation) is not { } services
            || Scheme(invocation) is not { } scheme)
        {
            return empty;
        }

        return empty
            .Add(FixProperties.Action, FixProperties.ActionPostConfigureSigningKeyCheck)
            .Add(FixProperties.ServicesExpression, services)
            .Add(FixProperties.SchemeExpression, scheme);
    }

    /// <summary>The statement a call chain ends in: <c>.AddMicrosoftIdentityWebApp(…).EnableTokenAcquisitionToCallDownstreamApi().AddInMemoryTokenCaches();</c>.</summary>
    private static IOperation? StatementOfChain(IOperation call)
    {
        var current = call;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            if (parent is IInvocationOperation { Instance: { } instance } next && instance == current)
            {
                current = next;
            }
            else if (parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true } extension } argument
                && extension.Arguments.Length > 0 && extension.Arguments[0] == argument)
            {
                current = extension;
            }
            else
            {
                return parent;
            }
        }
    }

    /// <summary><c>services</c> of <c>services.AddAuthentication().AddMicrosoftIdentityWebApp(…)</c>, <c>auth.Services</c> of <c>auth.AddMicrosoftIdentityWebApp(…)</c>.</summary>
    private string? Services(IInvocationOperation invocation)
    {
        var receiver = Values.StripConversions(invocation.Arguments[0].Value);
        if (invocation.TargetMethod.Name == "AddMicrosoftIdentityWebAppAuthentication")
        {
            return Plain(receiver);
        }

        if (receiver is IInvocationOperation { TargetMethod.Name: "AddAuthentication", Arguments.Length: > 0 } addAuthentication
            && SymbolEqualityComparer.Default.Equals(addAuthentication.TargetMethod.ContainingType, _types.AuthenticationServiceCollectionExtensions))
        {
            return Plain(Values.StripConversions(addAuthentication.Arguments[0].Value));
        }

        return Plain(receiver) is { } builder ? builder + ".Services" : null;
    }

    /// <summary>A reference the fix can repeat without running anything twice: a local, a parameter, or fields and properties of those.</summary>
    private static string? Plain(IOperation operation)
    {
        var plain = operation switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation => true,
            IFieldReferenceOperation field => field.Instance is null or IInstanceReferenceOperation || Plain(field.Instance) is not null,
            IPropertyReferenceOperation { Arguments.Length: 0 } property
                => property.Instance is null or IInstanceReferenceOperation || Plain(property.Instance) is not null,
            _ => false,
        };
        return plain ? operation.Syntax.WithoutTrivia().ToFullString() : null;
    }

    private static string? Scheme(IInvocationOperation invocation)
        => SchemeName(invocation) is not { } scheme ? null
            : scheme == DefaultScheme ? "global::Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectDefaults.AuthenticationScheme"
            : SymbolDisplay.FormatLiteral(scheme, quote: true);

    private static string? SchemeName(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "openIdConnectScheme")
            {
                return argument.Value.ConstantValue.Value as string;
            }
        }

        return null;
    }

    /// <summary>The call is in a lambda given to a configuring call whose constant <c>name</c> is not <paramref name="scheme"/>.</summary>
    private static bool ConfiguresOtherScheme(IOperation call, string? scheme)
    {
        var lambda = call.Parent;
        while (lambda is not null and not IAnonymousFunctionOperation)
        {
            lambda = lambda.Parent;
        }

        var configure = lambda?.Parent;
        while (configure is not null and not IInvocationOperation)
        {
            configure = configure.Parent;
        }

        if (scheme is null || configure is not IInvocationOperation configuring)
        {
            return false;
        }

        foreach (var argument in configuring.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue.Value is string name)
            {
                return name != scheme;
            }
        }

        return false;
    }
}
