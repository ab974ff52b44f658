using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Configuration;

namespace TokenValidationAnalyzers.Tests.Configuration;

/// <summary>web.config / app.config <c>&lt;appSettings&gt;</c>: what <c>ConfigurationManager.AppSettings</c> reads.</summary>
public class AppConfigSettingsTests
{
    private const string WebConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <!-- token settings -->
          <appSettings>
            <add key="ida:Audience" value="https://contoso.test/api" />
            <add key="Jwt:Key"   value="committed-signing-key-0123456789abcdef"/>
          </appSettings>
          <system.web>
            <add key="Jwt:Other" value="not an app setting" />
          </system.web>
        </configuration>
        """;

    [Fact]
    public void AddElements_FoundByKeyIgnoringCase()
    {
        var settings = Read(WebConfig);

        Assert.Equal("https://contoso.test/api", Single(settings, "ida:audience").Value);
        var key = Single(settings, "JWT:KEY");
        Assert.Equal("committed-signing-key-0123456789abcdef", key.Value);
        Assert.Equal("Jwt:Key", key.KeyPath);
        Assert.Empty(settings.Find("Jwt:Other"));
    }

    [Fact]
    public void AddElement_SpanCoversWholeElement()
    {
        var settings = Read(WebConfig);

        var key = Single(settings, "Jwt:Key");
        Assert.Equal("""<add key="Jwt:Key"   value="committed-signing-key-0123456789abcdef"/>""", SpanText(WebConfig, key));
        Assert.Equal(new LinePosition(5, 4), key.LineSpan.Start);
        Assert.Equal(5, key.LineSpan.End.Line);
        Assert.Equal("/src/app/Web.config", key.Location.GetLineSpan().Path);
        Assert.Equal(key.Span, key.Location.SourceSpan);
    }

    [Fact]
    public void AttributesInAnyOrderAndSingleQuotes_AreRead()
    {
        const string Xml = "<configuration>\n<appSettings>\n  <add value='a > b \"quoted\"' key='Jwt:Key' />\n</appSettings>\n</configuration>";
        var key = Single(Read(Xml), "Jwt:Key");

        Assert.Equal("a > b \"quoted\"", key.Value);
        Assert.Equal("<add value='a > b \"quoted\"' key='Jwt:Key' />", SpanText(Xml, key));
        Assert.Equal(2, key.LineSpan.Start.Line);
    }

    [Fact]
    public void EntitiesInValues_AreExpanded()
    {
        var key = Single(Read("""<configuration><appSettings><add key="Jwt:Key" value="a&amp;b&#x41;&lt;"/></appSettings></configuration>"""), "Jwt:Key");

        Assert.Equal("a&bA<", key.Value);
    }

    [Fact]
    public void DuplicateKey_LastAddWins()
    {
        var found = Read("""
            <configuration><appSettings>
              <add key="Jwt:Key" value="first" />
              <add key="jwt:key" value="second" />
            </appSettings></configuration>
            """).Find("Jwt:Key");

        Assert.Equal("second", Assert.Single(found).Value);
    }

    [Fact]
    public void RemoveAndClear_DropEarlierEntries()
    {
        var settings = Read("""
            <configuration><appSettings>
              <add key="Dropped" value="x" />
              <add key="Jwt:Key" value="first" />
              <remove key="JWT:KEY" />
              <clear />
              <add key="Kept" value="k" />
              <add key="Removed" value="r" />
              <remove key="Removed" />
            </appSettings></configuration>
            """);

        Assert.Empty(settings.Find("Dropped"));
        Assert.Empty(settings.Find("Jwt:Key"));
        Assert.Empty(settings.Find("Removed"));
        Assert.Equal("k", Single(settings, "Kept").Value);
    }

    [Fact]
    public void AddWithoutValue_HasNullValue()
    {
        Assert.Null(Single(Read("""<configuration><appSettings><add key="Jwt:Key" /></appSettings></configuration>"""), "Jwt:Key").Value);
        Assert.Empty(Read("""<configuration><appSettings><add value="v" /></appSettings></configuration>""").Find(""));
    }

    [Fact]
    public void OldDefaultNamespace_IsRead()
    {
        const string Xml = """<configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0"><appSettings><add key="K" value="v"/></appSettings></configuration>""";

