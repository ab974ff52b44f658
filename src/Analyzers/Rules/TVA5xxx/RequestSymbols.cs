using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// The request members TVA5007 reads, reached from <c>HttpContext</c>'s own members so that the rule needs no type lookups
/// of its own: the query, the path, the WebSocket test and the Accept header.
/// </summary>
internal sealed class RequestSymbols
{
    private RequestSymbols(INamedTypeSymbol query, INamedTypeSymbol? pathString, IPropertySymbol? isWebSocket, IPropertySymbol? accept)
    {
        Query = query;
        PathString = pathString;
        IsWebSocketRequest = isWebSocket;
        Accept = accept;
    }

    public INamedTypeSymbol Query { get; }

    public INamedTypeSymbol? PathString { get; }

    public IPropertySymbol? IsWebSocketRequest { get; }

    public IPropertySymbol? Accept { get; }

    public static RequestSymbols? Create(INamedTypeSymbol? httpContext)
    {
        if (PropertyType(httpContext, "Request") is not { } request || PropertyType(request, "Query") is not { } query)
        {
            return null;
        }

        var accept = PropertyType(request, "Headers") is { } headers ? Property(headers, "Accept") : null;
        var webSockets = PropertyType(httpContext, "WebSockets");
        return new RequestSymbols(query, PropertyType(request, "Path"), Property(webSockets, "IsWebSocketRequest"), accept);
    }

    public bool IsQuery(IOperation? instance)
    {
        if (instance?.Type is not INamedTypeSymbol type)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, Query))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, Query))
            {
                return true;
            }
        }

        return false;
    }

    private static INamedTypeSymbol? PropertyType(INamedTypeSymbol? type, string name) => Property(type, name)?.Type as INamedTypeSymbol;

    private static IPropertySymbol? Property(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }
}
