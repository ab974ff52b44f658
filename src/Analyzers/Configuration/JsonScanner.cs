using System;
using System.Globalization;
using System.Text;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>A position in one JSON text and the tokens read from it; the structure is <see cref="JsonSettingsReader"/>'s.</summary>
internal sealed class JsonScanner
{
    private static readonly string[] Booleans = { "true", "false" };

    private readonly string _text;
    private int _position;

    public JsonScanner(string text) => _text = text;

    public int Position => _position;

    public bool TryReadScalar(out string? value)
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

    public bool TryReadString(out string value)
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

    public void SkipTrivia()
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

    public bool Peek(char expected) => _position < _text.Length && _text[_position] == expected;

    public bool TryRead(char expected)
    {
        if (!Peek(expected))
        {
            return false;
        }

        _position++;
        return true;
    }
}