        Assert.Equal("v", Single(Read(Xml), "K").Value);
    }

    [Fact]
    public void ElementsOutsideConfigurationAppSettings_AreIgnored()
    {
        foreach (var xml in new[]
        {
            """<settings><appSettings><add key="K" value="v"/></appSettings></settings>""",
            """<configuration><location path="."><appSettings><add key="K" value="v"/></appSettings></location></configuration>""",
            """<configuration><appSettings><group><add key="K" value="v"/></group></appSettings></configuration>""",
            """<configuration><other><add key="K" value="v"/></other></configuration>""",
        })
        {
            Assert.True(Read(xml).IsEmpty, xml);
        }
    }

    [Fact]
    public void MalformedFile_IsSkippedWhole()
    {
        foreach (var xml in new[]
        {
            """<configuration><appSettings><add key="K" value="v"/><add key="L" value="w"></appSettings></configuration>""",
            """<configuration><appSettings><add key="K" value="v"/>""",
            """<configuration><appSettings><add key="K" value="v" key="again"/></appSettings></configuration>""",
            """<configuration><appSettings><add key="K" value="a&b"/></appSettings></configuration>""",
            "{ \"Jwt\": { \"Key\": \"k\" } }",
        })
        {
            Assert.True(Read(xml).IsEmpty, xml);
        }
    }

    [Fact]
    public void DtdAndEntities_AreNeverProcessed()
    {
        const string ExternalEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE configuration [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <configuration><appSettings><add key="K" value="&secret;"/></appSettings></configuration>
            """;
        const string Bomb = """
            <!DOCTYPE configuration [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
            <configuration><appSettings><add key="K" value="&b;"/></appSettings></configuration>
            """;

        Assert.True(Read(ExternalEntity).IsEmpty);
        Assert.True(Read(Bomb).IsEmpty);
    }

    [Fact]
    public void EmptyWhitespaceAndBom_YieldNothingOrRead()
    {
        Assert.True(Read("").IsEmpty);
        Assert.True(Read("   \n").IsEmpty);
        Assert.True(Read("<configuration/>").IsEmpty);

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(WebConfig)).ToArray();
        var settings = AppSettings.ReadAppConfig(
            ImmutableArray.Create<AdditionalText>(new XmlFile("/a/web.config", SourceText.From(bytes, bytes.Length, Encoding.UTF8))), CancellationToken.None);
        Assert.Equal(new LinePosition(5, 4), Single(settings, "Jwt:Key").LineSpan.Start);
    }

    [Fact]
    public void CrLfLineEndings_GiveRightLines()
    {
        var xml = WebConfig.Replace("\r\n", "\n").Replace("\n", "\r\n");
        var key = Single(Read(xml), "Jwt:Key");

        Assert.Equal(new LinePosition(5, 4), key.LineSpan.Start);
        Assert.StartsWith("<add key=\"Jwt:Key\"", SpanText(xml, key));
    }

    [Fact]
    public void OnlyWebConfigAndAppConfig_AreRead()
    {
        foreach (var path in new[] { "/src/Web.config", "/src/web.CONFIG", @"C:\src\App.config", "app.config" })
        {
            Assert.Equal("v", Single(ReadFile(path, """<configuration><appSettings><add key="K" value="v"/></appSettings></configuration>"""), "K").Value);
        }

        foreach (var path in new[] { "/src/Web.Release.config", "/src/Web.Debug.config", "/src/appsettings.json", "/src/packages.config", "/src/myweb.config" })
        {
            Assert.True(ReadFile(path, """<configuration><appSettings><add key="K" value="v"/></appSettings></configuration>""").IsEmpty, path);
        }
    }

    [Fact]
    public void AppSettingsJson_IsNotReadAsAppConfig_AndWebConfigNotAsJson()
    {
        var files = ImmutableArray.Create<AdditionalText>(
            new XmlFile("/a/appsettings.json", SourceText.From("""{ "Jwt": { "Key": "json" } }""")),
            new XmlFile("/a/web.config", SourceText.From("""<configuration><appSettings><add key="Jwt:Key" value="xml"/></appSettings></configuration>""")));

        Assert.Equal("xml", Single(AppSettings.ReadAppConfig(files, CancellationToken.None), "Jwt:Key").Value);
        Assert.Equal("json", Single(AppSettings.Read(files, CancellationToken.None), "Jwt:Key").Value);
    }

    [Fact]
    public void RandomTruncationsAndGarbage_NeverThrow()
    {
        for (var length = 0; length <= WebConfig.Length; length++)
        {
            _ = Read(WebConfig.Substring(0, length));
        }

        var random = new Random(20261207);
        const string Alphabet = "<>/=\"'&;!?[]- \r\n\t\uFEFFak";
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var chars = WebConfig.ToCharArray();
            for (var change = random.Next(1, 6); change > 0; change--)
            {
                chars[random.Next(chars.Length)] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Alphabet[random.Next(Alphabet.Length)];
            }

            _ = Read(new string(chars, 0, random.Next(chars.Length + 1))).FindNonEmpty("Jwt:Key");
        }
    }

    private static AppSettings Read(string xml) => ReadFile("/src/app/Web.config", xml);

    private static AppSettings ReadFile(string path, string xml)
        => AppSettings.ReadAppConfig(ImmutableArray.Create<AdditionalText>(new XmlFile(path, SourceText.From(xml))), CancellationToken.None);

    private static AppSetting Single(AppSettings settings, string key) => Assert.Single(settings.Find(key));

    private static string SpanText(string xml, AppSetting setting) => xml.Substring(setting.Span.Start, setting.Span.Length);

    private sealed class XmlFile(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
