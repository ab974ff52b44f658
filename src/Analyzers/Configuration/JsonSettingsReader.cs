using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>
/// Reads one appsettings file into values by configuration key path. Analysers run inside the compiler, which may
/// not load System.Text.Json or any other package, so this reader accepts what ASP.NET Core's JSON configuration
/// provider accepts (comments, trailing commas) and, on malformed or half-typed JSON, keeps what it read before the
/// error instead of throwing. It keeps an explicit stack of open containers rather than recursing, so that no input
/// can overflow the compiler's stack; each method returns false at the first error, which ends the file.
/// </summary>
internal sealed class JsonSettingsReader
{
    // System.Text.Json's default, which the configuration provider uses
    private const int MaxDepth = 64;

    private readonly string _filePath;
    private readonly SourceText _source;
    private readonly JsonScanner _scanner;
    private readonly Dictionary<string, List<AppSetting>> _found;
    private readonly Stack<Container> _open = new();

    private JsonSettingsReader(string filePath, SourceText source, Dictionary<string, List<AppSetting>> found)
    {
        _filePath = filePath;
        _source = source;
        _scanner = new JsonScanner(source.ToString());
        _found = found;
    }

    /// <summary>Adds every value of the file's root object to <paramref name="found"/>, after those already there.</summary>
    public static void Read(string filePath, SourceText source, Dictionary<string, List<AppSetting>> found)
        => new JsonSettingsReader(filePath, source, found).ReadRootObject();

    private void ReadRootObject()
    {
        _scanner.SkipTrivia();
        var start = _scanner.Position;
        if (!_scanner.TryRead('{'))
        {
            return;
        }

        _open.Push(new Container(isArray: false, keyPath: null, start));
        while (_open.Count > 0 && ReadNext())
        {
        }
    }

    /// <summary>Reads the next property or element of the innermost open container, or its closing bracket.</summary>
    private bool ReadNext()
    {
        var container = _open.Peek();
        _scanner.SkipTrivia();
        if (_scanner.TryRead(container.IsArray ? ']' : '}'))
        {
            _open.Pop();
            if (container.KeyPath is null)
            {
                return true;
            }

            Add(container.KeyPath, null, container.Start);
            return ReadSeparator();
        }

        var start = _scanner.Position;
        string keyPath;
        if (container.IsArray)
        {
            keyPath = Child(container.KeyPath, container.NextIndex.ToString(CultureInfo.InvariantCulture));
            container.NextIndex++;
        }
        else
        {
            if (!_scanner.TryReadString(out var key))
            {
                return false;
            }

            _scanner.SkipTrivia();
            if (!_scanner.TryRead(':'))
            {
                return false;
            }

            keyPath = Child(container.KeyPath, key);
            _scanner.SkipTrivia();
        }

        var isArray = _scanner.Peek('[');
        if (isArray || _scanner.Peek('{'))
        {
            if (_open.Count >= MaxDepth)
            {
                return false;
            }

            _open.Push(new Container(isArray, keyPath, start));
            return _scanner.TryRead(isArray ? '[' : '{');
        }

        if (!_scanner.TryReadScalar(out var value))
        {
            return false;
        }

        Add(keyPath, value, start);
        return ReadSeparator();
    }

    /// <summary>After a value: a comma (trailing ones included), or a closing bracket left for <see cref="ReadNext"/>.</summary>
    private bool ReadSeparator()
    {
        _scanner.SkipTrivia();
        return _scanner.TryRead(',') || _scanner.Peek('}') || _scanner.Peek(']');
    }

    private void Add(string keyPath, string? value, int start)
    {
        var span = TextSpan.FromBounds(start, _scanner.Position);
        if (!_found.TryGetValue(keyPath, out var settings))
        {
            settings = new List<AppSetting>(1);
            _found.Add(keyPath, settings);
        }

        settings.Add(new AppSetting(_filePath, keyPath, value, span, _source.Lines.GetLinePositionSpan(span)));
    }

    private static string Child(string? parent, string key) => parent is null ? key : parent + ":" + key;

    private sealed class Container
    {
        public Container(bool isArray, string? keyPath, int start)
        {
            IsArray = isArray;
            KeyPath = keyPath;
            Start = start;
        }

        public bool IsArray { get; }

        /// <summary>Null for the root object, whose properties are top-level keys.</summary>
        public string? KeyPath { get; }

        public int Start { get; }

        public int NextIndex { get; set; }
    }
}
