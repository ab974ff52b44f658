using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

/// <summary>Compile-time <see cref="TimeSpan"/> values and "now plus a constant" expressions, and the rules' time limits from .editorconfig.</summary>
internal static class TimeValues
{
    /// <summary><c>TimeSpan.FromMinutes(5)</c>, <c>new TimeSpan(0, 5, 0)</c>, <c>TimeSpan.MaxValue</c>, <c>TimeSpan.Parse("00:05:00")</c>.</summary>
    public static TimeSpan? Constant(IOperation value)
    {
        var operation = Values.StripConversions(value);
        switch (operation)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true, Name: "MaxValue" or "Zero" or "MinValue" } field } when IsTimeSpan(field.ContainingType):
                return field.Name == "MaxValue" ? TimeSpan.MaxValue : field.Name == "MinValue" ? TimeSpan.MinValue : TimeSpan.Zero;
            case IInvocationOperation { Instance: null, Arguments.Length: >= 1 } call when IsTimeSpan(call.TargetMethod.ContainingType):
                return FromFactory(call);
            case IObjectCreationOperation creation when IsTimeSpan(creation.Type):
                return FromConstructor(creation);
            default:
                return null;
        }
    }

    /// <summary>How far past now a <c>DateTime.UtcNow.AddDays(30)</c>-like expression is; null when it is not "now plus a constant".</summary>
    public static TimeSpan? AfterNow(IOperation value, out IInvocationOperation? addition)
    {
        addition = null;
        var operation = Values.StripConversions(value);
        if (operation is IPropertyReferenceOperation { Property.Name: "UtcDateTime" or "DateTime" or "LocalDateTime", Instance: { } offset })
        {
            // DateTimeOffset.UtcNow.AddDays(30).UtcDateTime: Expires is a DateTime
            operation = Values.StripConversions(offset);
        }

        if (operation is not IInvocationOperation { Instance: { } receiver, Arguments.Length: 1 } call
            || !IsNow(receiver))
        {
            return null;
        }

        var argument = call.Arguments[0].Value;
        double? amount = argument.ConstantValue.Value is { } constant && !(constant is string) ? Convert.ToDouble(constant, CultureInfo.InvariantCulture) : null;
        TimeSpan? span = call.TargetMethod.Name switch
        {
            "Add" => Constant(argument),
            "AddSeconds" when amount is { } n => TimeSpan.FromSeconds(n),
            "AddMinutes" when amount is { } n => TimeSpan.FromMinutes(n),
            "AddHours" when amount is { } n => TimeSpan.FromHours(n),
            "AddDays" when amount is { } n => TimeSpan.FromDays(n),
            "AddMonths" when amount is { } n => TimeSpan.FromDays(30 * n),
            "AddYears" when amount is { } n => TimeSpan.FromDays(365 * n),
            _ => null,
        };
        if (span is not null)
        {
            addition = call;
        }

        return span;
    }

    /// <summary>A limit from .editorconfig (<c>dotnet_code_quality.TVA4001.max_clock_skew = 00:05:00</c>); malformed or non-positive values give the default.</summary>
    public static TimeSpan Limit(AnalyzerOptions options, SyntaxTree tree, string key, TimeSpan fallback)
    {
        if (options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out var text)
            && TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var limit)
            && limit > TimeSpan.Zero)
        {
            return limit;
        }

        return fallback;
    }

    /// <summary>The shortest C# that says the span: <c>TimeSpan.FromMinutes(5)</c>.</summary>
    public static string Format(TimeSpan span)
        => span.TotalDays >= 1 && span.TotalDays % 1 == 0 ? $"{span.TotalDays:0} day(s)"
            : span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? $"{span.TotalHours:0} hour(s)"
            : span.TotalMinutes >= 1 && span.TotalMinutes % 1 == 0 ? $"{span.TotalMinutes:0} minute(s)"
            : $"{span.TotalSeconds:0.###} second(s)";

    /// <summary>The unit and amount a fix writes for a span: ("Days", 1), ("Hours", 24)…</summary>
    public static (string Unit, long Amount) Unit(TimeSpan span)
        => span.TotalDays >= 1 && span.TotalDays % 1 == 0 ? ("Days", (long)span.TotalDays)
            : span.TotalHours >= 1 && span.TotalHours % 1 == 0 ? ("Hours", (long)span.TotalHours)
            : span.TotalMinutes >= 1 && span.TotalMinutes % 1 == 0 ? ("Minutes", (long)span.TotalMinutes)
            : ("Seconds", (long)Math.Floor(span.TotalSeconds));

    private static bool IsNow(IOperation receiver)
    {
        var operation = Values.StripConversions(receiver);
        if (operation is ILocalReferenceOperation local
            && local.Local.DeclaringSyntaxReferences.Length == 1
            && local.SemanticModel is { } model
            && local.Local.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && initializer.SyntaxTree == model.SyntaxTree)
        {
            operation = Values.OperationOf(model, initializer) is { } value ? Values.StripConversions(value) : operation;
        }

        return operation is IPropertyReferenceOperation { Instance: null, Property.Name: "UtcNow" or "Now" } now
            && now.Property.ContainingType is { Name: "DateTime" or "DateTimeOffset", ContainingNamespace.Name: "System" };
    }

    private static TimeSpan? FromFactory(IInvocationOperation call)
    {
        var value = call.Arguments[0].Value.ConstantValue;
        if (!value.HasValue || value.Value is null)
        {
            return null;
        }

        if (value.Value is string text)
        {
            return call.TargetMethod.Name == "Parse" && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        }

        // .NET 9 added FromMinutes(minutes, seconds, …) and friends: every argument is a smaller unit
        var units = call.TargetMethod.Name switch
        {
            "FromDays" => new[] { 86400.0, 3600, 60, 1, 1e-3, 1e-6 },
            "FromHours" => new[] { 3600.0, 60, 1, 1e-3, 1e-6 },
            "FromMinutes" => new[] { 60.0, 1, 1e-3, 1e-6 },
            "FromSeconds" => new[] { 1.0, 1e-3, 1e-6 },
            "FromMilliseconds" => new[] { 1e-3, 1e-6 },
            "FromMicroseconds" => new[] { 1e-6 },
            "FromTicks" => new[] { 1.0 / TimeSpan.TicksPerSecond },
            _ => null,
        };
        if (units is null || call.Arguments.Length > units.Length)
        {
            return null;
        }

        var seconds = 0.0;
        for (var i = 0; i < call.Arguments.Length; i++)
        {
            var argument = call.Arguments[i];
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.Value.ConstantValue.Value is not { } constant || constant is string)
            {
                return null;
            }

            try
            {
                seconds += Convert.ToDouble(constant, CultureInfo.InvariantCulture) * units[i];
            }
            catch (InvalidCastException)
            {
                return null;
            }
        }

        if (seconds > TimeSpan.MaxValue.TotalSeconds || seconds < TimeSpan.MinValue.TotalSeconds)
        {
            return TimeSpan.MaxValue;
        }

        return TimeSpan.FromSeconds(seconds);
    }

    private static TimeSpan? FromConstructor(IObjectCreationOperation creation)
    {
        var parts = new long[creation.Arguments.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (creation.Arguments[i].Value.ConstantValue.Value is not { } constant || constant is string)
            {
                return null;
            }

            parts[i] = Convert.ToInt64(constant, CultureInfo.InvariantCulture);
        }

        try
        {
            return parts.Length switch
            {
                1 => new TimeSpan(parts[0]),
                3 => new TimeSpan((int)parts[0], (int)parts[1], (int)parts[2]),
                4 => new TimeSpan((int)parts[0], (int)parts[1], (int)parts[2], (int)parts[3]),
                5 => new TimeSpan((int)parts[0], (int)parts[1], (int)parts[2], (int)parts[3], (int)parts[4]),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return TimeSpan.MaxValue;
        }
    }

    private static bool IsTimeSpan(ITypeSymbol? type) => type is { Name: "TimeSpan", ContainingNamespace.Name: "System" };
}
