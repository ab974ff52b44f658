using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>One value found in a production appsettings file, with where it is so that a rule can report on it.</summary>
internal readonly struct AppSetting
{
    public AppSetting(string filePath, string keyPath, string? value, TextSpan span, LinePositionSpan lineSpan)
    {
        FilePath = filePath;
        KeyPath = keyPath;
        Value = value;
        Span = span;
        LineSpan = lineSpan;
    }

    public string FilePath { get; }

    /// <summary>The key path as written in the file (<c>Auth:SigningKey</c>, <c>Jwt:Audiences:0</c>).</summary>
    public string KeyPath { get; }

    /// <summary>A string unescaped, a number or <c>true</c>/<c>false</c> as written; null for <c>null</c>, objects and arrays.</summary>
    public string? Value { get; }

    /// <summary>The whole property, from the opening quote of its name to the end of its value (for an array element, the value).</summary>
    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    public Location Location => Location.Create(FilePath, Span, LineSpan);
}

/// <summary>
/// The values of a project's production appsettings files by configuration key path. Analysers run inside the
/// compiler, which may not load System.Text.Json or any other package, so the files are read by a small reader
/// that accepts what ASP.NET Core's JSON configuration provider accepts (comments, trailing commas) and, on
/// malformed or half-typed JSON, keeps what it read before the error instead of throwing.
/// </summary>
internal sealed class AppSettings
{
    // System.Text.Json's default, which the configuration provider uses
    private const int MaxDepth = 64;

    private static readonly string[] Booleans = { "true", "false" };

    private readonly Dictionary<string, List<AppSetting>> _byKeyPath;

    private AppSettings(Dictionary<string, List<AppSetting>> byKeyPath)
    {
        _byKeyPath = byKeyPath;
    }

    public static AppSettings Empty { get; } = new(new Dictionary<string, List<AppSetting>>(StringComparer.OrdinalIgnoreCase));

    public bool IsEmpty => _byKeyPath.Count == 0;

