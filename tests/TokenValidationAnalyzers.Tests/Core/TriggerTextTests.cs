using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenValidationAnalyzers.Core;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Core;

/// <summary>
/// Calls are found by the name written before their argument list (<see cref="TriggerText"/>), not by a callback per
/// call: every way C# spells a call must still be found, and a name that is not a call must find nothing.
/// </summary>
public class TriggerTextTests
{
    private const string Relax = "\"Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation\"";

    private static Task VerifyMembers(string members, string usings = "") => Verify<TokenValidationAnalyzer>.AnalyzerAsync($$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        {{usings}}
        static class Startup
        {
        {{members}}
        }
        """);

    [Theory]
    [InlineData("AppContext.{|TVA5006:SetSwitch|}(" + Relax + ", true);")]
    [InlineData("AppContext.{|TVA5006:SetSwitch|}   (" + Relax + ", true);")]
    [InlineData("AppContext.{|TVA5006:SetSwitch|}\n        (" + Relax + ", true);")]
    [InlineData("AppContext . {|TVA5006:SetSwitch|} /* why */ (" + Relax + ", true);")]
    [InlineData("AppContext.{|TVA5006:SetSwitch|} // relaxed on purpose\n        (" + Relax + ", true);")]
    [InlineData("AppContext.{|TVA5006:SetSwitch|}\n#pragma warning disable CS0618\n        (" + Relax + ", true);")]
    [InlineData("System.AppContext.{|TVA5006:@SetSwitch|}(" + Relax + ", true);")]
    [InlineData("AppContext.{|TVA5006:Set\\u0053witch|}(" + Relax + ", true);")]
    [InlineData("AppContext.{|TVA5006:SetSwitc\\u0068|}(" + Relax + ", true);")]
    [InlineData("Run(() => AppContext.{|TVA5006:SetSwitch|}(" + Relax + ", true));")]
    [InlineData("Run(() => { if (Check((1))) AppContext.{|TVA5006:SetSwitch|}((" + Relax + "), true); });")]
    public Task CallSpellings_Report(string statement) => VerifyMembers($$"""
            static void Run(Action action) => action();
            static bool Check(int value) => value > (0);
            public static void Configure()
            {
                {{statement}}
            }
        """);

    [Fact]
    public Task CallWithoutReceiver_Reports() => VerifyMembers($$"""
            public static void Configure() => {|TVA5006:SetSwitch|}({{Relax}}, true);
        """, usings: "using static System.AppContext;");

    [Fact]
    public Task CallInFieldInitializer_Reports() => VerifyMembers($$"""
            private static readonly bool Relaxed = Apply(() => AppContext.{|TVA5006:SetSwitch|}({{Relax}}, true));
            static bool Apply(Action action) { action(); return true; }
        """);

    [Theory]
    [InlineData("GetValue<string>")]
    [InlineData("GetValue< string >")]
    [InlineData("GetValue<string?>")]
    [InlineData("GetValue <string>")]
    public Task GenericCall_Reports(string callee) => VerifyMembers($$"""
            public static SymmetricSecurityKey Key(IConfiguration config)
            {
                var secret = config.{{callee}}("Jwt:Key", {|TVA3002:"fallback-signing-key-0123456789abcdef"|});
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
            }
        """);

    [Fact]
    public Task ConditionalCall_Reports() => Verify<TokenValidationAnalyzer>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        class C
        {
            JwtBearerEvents Create() => new JwtBearerEvents
            {
                OnAuthenticationFailed = ctx =>
                {
                    ctx?.{|TVA6003:Success|}();
                    return Task.CompletedTask;
                },
            };
        }
        """);

    [Theory]
    [InlineData("// AppContext.SetSwitch(" + Relax + ", true);")]
    [InlineData("/* AppContext.SetSwitch(" + Relax + ", true); */")]
    [InlineData("var text = \"AppContext.SetSwitch(\" + " + Relax + ";")]
    [InlineData("var text = $\"AppContext.SetSwitch({1})\";")]
    [InlineData("var name = nameof(AppContext.SetSwitch);")]
    [InlineData("Func<bool, bool> f = on => (on); Flags.SetSwitch(" + Relax + ", true);")]
    [InlineData("int a = 1, b = 2; if (a > (b)) { Flags.SetSwitch(" + Relax + ", a < b); }")]
    public Task NotALibraryCall_IsSilent(string statement) => VerifyMembers($$"""
            static class Flags { public static void SetSwitch(string name, bool on) { } }
            public static void Configure()
            {
                {{statement}}
            }
        """);

    [Fact]
    public Task DisabledCode_IsSilent() => VerifyMembers($$"""
            public static void Configure()
            {
        #if NEVER_DEFINED
                AppContext.SetSwitch({{Relax}}, true);
        #endif
            }
        """);

    [Theory]
    [InlineData("Name(", "Name")]
    [InlineData("x.Name (", "Name")]
    [InlineData("x?.Name\t(", "Name")]
    [InlineData("@Name(", "Name")]
    [InlineData("Name<T>(", "Name")]
    [InlineData("Name<Dictionary<string, (int A, string[] B)>>(", "Name")]
    [InlineData("Name<int?> (", "Name")]
    public void TryReadName_ReadsTheCalledName(string text, string expected)
    {
        Assert.True(TriggerText.TryReadNameBefore(text, text.LastIndexOf('('), out var start, out var end, out var unsure));
        Assert.False(unsure);
        Assert.Equal(expected, text.Substring(start, end - start));
    }

