using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Bench;

/// <summary>The running shared frameworks plus, optionally, the identity libraries next to this program.</summary>
internal static class References
{
    public static List<MetadataReference> Load(bool withIdentity)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var references = new List<MetadataReference>();
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in platform.Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll")))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var identity = name.Contains("IdentityModel", StringComparison.Ordinal) || name.Contains("Authentication.JwtBearer", StringComparison.Ordinal);
            if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("TokenValidationAnalyzers", StringComparison.Ordinal)
                || (identity && !withIdentity) || !seen.Add(name))
            {
                continue;
            }

            try
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
            catch (BadImageFormatException)
            {
            }
        }

        return references;
    }
}
