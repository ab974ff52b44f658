using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Configuration;

namespace TokenValidationAnalyzers.Tests.Configuration;

public class AppSettingsTests
{
    private const string CommentsAndTrailingCommas = """
        {
          // ASP.NET Core accepts comments and trailing commas in its JSON configuration
          "Auth": {
            "Issuer": "https://auth.contoso.test",
            "SigningKey": "contoso-production-signing-key-committed-by-mistake",
          },
        }
        """;

    [Fact]
    public void NestedSection_FindsValue()
    {
        var settings = Read("""{ "Jwt": { "Key": "k", "Inner": { "Deep": "d" } }, "Top": "t" }""");

        Assert.False(settings.IsEmpty);
        Assert.Equal("k", Single(settings, "Jwt:Key").Value);
        Assert.Equal("d", Single(settings, "Jwt:Inner:Deep").Value);
        Assert.Equal("t", Single(settings, "Top").Value);
        Assert.Null(Single(settings, "Jwt").Value);
    }

    [Fact]
    public void DifferentCase_FindsValueWithOriginalKeyPath()
    {
        var settings = Read("""{ "Jwt": { "SigningKey": "k" } }""");

        var setting = Single(settings, "jwt:SIGNINGKEY");
        Assert.Equal("k", setting.Value);
        Assert.Equal("Jwt:SigningKey", setting.KeyPath);
    }

    [Fact]
    public void ArrayElements_AreAddressedByIndex()
    {
        const string Json = """{ "Jwt": { "Audiences": [ "a", "b" ], "Keys": [ { "Id": "1" }, { "Id": "2" } ] } }""";
        var settings = Read(Json);

        Assert.Equal("a", Single(settings, "Jwt:Audiences:0").Value);
        Assert.Equal("\"b\"", SpanText(Json, Single(settings, "Jwt:Audiences:1")));
        Assert.Equal("2", Single(settings, "Jwt:Keys:1:Id").Value);
        Assert.Equal("{ \"Id\": \"2\" }", SpanText(Json, Single(settings, "Jwt:Keys:1")));
        Assert.Equal("\"Audiences\": [ \"a\", \"b\" ]", SpanText(Json, Single(settings, "Jwt:Audiences")));
        Assert.Empty(settings.Find("Jwt:Audiences:2"));
    }

    [Fact]
    public void CommentsAndTrailingCommas_FindsSigningKeyOnLineFive()
    {
        var settings = Read(CommentsAndTrailingCommas);

        var key = Single(settings, "Auth:SigningKey");
        Assert.Equal("contoso-production-signing-key-committed-by-mistake", key.Value);
        Assert.Equal(4, key.LineSpan.Start.Line);
        Assert.StartsWith("\"SigningKey\"", SpanText(CommentsAndTrailingCommas, key));
        Assert.Equal("https://auth.contoso.test", Single(settings, "Auth:Issuer").Value);
    }

    [Fact]
    public void BlockAndLineComments_AnywhereWhitespaceIs_AreSkipped()
    {
        var settings = Read("""
            /* leading */ { /* a */ "Jwt" /* b */ : /* c */ { // d
              "Key" : /* e */ "k" /* f */ , // g
              "List": [ /* h */ 1 /* i */, 2, /* j */ ], /**/
            } /* k */ } // end
            """);

        Assert.Equal("k", Single(settings, "Jwt:Key").Value);
        Assert.Equal("2", Single(settings, "Jwt:List:1").Value);
    }

    [Fact]
    public void EscapesInStringsAndKeys_AreUnescaped()
    {
        var settings = Read("""{ "J\u0077t": { "K\"ey": "a\"b\\c\/d\b\f\n\r\t\u00e9\u20AC" } }""");

        var setting = Single(settings, "Jwt:K\"ey");
        Assert.Equal("a\"b\\c/d\b\f\n\r\té€", setting.Value);
        Assert.Equal("Jwt:K\"ey", setting.KeyPath);
    }

