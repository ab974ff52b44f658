using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5003: an <c>HttpClientHandler.ServerCertificateCustomValidationCallback</c> that accepts any certificate, on a handler
/// that fetches metadata or signing keys; Katana's <c>BackchannelCertificateValidator</c> through <see cref="KatanaCertificateValidatorRule"/>.
/// </summary>
internal sealed class BackchannelTlsNotCheckedRule
{
    private readonly WellKnownTypes _types;
    private readonly HashSet<IPropertySymbol> _backchannels = new(SymbolEqualityComparer.Default);

    public BackchannelTlsNotCheckedRule(WellKnownTypes types)
    {
        _types = types;

        // JwtBearerOptions declares its own; every remote scheme (OpenIdConnect, OAuth, …) inherits RemoteAuthenticationOptions'
        foreach (var options in new[] { types.RemoteAuthenticationOptions, types.JwtBearerOptions, types.OpenIdConnectOptions })
        {
            for (var type = options; type is not null; type = type.BaseType)
            {
                AddBackchannel(WellKnownTypes.Property(type, "BackchannelHttpHandler"));
                AddBackchannel(WellKnownTypes.Property(type, "Backchannel"));
            }
        }
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnAssignment(WellKnownTypes.Property(_types.HttpClientHandler, "ServerCertificateCustomValidationCallback"), Analyze);
    }

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (AcceptsAnyCertificate(assignment.Value) && FeedsBackchannel(target.Instance) && !EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5003, assignment.Syntax.GetLocation(), FixProperties.Remove));
        }
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

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BackchannelHttpHandler" or "Backchannel" } backchannel } assignment
                    when IsBackchannel(backchannel.Property) && Carries(assignment.Value, carriers):
                    return true;
            }
        }

        return false;
    }

    private void AddBackchannel(IPropertySymbol? property)
    {
        if (property is not null)
        {
            _backchannels.Add(property.OriginalDefinition);
        }
    }

    /// <summary>The library's property, or an application's override of it.</summary>
    private bool IsBackchannel(IPropertySymbol? property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (_backchannels.Contains(current.OriginalDefinition))
            {
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
