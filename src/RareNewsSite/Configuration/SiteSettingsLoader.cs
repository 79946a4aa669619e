using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RareNewsSite.Diagnostics;
using RareNewsSite.IO;

namespace RareNewsSite.Configuration;

/// <summary>
/// Reads <c>statiq.json</c>, then applies overrides: environment variables named
/// <c>RARENEWSSITE_&lt;Key&gt;</c>, then <c>--setting Key=value</c>, the last one winning.
/// </summary>
public static partial class SiteSettingsLoader
{
    /// <summary>The settings file's name at the site root.</summary>
    public const string FileName = "statiq.json";

    /// <summary>The prefix of environment variables that override settings.</summary>
    public const string EnvironmentPrefix = "RARENEWSSITE_";

    /// <summary>Loads and validates the settings; problems go into <paramref name="diagnostics"/>.</summary>
    public static SiteSettings Load(
        ISiteFileSystem files, IReadOnlyDictionary<string, string> overrides, DiagnosticBag diagnostics)
    {
        var settings = files.FileExists(FileName) ? Parse(files.ReadAllBytes(FileName), diagnostics) : new SiteSettings();
        foreach (var (key, value) in overrides)
        {
            settings = Override(settings, key, value, diagnostics);
        }
        foreach (var problem in settings.Validate(FileName))
        {
            diagnostics.Add(problem);
        }
        return settings;
    }

    /// <summary>Collects <c>RARENEWSSITE_*</c> environment variables as overrides.</summary>
    public static Dictionary<string, string> FromEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>())
        {
            if (entry.Key is string key && key.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) && entry.Value is string value)
            {
                result[key[EnvironmentPrefix.Length..]] = value;
            }
        }
        return result;
    }

    private static SiteSettings Parse(byte[] json, DiagnosticBag diagnostics)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SettingsJsonContext.Default.SiteSettings) ?? new SiteSettings();
        }
        catch (JsonException e)
        {
            // JsonException positions are 0-based; an unknown key is reported at the position after its value,
            // so point at the key itself when we can find it.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var message = e.Message;
            var unknown = UnknownMemberPattern().Match(e.Message);
            if (unknown.Success)
            {
                var key = unknown.Groups[1].Value;
                (line, column) = FindKey(Encoding.UTF8.GetString(json), key) ?? (line, column);
                message = $"unknown setting '{key}'{Suggest(key)}";
            }
            else
            {
                message = "invalid JSON: " + FirstSentence(e.Message);
            }
            diagnostics.Error(new SourceSpan(FileName, line, column), DiagnosticIds.InvalidSettings, message);
            return new SiteSettings();
        }
    }

    private static SiteSettings Override(SiteSettings settings, string key, string value, DiagnosticBag diagnostics)
    {
        var property = typeof(SiteSettings).GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null || !property.CanWrite)
        {
            diagnostics.Error(SourceSpan.File("--setting"), DiagnosticIds.InvalidSettings, $"unknown setting '{key}'{Suggest(key)}");
            return settings;
        }
        object? converted = property.PropertyType switch
        {
            var t when t == typeof(string) => value,
            var t when t == typeof(bool) => bool.TryParse(value, out var b) ? b : null,
            var t when t == typeof(int) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ => null,
        };
        if (converted is null)
        {
            diagnostics.Error(SourceSpan.File("--setting"), DiagnosticIds.InvalidSettingValue,
                $"setting '{property.Name}' expects a {property.PropertyType.Name.ToLowerInvariant()}, not \"{value}\"");
            return settings;
        }
        var copy = settings with { };
        property.SetValue(copy, converted);
        return copy;
    }

    private static string Suggest(string key)
    {
        var names = typeof(SiteSettings).GetProperties().Where(p => p.CanWrite).Select(p => p.Name);
        var best = Content.Suggestions.Closest(key, names);
        return best is null ? "" : $"; did you mean '{best}'?";
    }

    private static (int Line, int Column)? FindKey(string text, string key)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var index = lines[i].IndexOf('"' + key + '"', StringComparison.Ordinal);
            if (index >= 0)
            {
                return (i + 1, index + 1);
            }
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        var sentence = cut > 0 ? message[..cut] : message.TrimEnd('.');
        return char.ToLowerInvariant(sentence[0]) + sentence[1..];
    }

    [GeneratedRegex("property '([^']+)'")]
    private static partial Regex UnknownMemberPattern();
}