    [Fact]
    public void FoundProperty_SpanCoversNameToValue()
    {
        const string Json = """
            {
              "Auth": {
                "SigningKey":   "secret"
              }
            }
            """;
        var settings = Read(Json);

        var key = Single(settings, "Auth:SigningKey");
        Assert.Equal("\"SigningKey\":   \"secret\"", SpanText(Json, key));
        Assert.Equal(new LinePosition(2, 4), key.LineSpan.Start);
        Assert.Equal(new LinePosition(2, 28), key.LineSpan.End);
        var location = key.Location.GetLineSpan();
        Assert.Equal("/src/app/appsettings.json", location.Path);
        Assert.Equal(key.LineSpan, location.Span);
        Assert.Equal(key.Span, key.Location.SourceSpan);

        var auth = Single(settings, "Auth");
        Assert.StartsWith("\"Auth\": {", SpanText(Json, auth));
        Assert.EndsWith("}", SpanText(Json, auth));
        Assert.Equal(1, auth.LineSpan.Start.Line);
        Assert.Equal(3, auth.LineSpan.End.Line);
    }

    [Fact]
    public void ProductionFile_IsIncludedAfterBaseFileInGivenOrder()
    {
        var settings = AppSettings.Read(
            ImmutableArray.Create<AdditionalText>(
                new JsonFile("/src/app/appsettings.json", """{ "Jwt": { "Key": "base" } }"""),
                new JsonFile("/src/app/APPSETTINGS.Production.JSON", """{ "jwt": { "key": "prod" } }""")),
            CancellationToken.None);

        var found = settings.Find("Jwt:Key");
        Assert.Equal(2, found.Count);
        Assert.Equal("base", found[0].Value);
        Assert.Equal("prod", found[1].Value);
        Assert.Equal("/src/app/APPSETTINGS.Production.JSON", found[1].FilePath);
        Assert.Equal("jwt:key", found[1].KeyPath);
    }

