using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>The per-compilation state of <see cref="HostingAnalyzer"/>: options properties and calls mapped to rules.</summary>
internal sealed class HostingRules
{
    private static readonly ImmutableDictionary<string, string?> RemoveProperties =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemove);

    private static readonly string[] RelaxingWords = { "Unsafe", "Relax", "DontFail", "DoNotFail", "Skip", "Disable", "Bypass", "AllowUnsigned", "Insecure" };

    private readonly WellKnownTypes _types;
    private readonly MultiTenantRules _multiTenant;

    public HostingRules(WellKnownTypes types, AnalyzerOptions options)
    {
        _types = types;
        _multiTenant = new MultiTenantRules(types, options);
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var owner in new[] { _types.JwtBearerOptions, _types.OpenIdConnectOptions })
        {
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "RequireHttpsMetadata"), AnalyzeRequireHttpsMetadata);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "Authority"), AnalyzeAuthority);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "MetadataAddress"), AnalyzeAuthority);
        }

        dispatch.OnAssignment(WellKnownTypes.Property(_types.HttpClientHandler, "ServerCertificateCustomValidationCallback"), AnalyzeCertificateCallback);
        dispatch.OnInvocation(_types.AppContext, "SetSwitch", AnalyzeSetSwitch);
        dispatch.OnInvocation(_types.AadSigningKeyExtension, "EnableAadSigningKeyIssuerValidation", _multiTenant.AnalyzeSigningKeyIssuerValidation);
        dispatch.OnInvocation(_types.IdentityWebAppExtensions, "AddMicrosoftIdentityWebApp", (context, invocation) => _multiTenant.AnalyzeIdentityWeb(context, invocation, webApp: true));
        dispatch.OnInvocation(_types.IdentityWebApiExtensions, "AddMicrosoftIdentityWebApi", (context, invocation) => _multiTenant.AnalyzeIdentityWeb(context, invocation, webApp: false));
        dispatch.OnInvocation(_types.IdentityWebAppServiceExtensions, "AddMicrosoftIdentityWebAppAuthentication", (context, invocation) => _multiTenant.AnalyzeIdentityWeb(context, invocation, webApp: true));
    }

    private void AnalyzeRequireHttpsMetadata(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (Values.Classify(assignment.Value, _types) == ValueKind.Constant && Values.IsConstant(assignment.Value, expected: false))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5001, assignment.Syntax.GetLocation(), RemoveProperties));
        }
    }

    private void AnalyzeCertificateCallback(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (AcceptsAnyCertificate(assignment.Value) && FeedsBackchannel(target.Instance) && !EnvironmentGuards.IsGuarded(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5003, assignment.Syntax.GetLocation(), RemoveProperties));
        }
    }

    private void AnalyzeAuthority(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (EnvironmentGuards.IsGuarded(assignment, _types))
        {
            return;
        }

        if (assignment.Value.ConstantValue.Value is string address && EntraAuthority.IsPlainHttpRemote(address))
        {
            var properties = Values.StripConversions(assignment.Value) is ILiteralOperation literal
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(FixProperties.Action, FixProperties.ActionSetValue)
                    .Add(FixProperties.ValueExpression, SymbolDisplay.FormatLiteral("https://" + address.Trim().Substring("http://".Length), quote: true))
                : ImmutableDictionary<string, string?>.Empty;
            var value = Values.StripConversions(assignment.Value).Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5004, assignment.Syntax.GetLocation(), ImmutableArray.Create(value), properties, target.Property.Name));
            return;
        }

        _multiTenant.AnalyzeAuthority(context, assignment, target);
    }

    private void AnalyzeSetSwitch(RuleContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length != 2
            || invocation.Arguments[0].Value.ConstantValue.Value is not string name
            || !Values.IsConstant(invocation.Arguments[1].Value, expected: true)
            || !IsRelaxingSwitch(name)
            || EnvironmentGuards.IsGuarded(invocation, _types))
        {
            return;
        }

        var properties = invocation.Parent is IExpressionStatementOperation
            ? ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemoveStatement)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5006, Locations.CalledName(invocation), properties, name));
    }

    /// <summary><c>Switch.Microsoft.IdentityModel.*</c> switches whose name says they relax a check (<c>DontFailOnMissingTid…</c>, <c>UnsafeRelaxHmacKeySizeValidation</c>).</summary>
    private static bool IsRelaxingSwitch(string name)
    {
        const string Prefix = "Switch.Microsoft.IdentityModel.";
        if (!name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var word in RelaxingWords)
        {
            if (name.IndexOf(word, Prefix.Length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>, or a callback that returns true and never rejects.</summary>
    private bool AcceptsAnyCertificate(IOperation value)
    {
        if (Values.StripConversions(value) is IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" } accept
            && SymbolEqualityComparer.Default.Equals(accept.Property.ContainingType, _types.HttpClientHandler))
        {
            return true;
        }

        return DelegateBody.From(value) is { } body && body.AlwaysReturnsConstant(true) && !body.MayRejectByThrowing(_types);
    }

    /// <summary>
    /// The handler ends up, in the same block, in an options' <c>BackchannelHttpHandler</c> or <c>Backchannel</c>, or in the
    /// <c>HttpDocumentRetriever</c> a <c>ConfigurationManager</c> fetches metadata and keys with — directly or through an
    /// <c>HttpClient</c> built on it.
    /// </summary>
    private bool FeedsBackchannel(IOperation? handler)
    {
        if (handler is null || !ObjectRef.TryResolve(handler, _types, out var name))
        {
            return false;
        }

        var carriers = new List<ObjectRef> { name };
        AddCarrier(name.Creation, carriers);
        foreach (var operation in Scopes.Block(handler).Descendants())
        {
            switch (operation)
            {
                case IObjectCreationOperation client when SymbolEqualityComparer.Default.Equals(client.Type, _types.HttpClient)
                    && !carriers.Contains(new ObjectRef(client, null)) && Carries(client, carriers):
                    carriers.Add(new ObjectRef(client, null));
                    AddCarrier(client, carriers);
                    break;
                case IObjectCreationOperation retriever when SymbolEqualityComparer.Default.Equals(retriever.Type, _types.HttpDocumentRetriever)
                    && Carries(retriever, carriers):
                    return true;

                // declared on RemoteAuthenticationOptions for OpenIdConnect: judge by the options object it is set on
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BackchannelHttpHandler" or "Backchannel" } backchannel } assignment
                    when _types.IsAuthenticationOptions(backchannel.Instance?.Type ?? backchannel.Property.ContainingType) && Carries(assignment.Value, carriers):
                    return true;
            }
        }

        return false;
    }

    /// <summary>What holds a created handler or client: the local it initialises, the <c>HttpClient</c> it is passed to.</summary>
    private void AddCarrier(IOperation? creation, List<ObjectRef> carriers)
    {
        switch (creation?.Parent)
        {
            // `var h = new HttpClientHandler { … }`
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                carriers.Add(new ObjectRef(declarator.Symbol, null));
                break;

            // `new HttpClient(new HttpClientHandler { … })`
            case IArgumentOperation { Parent: IObjectCreationOperation client } when SymbolEqualityComparer.Default.Equals(client.Type, _types.HttpClient):
                carriers.Add(new ObjectRef(client, null));
                AddCarrier(client, carriers);
                break;
        }
    }

    private bool Carries(IOperation value, List<ObjectRef> carriers)
    {
        foreach (var part in value.DescendantsAndSelf())
        {
            if (ObjectRef.TryResolve(part, _types, out var used) && carriers.Contains(used))
            {
                return true;
            }
        }

        return false;
    }
}