    /// <summary>
    /// Reads <c>appsettings.json</c> and <c>appsettings.&lt;Environment&gt;.json</c>. Development and <c>*.Local.json</c>
    /// files are skipped: a development key there is expected, not a leak into production.
    /// </summary>
    public static AppSettings Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return Empty;
        }

        Dictionary<string, List<AppSetting>>? byKeyPath = null;
        foreach (var file in files)
        {
            if (!IsProductionSettingsFile(file.Path))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            byKeyPath ??= new Dictionary<string, List<AppSetting>>(StringComparer.OrdinalIgnoreCase);
            new JsonReader(file.Path, text, byKeyPath).ReadRootObject();
        }

        return byKeyPath is null ? Empty : new AppSettings(byKeyPath);
    }

    /// <summary>Every value at the key path (compared case-insensitively, like <c>IConfiguration</c>), across files in the order given.</summary>
    public IReadOnlyList<AppSetting> Find(string keyPath)
        => _byKeyPath.TryGetValue(keyPath, out var settings) ? settings : Array.Empty<AppSetting>();

    /// <summary>The first value at the key path that is neither null, empty nor whitespace.</summary>
    public AppSetting? FindNonEmpty(string keyPath)
    {
        foreach (var setting in Find(keyPath))
        {
            if (!string.IsNullOrWhiteSpace(setting.Value))
            {
                return setting;
            }
        }

        return null;
    }

    private static bool IsProductionSettingsFile(string path)
    {
        const string Prefix = "appsettings.";
        const string Extension = ".json";
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        if (string.Equals(name, "appsettings.json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.Length <= Prefix.Length + Extension.Length
            || !name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var environment = name.Substring(Prefix.Length, name.Length - Prefix.Length - Extension.Length);
        return !string.Equals(environment, "Development", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(environment, "Local", StringComparison.OrdinalIgnoreCase)
            && !environment.EndsWith(".Local", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Reads one file with an explicit stack of open containers rather than recursion, so that no input can
    /// overflow the compiler's stack; each method returns false at the first error, which ends the file.
    /// </summary>
    private sealed class JsonReader
    {
        private readonly string _filePath;
        private readonly SourceText _source;
        private readonly string _text;
        private readonly Dictionary<string, List<AppSetting>> _found;
        private readonly Stack<Container> _open = new();
        private int _position;

        public JsonReader(string filePath, SourceText source, Dictionary<string, List<AppSetting>> found)
        {
            _filePath = filePath;
            _source = source;
            _text = source.ToString();
            _found = found;
        }

        public void ReadRootObject()
        {
            SkipTrivia();
            if (!TryRead('{'))
            {
                return;
            }

            _open.Push(new Container(isArray: false, keyPath: null, start: _position - 1));
            while (_open.Count > 0 && ReadNext())
            {
            }
        }

        /// <summary>Reads the next property or element of the innermost open container, or its closing bracket.</summary>
        private bool ReadNext()
        {
            var container = _open.Peek();
            SkipTrivia();
            if (TryRead(container.IsArray ? ']' : '}'))
            {
                _open.Pop();
                if (container.KeyPath is null)
                {
                    return true;
                }

                Add(container.KeyPath, null, container.Start);
                return ReadSeparator();
            }

            var start = _position;
            string keyPath;
            if (container.IsArray)
            {
                keyPath = Child(container.KeyPath, container.NextIndex.ToString(CultureInfo.InvariantCulture));
                container.NextIndex++;
            }
            else
            {
                if (!TryReadString(out var key))
                {
                    return false;
                }

                SkipTrivia();
                if (!TryRead(':'))
                {
                    return false;
                }

                keyPath = Child(container.KeyPath, key);
                SkipTrivia();
            }

            if (Peek('{') || Peek('['))
            {
                if (_open.Count >= MaxDepth)
                {
                    return false;
                }

                _open.Push(new Container(Peek('['), keyPath, start));
                _position++;
                return true;
            }

            if (!TryReadScalar(out var value))
            {
                return false;
            }

            Add(keyPath, value, start);
            return ReadSeparator();
        }

        /// <summary>After a value: a comma (trailing ones included), or a closing bracket left for <see cref="ReadNext"/>.</summary>
        private bool ReadSeparator()
        {
            SkipTrivia();
            return TryRead(',') || Peek('}') || Peek(']');
        }

        private bool TryReadScalar(out string? value)
        {
            value = null;
            if (Peek('"'))
            {
                var read = TryReadString(out var text);
                value = text;
                return read;
            }

            if (TryReadWord("null"))
            {
                return true;
            }

            foreach (var word in Booleans)
            {
                if (TryReadWord(word))
                {
                    value = word;
                    return true;
                }
            }

            var start = _position;
            TryRead('-');
            var valid = TryReadDigits();
            if (valid && TryRead('.'))
            {
                valid = TryReadDigits();
            }

            if (valid && (TryRead('e') || TryRead('E')))
            {
                _ = TryRead('+') || TryRead('-');
                valid = TryReadDigits();
            }

            value = valid ? _text.Substring(start, _position - start) : null;
            return valid;
        }

        private bool TryReadString(out string value)
        {
            value = string.Empty;
            if (!TryRead('"'))
            {
                return false;
            }

            StringBuilder? unescaped = null;
            var runStart = _position;
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '"')
                {
                    value = unescaped is null
                        ? _text.Substring(runStart, _position - runStart)
                        : unescaped.Append(_text, runStart, _position - runStart).ToString();
                    _position++;
                    return true;
                }

                // JSON strings cannot span lines; stopping here keeps an unclosed string from swallowing the file
                if (c is '\r' or '\n')
                {
                    return false;
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, _position - runStart);
                if (!TryReadEscape(unescaped))
                {
                    return false;
                }

                runStart = _position;
            }

            return false;
        }

        private bool TryReadEscape(StringBuilder unescaped)
        {
            if (_position + 1 >= _text.Length)
            {
                return false;
            }

            var c = _text[_position + 1];
            _position += 2;
            if (c == 'u')
            {
                if (_position + 4 > _text.Length
                    || !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    return false;
                }

                unescaped.Append((char)code);
                _position += 4;
                return true;
            }

            var escaped = c switch
            {
                '"' or '\\' or '/' => c,
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => '\0',
            };
            unescaped.Append(escaped);
            return escaped != '\0';
        }

        private bool TryReadWord(string word)
        {
            var end = _position + word.Length;
            if (end > _text.Length
                || string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0
                || (end < _text.Length && char.IsLetterOrDigit(_text[end])))
            {
                return false;
            }

            _position = end;
            return true;
        }

        private bool TryReadDigits()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
            {
                _position++;
            }

            return _position > start;
        }

        private void SkipTrivia()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                var next = _position + 1 < _text.Length ? _text[_position + 1] : '\0';
                if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
                {
                    _position++;
                }
                else if (c == '/' && next == '/')
                {
                    var end = _text.IndexOf('\n', _position);
                    _position = end < 0 ? _text.Length : end + 1;
                }
                else if (c == '/' && next == '*')
                {
                    var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    _position = end < 0 ? _text.Length : end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        private bool Peek(char expected) => _position < _text.Length && _text[_position] == expected;

        private bool TryRead(char expected)
        {
            if (!Peek(expected))
            {
                return false;
            }

            _position++;
            return true;
        }

        private void Add(string keyPath, string? value, int start)
        {
            var span = TextSpan.FromBounds(start, _position);
            if (!_found.TryGetValue(keyPath, out var settings))
            {
                settings = new List<AppSetting>(1);
                _found.Add(keyPath, settings);
            }

            settings.Add(new AppSetting(_filePath, keyPath, value, span, _source.Lines.GetLinePositionSpan(span)));
        }

        private static string Child(string? parent, string key) => parent is null ? key : parent + ":" + key;
    }

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
