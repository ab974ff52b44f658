using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>
/// Reads the <c>configuration/appSettings</c> entries of one <c>web.config</c>/<c>app.config</c> as .NET Framework applies
/// them: a later <c>&lt;add&gt;</c> of a key replaces the earlier one, <c>&lt;remove&gt;</c> and <c>&lt;clear/&gt;</c> drop what
/// came before. Never resolves anything: DTDs are prohibited and there is no resolver, so no entity or external file is
/// read. A malformed file gives nothing.
/// </summary>
internal static class XmlAppSettingsReader
{
    private const long MaxCharacters = 10 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>Adds the file's entries to <paramref name="found"/>, after those already there.</summary>
    public static void Read(string filePath, SourceText source, Dictionary<string, List<AppSetting>> found)
    {
        List<AppSetting>? entries;
        try
        {
            entries = ReadEntries(filePath, source);
        }
        catch (XmlException)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (!found.TryGetValue(entry.KeyPath, out var settings))
            {
                settings = new List<AppSetting>(1);
                found.Add(entry.KeyPath, settings);
            }

            settings.Add(entry);
        }
    }

    private static List<AppSetting> ReadEntries(string filePath, SourceText source)
    {
        var text = source.ToString();
        var entries = new List<AppSetting>();
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        var lineInfo = reader as IXmlLineInfo;
        var inConfiguration = false;
        var inAppSettings = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // document order: the last element seen at a depth is the parent of what follows deeper
            switch (reader.Depth)
            {
                case 0:
                    inConfiguration = IsElement(reader, "configuration");
                    continue;
                case 1:
                    inAppSettings = inConfiguration && IsElement(reader, "appSettings");
                    continue;
                case 2 when inAppSettings:
                    break;
                default:
                    continue;
            }

            switch (reader.LocalName)
            {
                case "add" when reader.GetAttribute("key") is { } key:
                    RemoveKey(entries, key);
                    if (Span(text, source, lineInfo) is { } span)
                    {
                        entries.Add(new AppSetting(filePath, key, reader.GetAttribute("value"), span, source.Lines.GetLinePositionSpan(span)));
                    }

                    break;
                case "remove" when reader.GetAttribute("key") is { } key:
                    RemoveKey(entries, key);
                    break;
                case "clear":
                    entries.Clear();
                    break;
            }
        }

        return entries;
    }

    /// <summary>By local name: old web.config files put <c>configuration</c> in a default namespace, and .NET Framework reads them.</summary>
    private static bool IsElement(XmlReader reader, string name) => string.Equals(reader.LocalName, name, StringComparison.Ordinal);

    private static void RemoveKey(List<AppSetting> entries, string key)
        => entries.RemoveAll(entry => string.Equals(entry.KeyPath, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The element from its <c>&lt;</c> to its closing <c>&gt;</c>; the reader gives where its name starts (1-based).</summary>
    private static TextSpan? Span(string text, SourceText source, IXmlLineInfo? lineInfo)
    {
        if (lineInfo is null || !lineInfo.HasLineInfo() || lineInfo.LineNumber < 1 || lineInfo.LineNumber > source.Lines.Count)
        {
            return null;
        }

        var start = source.Lines[lineInfo.LineNumber - 1].Start + lineInfo.LinePosition - 2;
        if (start < 0 || start >= text.Length || text[start] != '<')
        {
            return null;
        }

        char? quote = null;
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                quote = c == open ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return TextSpan.FromBounds(start, i + 1);
            }
        }

        return null;
    }
}
