using System.Text;

namespace TokenValidationAnalyzers.Bench;

/// <summary>
/// Ordinary service code — records, repositories, LINQ, async, string building, options classes — in which every
/// 50th file configures authentication the way applications do (JwtBearer options, keys, token issuing, validation).
/// </summary>
internal static class Workload
{
    public static IEnumerable<string> Generate(int files, bool withAuthentication = true)
    {
        yield return "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";
        for (var i = 0; i < files; i++)
        {
            yield return File(i, withAuthentication && i % 50 == 7);
        }
    }

    private static string File(int i, bool authentication)
    {
        var s = new StringBuilder();
        s.AppendLine("using System.Text;");
        if (authentication)
        {
            s.AppendLine("using System.IdentityModel.Tokens.Jwt;");
            s.AppendLine("using System.Security.Claims;");
            s.AppendLine("using Microsoft.AspNetCore.Authentication.JwtBearer;");
            s.AppendLine("using Microsoft.Extensions.Configuration;");
            s.AppendLine("using Microsoft.Extensions.DependencyInjection;");
            s.AppendLine("using Microsoft.IdentityModel.JsonWebTokens;");
            s.AppendLine("using Microsoft.IdentityModel.Tokens;");
        }

        s.AppendLine($"namespace Shop.Area{i % 25}.Feature{i};");
        s.AppendLine($"public sealed record Item{i}(int Id, string Name, decimal Price, int Quantity, DateTime Created);");
        s.AppendLine($"public sealed class Item{i}Options {{ public int PageSize {{ get; set; }} = 20; public bool IncludeArchived {{ get; set; }} public string Region {{ get; set; }} = \"eu\"; }}");
        s.AppendLine($"public interface IItem{i}Store {{ Task<Item{i}?> GetAsync(int id, CancellationToken ct); IReadOnlyList<Item{i}> List(); void Save(Item{i} item); }}");
        s.AppendLine($"public sealed class Item{i}Service");
        s.AppendLine("{");
        s.AppendLine($"    private readonly IItem{i}Store _store;");
        s.AppendLine($"    private readonly Item{i}Options _options;");
        s.AppendLine("    private readonly Dictionary<string, decimal> _totals = new();");
        s.AppendLine($"    public Item{i}Service(IItem{i}Store store, Item{i}Options options) {{ _store = store; _options = options; }}");
        for (var m = 0; m < 10; m++)
        {
            s.AppendLine($"    public async Task<string> Report{m}Async(string name, CancellationToken ct)");
            s.AppendLine("    {");
            s.AppendLine("        var total = 0m;");
            s.AppendLine("        var builder = new StringBuilder();");
            s.AppendLine($"        foreach (var item in _store.List().Where(x => x.Name.StartsWith(name, StringComparison.Ordinal) && x.Quantity > {m}).OrderBy(x => x.Created).Take(_options.PageSize))");
            s.AppendLine("        {");
            s.AppendLine("            var current = await _store.GetAsync(item.Id, ct).ConfigureAwait(false);");
            s.AppendLine("            if (current is null) { continue; }");
            s.AppendLine("            total += current.Price * current.Quantity;");
            s.AppendLine("            builder.Append(current.Name).Append(';').Append(current.Price.ToString(\"F2\"));");
            s.AppendLine($"            _totals[current.Name] = _totals.TryGetValue(current.Name, out var known) ? known + current.Price : current.Price;");
            s.AppendLine("        }");
            s.AppendLine($"        var updated = new Item{i}(1, name, total, {m}, DateTime.UtcNow.AddDays(-{m}));");
            s.AppendLine("        _store.Save(updated with { Name = name.Trim() });");
            s.AppendLine("        return builder.Length > 0 ? builder.ToString() : string.Empty;");
            s.AppendLine("    }");
        }

        if (authentication)
        {
            Authentication(s, i);
        }

        s.AppendLine("}");
        return s.ToString();
    }

    private static void Authentication(StringBuilder s, int i)
    {
        s.AppendLine("    public static void AddAuth(IServiceCollection services, IConfiguration configuration)");
        s.AppendLine("    {");
        s.AppendLine("        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>");
        s.AppendLine("        {");
        s.AppendLine("            options.Authority = configuration[\"Auth:Authority\"];");
        s.AppendLine("            options.Audience = configuration[\"Auth:Audience\"];");
        s.AppendLine("            options.TokenValidationParameters = new TokenValidationParameters");
        s.AppendLine("            {");
        s.AppendLine($"                ValidateIssuer = {(i % 100 == 7 ? "false" : "true")},");
        s.AppendLine("                ClockSkew = TimeSpan.FromMinutes(2),");
        s.AppendLine("                LifetimeValidator = (notBefore, expires, token, parameters) => expires > DateTime.UtcNow,");
        s.AppendLine("                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration[\"Auth:Key\"]!)),");
        s.AppendLine("            };");
        s.AppendLine("        });");
        s.AppendLine("    }");
        s.AppendLine("    public static string Issue(ClaimsIdentity subject, SigningCredentials credentials) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor");
        s.AppendLine("    {");
        s.AppendLine("        Subject = subject, Expires = DateTime.UtcNow.AddMinutes(30), SigningCredentials = credentials,");
        s.AppendLine("    });");
        s.AppendLine("    public static async Task<ClaimsIdentity?> ValidateAsync(string token, TokenValidationParameters parameters)");
        s.AppendLine("    {");
        s.AppendLine("        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);");
        s.AppendLine("        return result.IsValid ? result.ClaimsIdentity : null;");
        s.AppendLine("    }");
    }
}
