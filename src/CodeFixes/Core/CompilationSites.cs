using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Every configuration site of a compilation (the <see cref="ConfigurationSite"/> model TVA1009/TVA1010 use) with the code
/// that configures its options, found once per compilation: a Fix All asks for each of its documents.
/// </summary>
internal sealed class CompilationSites
{
    private static readonly ConditionalWeakTable<Compilation, CompilationSites> Cache = new();
    private static readonly HashSet<string> SiteMethods = new()
    {
        "AddJwtBearer", "AddOpenIdConnect", "Configure", "PostConfigure", "ConfigureAll", "PostConfigureAll", "Bind", "BindConfiguration",
        "AddMicrosoftIdentityWebApi", "AddMicrosoftIdentityWebApiAuthentication", "AddMicrosoftIdentityWebApp", "AddMicrosoftIdentityWebAppAuthentication",
    };

    private readonly WellKnownTypes _types;
    private readonly List<(ConfigurationSite Site, List<(IOperation Block, IParameterSymbol Options)> Code)> _sites = new();

    private CompilationSites(WellKnownTypes types) => _types = types;

    public static CompilationSites For(Compilation compilation, WellKnownTypes types, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(compilation, out var found))
        {
            return found;
        }

        var created = new CompilationSites(types);
        created.Collect(compilation, cancellationToken);
        return Cache.GetValue(compilation, _ => created);
    }

    /// <summary>A site other than <paramref name="site"/> that may configure the same options supplies <paramref name="need"/>.</summary>
    public bool OtherSiteSupplies(ConfigurationSite site, ValidationSource need)
    {
        foreach (var (other, code) in _sites)
        {
            if (site.MayConfigureSameOptionsAs(other) && Supplies(other, code, need))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Bindings and Identity.Web may supply anything; a code site supplies what the options it configures end with.</summary>
    private bool Supplies(ConfigurationSite site, List<(IOperation Block, IParameterSymbol Options)> code, ValidationSource need)
    {
        if (!site.ReadsAsCode || code.Count == 0)
        {
            return true;
        }

        foreach (var (block, options) in code)
        {
            if (SiteSupply.SuppliedThrough(block, options, need, _types))
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(Compilation compilation, CancellationToken cancellationToken)
    {
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is InvocationExpressionSyntax invocation && WrittenNames.Called(invocation) is { } name && SiteMethods.Contains(name)
                    && model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                    && ConfigurationSite.OfInvocation(operation, _types) is { } site)
                {
                    _sites.Add((site, LambdaCode(operation, site)));
                }
                else if (node is TypeDeclarationSyntax declaration
                    && model.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol type && types.Add(type))
                {
                    AddOptionsClass(compilation, type, cancellationToken);
                }
            }
        }
    }

    private void AddOptionsClass(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            var definition = implemented.OriginalDefinition;
            if (implemented.TypeArguments.Length != 1
                || !(SymbolEqualityComparer.Default.Equals(definition, _types.IConfigureOptions)
                    || SymbolEqualityComparer.Default.Equals(definition, _types.IPostConfigureOptions))
                || ConfigurationSite.OfType(type, implemented.TypeArguments[0], compilation, _types) is not { } site)
            {
                continue;
            }

            var code = new List<(IOperation, IParameterSymbol)>();
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && FindParameter(method, site.Options) is { } parameter
                    && ConfigurationSite.OfMethod(method, parameter, compilation, _types) is not null)
                {
                    foreach (var reference in method.DeclaringSyntaxReferences)
                    {
                        var body = compilation.GetSemanticModel(reference.SyntaxTree).GetOperation(reference.GetSyntax(cancellationToken), cancellationToken);
                        if (body is not null && !IsForwarder(body, parameter, type))
                        {
                            code.Add((body, parameter));
                        }
                    }
                }
            }

            _sites.Add((site, code));
        }
    }

    /// <summary><c>Configure(options) => Configure(Options.DefaultName, options)</c>: the method it calls is read on its own.</summary>
    private static bool IsForwarder(IOperation body, IParameterSymbol options, INamedTypeSymbol type)
    {
        var block = body is IMethodBodyOperation method ? method.BlockBody ?? method.ExpressionBody : null;
        var call = block is { Operations.Length: 1 } ? block.Operations[0] switch
        {
            IExpressionStatementOperation statement => statement.Operation as IInvocationOperation,
            IReturnOperation returned => returned.ReturnedValue as IInvocationOperation,
            _ => null,
        } : null;
        if (call is null || !SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, type.OriginalDefinition))
        {
            return false;
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Value is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, options))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(IOperation, IParameterSymbol)> LambdaCode(IInvocationOperation invocation, ConfigurationSite site)
    {
        var code = new List<(IOperation, IParameterSymbol)>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
                && site.Identity.Equals(lambda.Syntax.GetLocation())
                && FindParameter(lambda.Symbol, site.Options) is { } parameter)
            {
                code.Add((lambda, parameter));
            }
        }

        return code;
    }

    private static IParameterSymbol? FindParameter(IMethodSymbol method, ITypeSymbol options)
    {
        foreach (var parameter in method.Parameters)
        {
            if (SymbolEqualityComparer.Default.Equals(parameter.Type, options))
            {
                return parameter;
            }
        }

        return null;
    }
}
