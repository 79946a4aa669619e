using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RareNewsSite.Content;

/// <summary>
/// Bounds what front matter may cost before it is loaded: a size limit, a nesting limit, and no aliases
/// (an alias bomb, "billion laughs", expands exponentially in any code that walks the values). The scan uses
/// YamlDotNet's event parser, which keeps its own stack, so deep nesting cannot overflow ours.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest front matter accepted, in characters.</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>The deepest nesting of lists and mappings accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>The first limit <paramref name="yaml"/> breaks, with its 1-based line and column in the YAML, or null.</summary>
    public static (int Line, int Column, string Message)? Check(string yaml)
    {
        if (yaml.Length > MaxLength)
        {
            return (1, 1, $"front matter is larger than {MaxLength / 1024} KB; move long text into the body");
        }
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return ((int)alias.Start.Line, (int)alias.Start.Column,
                        $"YAML aliases ('*{alias.Value}') are not allowed in front matter; write the value out");
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column,
                        $"front matter is nested more than {MaxDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }
}