    [Theory]
    [InlineData("(")]
    [InlineData("x => (")]
    [InlineData("p->(")]
    [InlineData("; > (")]
    public void TryReadName_WithoutAName_FindsNone(string text)
        => Assert.False(TriggerText.TryReadNameBefore(text, text.LastIndexOf('('), out _, out _, out _));

    [Theory]
    [InlineData("Name /* c */ (")]
    [InlineData("Name // c\n(")]
    [InlineData("Name\r\n    (")]
    [InlineData("Name<T>\n(")]
    [InlineData("Set\\u0053witch(")]
    public void TryReadName_WhereTheTextCannotTell_AsksTheTree(string text)
    {
        Assert.True(TriggerText.TryReadNameBefore(text, text.LastIndexOf('('), out _, out _, out var unsure));
        Assert.True(unsure);
    }

    /// <summary>
    /// The vector pass hands out the same positions as reading one character at a time, wherever the block boundaries
    /// fall: every <c>(</c>; every <c>=</c> but those of <c>==</c>, <c>=&gt;</c>, <c>!=</c>, <c>&lt;=</c>, <c>&gt;=</c>;
    /// every <c>??</c> and <c>new</c>; and once a backslash is written, every later position says so.
    /// </summary>
    [Fact]
    public void FindTriggers_AtEveryOffset_AgreesWithReadingCharacterByCharacter()
    {
        const string Code = "a == b; x => y; c != d; e <= f; g >= h; i += 1; j ??= k; l ?? m; var n = new N(); renew(); p.Q = (1); "
            + "R<T>(s); t=u==v; w\"\\n\"; p.Validate\\u0049ssuer = false; z=new(); q==r=>s!=t";
        for (var offset = 0; offset < 70; offset++)
        {
            var text = new string(' ', offset) + Code + new string(' ', offset % 7);
            var sink = new RecordingSink();
            TriggerText.FindTriggers(text, new TextSpan(0, text.Length), ref sink);

            Assert.Equal(ReadOneByOne(text), sink.Found.OrderBy(found => found.Position).Select(found => (found.Kind, found.Position)));
            var firstBackslash = text.IndexOf('\\');
            Assert.All(sink.Found, found => Assert.True(found.Kind == 'n' || found.AfterBackslash || found.Position < firstBackslash, $"offset {offset}: {found}"));
        }
    }

    private static List<(char Kind, int Position)> ReadOneByOne(string text)
    {
        var found = new List<(char, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (text[i])
            {
                case '(':
                    found.Add(('(', i));
                    break;
                case '=' when after is not ('=' or '>') && before is not ('=' or '!' or '<' or '>'):
                    found.Add(('=', i));
                    break;
                case '?' when after == '?':
                case 'n' when after == 'e' && i + 2 < text.Length && text[i + 2] == 'w':
                    found.Add(('n', i));
                    break;
            }
        }

        return found;
    }

    private struct RecordingSink : ITriggerSink
    {
        public RecordingSink() => Found = new List<(char Kind, int Position, bool AfterBackslash)>();

        public List<(char Kind, int Position, bool AfterBackslash)> Found { get; }

        public void Call(string text, int paren, bool afterBackslash) => Found.Add(('(', paren, afterBackslash));

        public void Assignment(string text, int equals, bool afterBackslash) => Found.Add(('=', equals, afterBackslash));

        public void FallbackOrCreation(string text, int position) => Found.Add(('n', position, false));
    }

    /// <summary>
    /// A file read once and found to hold no trigger is not read again for the same names (the IDE builds a compilation
    /// per edit from the same syntax trees), but is for other names: here a global alias added in another file makes
    /// its <c>new P()</c> a creation of the parameters.
    /// </summary>
    [Fact]
    public async Task FileWithoutTriggers_IsReadAgainForOtherNames()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var startup = CSharpSyntaxTree.ParseText(
            "static class Startup { public static Microsoft.IdentityModel.Tokens.TokenValidationParameters Create() => new P(); }", parse);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TokenValidationAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, false, false);
        var first = CSharpCompilation.Create("First", new[] { startup }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var withoutAlias = await first.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var again = await first.RemoveAllSyntaxTrees().AddSyntaxTrees(startup).WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var alias = CSharpSyntaxTree.ParseText("global using P = Microsoft.IdentityModel.Tokens.TokenValidationParameters;", parse);
        var withAlias = await first.AddSyntaxTrees(alias).WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(withoutAlias);
        Assert.Empty(again);
        Assert.Equal(new[] { "TVA1009", "TVA1010" }, withAlias.Select(d => d.Id).OrderBy(id => id));
    }

    /// <summary>The IDE analyzes the span it shows: calls in that span are found, calls outside it are not scanned.</summary>
    [Fact]
    public async Task FilterSpan_FindsTheCallsInTheSpanOnly()
    {
        var source = $$"""
            using System;
            static class Startup
            {
                public static void First() => AppContext.SetSwitch({{Relax}}, true);
                public static void Second() => AppContext.SetSwitch({{Relax}}, true);
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Span", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TokenValidationAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, true, false));
        var second = source.IndexOf("public static void Second", StringComparison.Ordinal);
        var span = TextSpan.FromBounds(second, source.IndexOf('}', second) + 1);

        var inSpan = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), span, CancellationToken.None);

        var diagnostic = Assert.Single(inSpan, d => d.Id == "TVA5006");
        Assert.True(span.Contains(diagnostic.Location.SourceSpan));
    }
}
