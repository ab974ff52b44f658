using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Rules;

namespace TokenValidationAnalyzers.Tests.Catalogue;

/// <summary>
/// The rule catalogue agrees with itself: descriptors, IDs, analyzers, fixes, doc pages, the README rules
/// table and release tracking. Everything is discovered, so a new rule family is checked without edits here.
/// </summary>
public class CatalogueTests
{
    /// <summary>Rules whose README row is known to be missing; remove an ID once its row is written.</summary>
    public static IEnumerable<object[]> DescriptorIds() => RuleCatalogue.DescriptorIds();

    public static IEnumerable<object[]> AnalyzerNames() => RuleCatalogue.AnalyzerNames();

    public static IEnumerable<object[]> CodeFixProviderNames() => RuleCatalogue.CodeFixProviderNames();

    [Fact]
    public void Discovery_FindsDescriptorsAnalyzersAndFixes()
    {
        Assert.NotEmpty(RuleCatalogue.DescriptorFields);
        Assert.NotEmpty(RuleCatalogue.AnalyzerTypes);
        Assert.NotEmpty(RuleCatalogue.CodeFixProviderTypes);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_IdIsInRuleRange(string id)
        => Assert.Matches(new Regex(@"^TVA[1-7]\d{3}$"), id);

    [Fact]
    public void Descriptors_HaveUniqueIdsAndAreNamedAfterThem()
    {
        var duplicates = RuleCatalogue.DescriptorFields.GroupBy(entry => entry.Descriptor.Id).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.Empty(duplicates);
        Assert.All(RuleCatalogue.DescriptorFields, entry => Assert.Equal(entry.Field, entry.Descriptor.Id));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_IsInSecurityCategory(string id)
    {
        Assert.Equal("Security", RuleCatalogue.ById[id].Category);
        Assert.Equal(Descriptors.Category, RuleCatalogue.ById[id].Category);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_HelpLinkPointsAtDocPage(string id)
        => Assert.Equal(Descriptors.HelpLinkBase + id + ".md", RuleCatalogue.ById[id].HelpLinkUri);

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_TitleIsSentenceWithoutPeriod(string id)
    {
        var title = RuleCatalogue.ById[id].Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(string.IsNullOrWhiteSpace(title), id + " has no title");
        Assert.Equal(title.Trim(), title);
        Assert.False(title.EndsWith('.'), $"{id} title ends with a period: '{title}'");
    }

    [Fact]
    public void ExportedAnalyzer_SupportsEveryDescriptorOnce()
    {
        var supported = new TokenValidationAnalyzer().SupportedDiagnostics;
        Assert.Equal(supported.Length, supported.Select(d => d.Id).Distinct().Count());
        Assert.Equal(
            RuleCatalogue.ById.Keys.OrderBy(id => id, StringComparer.Ordinal),
            supported.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_IsSupportedByAnAnalyzer(string id)
    {
        var supporting = RuleCatalogue.CreateAnalyzers().Where(analyzer => analyzer.SupportedDiagnostics.Any(supported => supported.Id == id));
        Assert.NotEmpty(supporting);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzer_SupportsOnlyCatalogueDescriptors(string analyzerName)
    {
        var analyzer = CreateAnalyzer(analyzerName);
        Assert.NotEmpty(analyzer.SupportedDiagnostics);
        Assert.All(analyzer.SupportedDiagnostics, supported =>
            Assert.True(RuleCatalogue.DescriptorFields.Any(entry => ReferenceEquals(entry.Descriptor, supported)), $"{supported.Id} is not a Descriptors field"));
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzer_ReportsEverySupportedDescriptor(string analyzerName)
    {
        var sources = Directory.GetFiles(RuleCatalogue.PathInRepository("src", "Analyzers"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path) && Path.GetFileName(path) != "Descriptors.cs")
            .Select(path => SupportedDiagnosticsDeclaration.Replace(File.ReadAllText(path), ""))
            .ToArray();
        Assert.All(CreateAnalyzer(analyzerName).SupportedDiagnostics, supported =>
            Assert.True(
                sources.Any(text => Regex.IsMatch(text, @"\bDescriptors\." + supported.Id + @"\b")),
                $"{analyzerName} supports {supported.Id} but no source under src/Analyzers uses Descriptors.{supported.Id}"));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_DocPageFrontMatterMatches(string id)
    {
        var descriptor = RuleCatalogue.ById[id];
        var page = DocPath(id);
        Assert.True(File.Exists(page), $"missing docs/rules/{id}.md");
        var frontMatter = FrontMatter(File.ReadAllLines(page));
        Assert.Equal(id, frontMatter.GetValueOrDefault("id"));
        Assert.Equal(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), frontMatter.GetValueOrDefault("title"));
        Assert.Equal(descriptor.DefaultSeverity.ToString(), frontMatter.GetValueOrDefault("severity"));
        Assert.Equal(descriptor.Category, frontMatter.GetValueOrDefault("category"));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_DocPageHasTitleHeading(string id)
    {
        var heading = $"# {id}: {RuleCatalogue.ById[id].Title}";
        Assert.True(File.Exists(DocPath(id)), $"missing docs/rules/{id}.md");
        Assert.Contains(heading, File.ReadAllLines(DocPath(id)).Select(line => line.TrimEnd()));
    }

    [Fact]
    public void DocPages_AllHaveDescriptors()
    {
        var orphans = Directory.GetFiles(RuleCatalogue.PathInRepository("docs", "rules"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !RuleCatalogue.ById.ContainsKey(name!));
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_ReadmeRowMatches(string id)
    {
        var descriptor = RuleCatalogue.ById[id];
        var rows = ReadmeRuleRows().Where(cells => cells[0].Contains($"[{id}](docs/rules/{id}.md)", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        Assert.Contains(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), row);
        Assert.Contains(descriptor.DefaultSeverity.ToString(), row);
    }

    [Fact]
    public void ReadmeRows_AllHaveDescriptors()
    {
        var unknown = ReadmeRuleRows()
            .SelectMany(cells => Regex.Matches(cells[0], @"TVA\d+").Select(match => match.Value))
            .Where(id => !RuleCatalogue.ById.ContainsKey(id));
        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_HasReleaseTrackingRow(string id)
    {
        var descriptor = RuleCatalogue.ById[id];
        var rows = ReleaseTrackingRows().Where(row => row.Section == "New Rules" && row.Cells[0] == id).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row.Cells.ElementAtOrDefault(1));
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Cells.ElementAtOrDefault(2));
    }

    [Fact]
    public void ReleaseTrackingRows_AllHaveDescriptors()
    {
        var unknown = ReleaseTrackingRows()
            .Where(row => row.Section != "Removed Rules" && !RuleCatalogue.ById.ContainsKey(row.Cells[0]))
            .Select(row => row.Cells[0]);
        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(CodeFixProviderNames))]
    public void CodeFixProvider_IsExportedAndNotShared(string providerName)
    {
        var type = RuleCatalogue.CodeFixProviderTypes.Single(candidate => candidate.FullName == providerName);
        Assert.NotNull(type.GetCustomAttribute<ExportCodeFixProviderAttribute>());
        Assert.DoesNotContain(type.GetCustomAttributes(inherit: true), attribute => attribute.GetType().Name == "SharedAttribute");
    }

    [Theory]
    [MemberData(nameof(CodeFixProviderNames))]
    public void CodeFixProvider_HasFixAllAndFixesOnlyKnownIds(string providerName)
    {
        var provider = RuleCatalogue.CreateCodeFixProviders().Single(candidate => candidate.GetType().FullName == providerName);
        Assert.NotNull(provider.GetFixAllProvider());
        Assert.NotEmpty(provider.FixableDiagnosticIds);
        Assert.All(provider.FixableDiagnosticIds, id => Assert.True(RuleCatalogue.ById.ContainsKey(id), $"{providerName} fixes unknown ID {id}"));
    }

    private static readonly Regex SupportedDiagnosticsDeclaration =
        new(@"SupportedDiagnostics\s*(\{\s*get;\s*\})?\s*=>?[^;]*;", RegexOptions.Singleline);

    private static DiagnosticAnalyzer CreateAnalyzer(string fullName)
        => RuleCatalogue.CreateAnalyzers().Single(analyzer => analyzer.GetType().FullName == fullName);

    private static bool IsBuildOutput(string path)
        => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string DocPath(string id) => RuleCatalogue.PathInRepository("docs", "rules", id + ".md");

    private static Dictionary<string, string> FrontMatter(string[] lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return values;
        }

        foreach (var line in lines.Skip(1).TakeWhile(line => line.Trim() != "---"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }

        return values;
    }

    /// <summary>The cells of README table rows whose first cell names a rule.</summary>
    private static IEnumerable<string[]> ReadmeRuleRows()
        => File.ReadAllLines(RuleCatalogue.PathInRepository("README.md"))
            .Where(line => line.TrimStart().StartsWith('|'))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => Regex.IsMatch(cells[0], @"^\[?TVA\d"));

    private static IEnumerable<(string Section, string[] Cells)> ReleaseTrackingRows()
    {
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            var path = RuleCatalogue.PathInRepository("src", "Analyzers", file);
            if (!File.Exists(path))
            {
                continue;
            }

            var section = "";
            foreach (var line in File.ReadAllLines(path))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    section = line[4..].Trim();
                }
                else if (Regex.IsMatch(line, @"^\s*TVA\d"))
                {
                    yield return (section, line.Split('|').Select(cell => cell.Trim()).ToArray());
                }
            }
        }
    }
}
