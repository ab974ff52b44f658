using System.Text.Json;
using Json.Schema;

namespace TokenValidationAnalyzers.Scanner.Tests.Infrastructure;

/// <summary>
/// The SARIF 2.1.0 JSON schema (Schema/sarif-schema-2.1.0.json: the final 2.1.0 "rtm.5" schema as the
/// <c>@microsoft/jest-sarif</c> npm package ships it, MIT; its draft-04 header changed to draft-07, the draft it is
/// published under by OASIS). Formats such as <c>uri</c> are validated too.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schema", "sarif-schema-2.1.0.json")));

    /// <summary>The schema's complaints about <paramref name="sarif"/>, empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? Array.Empty<string>()
            : (results.Details ?? new List<EvaluationResults>())
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))
                .DefaultIfEmpty("invalid, without details")
                .ToList();
    }
}