    [Fact]
    public void DevelopmentAndLocalFiles_AreExcluded()
    {
        foreach (var name in new[] { "appsettings.Development.json", "appsettings.development.json", "appsettings.Local.json", "appsettings.Production.Local.json", "appsettings.Development.Local.json" })
        {
            var settings = ReadFile(@"C:\src\app\" + name, """{ "Jwt": { "Key": "k" } }""");

            Assert.True(settings.IsEmpty, name);
            Assert.Empty(settings.Find("Jwt:Key"));
        }
    }

    [Fact]
    public void OtherEnvironmentsAndWindowsPaths_AreIncluded()
    {
        foreach (var path in new[] { @"C:\src\app\appsettings.json", "appsettings.Staging.json", "/x/appsettings.Prod.EU.json" })
        {
            Assert.Equal("k", Single(ReadFile(path, """{ "Key": "k" }"""), "Key").Value);
        }
    }

    [Fact]
    public void UnrelatedAdditionalFiles_AreIgnored()
    {
        foreach (var path in new[] { "/src/other.json", "/src/appsettings.txt", "/src/myappsettings.json", "/src/appsettings.json.bak", "/src/appsettings..json", "/appsettings.json/readme.md" })
        {
            Assert.True(ReadFile(path, """{ "Key": "k" }""").IsEmpty, path);
        }
    }

    [Fact]
    public void EmptyOrWhitespaceValue_FindNonEmptyReturnsNull()
    {
        var settings = Read("""{ "Jwt": { "Key": "", "Blank": "  \t", "Null": null, "Section": { "A": "a" } } }""");

        Assert.Equal("", Single(settings, "Jwt:Key").Value);
        Assert.Null(settings.FindNonEmpty("Jwt:Key"));
        Assert.Null(settings.FindNonEmpty("Jwt:Blank"));
        Assert.Null(settings.FindNonEmpty("Jwt:Null"));
        Assert.Null(settings.FindNonEmpty("Jwt:Section"));
    }

    [Fact]
    public void MissingKey_FindReturnsEmptyAndFindNonEmptyNull()
    {
        var settings = Read("""{ "Jwt": { "Key": "k" } }""");

        Assert.Empty(settings.Find("Jwt:Missing"));
        Assert.Empty(settings.Find("Key"));
        Assert.Empty(settings.Find("Jwt:Key:0"));
        Assert.Null(settings.FindNonEmpty("Jwt:Missing"));
        Assert.Empty(AppSettings.Empty.Find("Jwt:Key"));
        Assert.Null(AppSettings.Empty.FindNonEmpty("Jwt:Key"));
        Assert.True(AppSettings.Empty.IsEmpty);
        Assert.True(AppSettings.Read(default, CancellationToken.None).IsEmpty);
        Assert.True(AppSettings.Read(ImmutableArray<AdditionalText>.Empty, CancellationToken.None).IsEmpty);
    }

    [Fact]
    public void BlankValueInBaseFile_FindNonEmptyReturnsProductionValue()
    {
        var settings = AppSettings.Read(
            ImmutableArray.Create<AdditionalText>(
                new JsonFile("/a/appsettings.json", """{ "Jwt": { "Key": "" } }"""),
                new JsonFile("/a/appsettings.Production.json", """{ "Jwt": { "Key": "prod" } }""")),
            CancellationToken.None);

        Assert.Equal("prod", settings.FindNonEmpty("jwt:key")?.Value);
    }

    [Fact]
    public void JsonNull_HasNullValue()
    {
        var setting = Single(Read("""{ "Jwt": { "Key": null } }"""), "Jwt:Key");

        Assert.Null(setting.Value);
        Assert.Equal("Jwt:Key", setting.KeyPath);
    }

    [Fact]
    public void NumbersAndBooleans_AreTheirText()
    {
        var settings = Read("""{ "A": 3600, "B": -1.5e+3, "C": 0.25, "D": true, "E": false, "F": [ 1E2 ] }""");

        Assert.Equal("3600", Single(settings, "A").Value);
        Assert.Equal("-1.5e+3", Single(settings, "B").Value);
        Assert.Equal("0.25", Single(settings, "C").Value);
        Assert.Equal("true", Single(settings, "D").Value);
        Assert.Equal("false", Single(settings, "E").Value);
        Assert.Equal("1E2", Single(settings, "F:0").Value);
    }

    [Fact]
    public void DuplicateKey_FindReturnsBothInOrder()
    {
        var found = Read("""{ "Key": "first", "key": "second" }""").Find("KEY");

        Assert.Equal(2, found.Count);
        Assert.Equal("first", found[0].Value);
        Assert.Equal("second", found[1].Value);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        Assert.Equal("k", Single(Read("\uFEFF{ \"Key\": \"k\" }"), "Key").Value);

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{ \"Key\": \"k\" }")).ToArray();
        var fromBytes = SourceText.From(bytes, bytes.Length, Encoding.UTF8);
        var settings = AppSettings.Read(ImmutableArray.Create<AdditionalText>(new JsonFile("/a/appsettings.json", fromBytes)), CancellationToken.None);
        Assert.Equal("k", Single(settings, "Key").Value);
    }

    [Fact]
    public void CrLfLineEndings_GiveRightLines()
    {
        var json = CommentsAndTrailingCommas.Replace("\r\n", "\n").Replace("\n", "\r\n");
        var settings = Read(json);

        var key = Single(settings, "Auth:SigningKey");
        Assert.Equal(4, key.LineSpan.Start.Line);
        Assert.Equal(4, key.LineSpan.Start.Character);
        Assert.StartsWith("\"SigningKey\"", SpanText(json, key));
        Assert.Equal("contoso-production-signing-key-committed-by-mistake", key.Value);
    }

    [Fact]
    public void TruncatedFile_KeepsEarlierValues()
    {
        var settings = Read("""{ "Jwt": { "Issuer": "i", "Audiences": [ "a", "b" """);

        Assert.Equal("i", Single(settings, "Jwt:Issuer").Value);
        Assert.Equal("b", Single(settings, "Jwt:Audiences:1").Value);
        Assert.Empty(settings.Find("Jwt:Audiences"));
        Assert.Empty(settings.Find("Jwt"));
    }

    [Fact]
    public void UnclosedString_KeepsEarlierValues()
    {
        var settings = Read("""
            { "Jwt": { "Issuer": "i",
              "Key": "unclosed,
              "Audience": "a" } }
            """);

        Assert.Equal("i", Single(settings, "Jwt:Issuer").Value);
        Assert.Empty(settings.Find("Jwt:Key"));
        Assert.Empty(settings.Find("Jwt:Audience"));
    }

    [Fact]
    public void Garbage_KeepsEarlierValues()
    {
        foreach (var json in new[]
        {
            """{ "A": "a", "B": nope, "C": "c" }""",
            """{ "A": "a" "C": "c" }""",
            """{ "A": "a", "B": [1,,2], "C": "c" }""",
            """{ "A": "a", "B": "\x", "C": "c" }""",
            """{ "A": "a", "B": "\u12G4", "C": "c" }""",
            """{ "A": "a", "B": { ] , "C": "c" }""",
            """{ "A": "a", "B": truex, "C": "c" }""",
            """{ "A": "a", /* unterminated "C": "c" }""",
        })
        {
            var settings = Read(json);

            Assert.Equal("a", Single(settings, "A").Value);
            Assert.Empty(settings.Find("C"));
        }
    }

    [Fact]
    public void RootNotAnObject_YieldsNothing()
    {
        foreach (var json in new[] { "", "   ", "// only a comment", "[ \"a\" ]", "\"Key\"", "42", "null", "<xml/>" })
        {
            Assert.True(Read(json).IsEmpty, json);
        }
    }

    [Fact]
    public void RandomTruncationsAndGarbage_NeverThrow()
    {
        const string Valid = """
            {
              // comment
              "Jwt": { "Key": "a\"b\u0041", "List": [ 1, -2.5e3, true, false, null, { "X": [ ] }, ], /* block */ },
            }
            """;
        for (var length = 0; length <= Valid.Length; length++)
        {
            _ = Read(Valid.Substring(0, length));
        }

        var random = new Random(20240229);
        const string Alphabet = "{}[]\":,/*\\u0aeE+-.tfn \r\n\t\uFEFF";
        for (var iteration = 0; iteration < 5000; iteration++)
        {
            var chars = Valid.ToCharArray();
            for (var change = random.Next(1, 6); change > 0; change--)
            {
                chars[random.Next(chars.Length)] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Alphabet[random.Next(Alphabet.Length)];
            }

            _ = Read(new string(chars, 0, random.Next(chars.Length + 1))).FindNonEmpty("Jwt:Key");
        }
    }

    [Fact]
    public void DeepNestingBomb_DoesNotOverflowAndKeepsEarlierValues()
    {
        var arrays = Read("""{ "Before": "b", "Bomb": """ + new string('[', 10_000) + new string(']', 10_000) + "}");
        Assert.Equal("b", Single(arrays, "Before").Value);

        var objects = new StringBuilder("{ \"Before\": \"b\", ");
        for (var i = 0; i < 10_000; i++)
        {
            objects.Append("\"a\": {");
        }

        Assert.Equal("b", Single(Read(objects.ToString()), "Before").Value);
    }

    [Fact]
    public void NestingWithinDepthLimit_Parses()
    {
        var json = new StringBuilder("{");
        for (var i = 0; i < 60; i++)
        {
            json.Append("\"a\": {");
        }

        json.Append("\"Key\": \"deep\"").Append('}', 61);

        var keyPath = string.Join(":", Enumerable.Repeat("a", 60)) + ":Key";
        Assert.Equal("deep", Single(Read(json.ToString()), keyPath).Value);
    }

    private static AppSettings Read(string json) => ReadFile("/src/app/appsettings.json", json);

    private static AppSettings ReadFile(string path, string json)
        => AppSettings.Read(ImmutableArray.Create<AdditionalText>(new JsonFile(path, json)), CancellationToken.None);

    private static AppSetting Single(AppSettings settings, string keyPath) => Assert.Single(settings.Find(keyPath));

    private static string SpanText(string json, AppSetting setting) => json.Substring(setting.Span.Start, setting.Span.Length);

    private sealed class JsonFile(string path, SourceText text) : AdditionalText
    {
        public JsonFile(string path, string json)
            : this(path, SourceText.From(json))
        {
        }

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
