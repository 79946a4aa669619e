using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

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

    /// <summary>The size limit: a message when <paramref name="yaml"/> is too long to read at all, else null.</summary>
    public static string? TooLong(string yaml) =>
        yaml.Length > MaxLength ? $"front matter is larger than {MaxLength / 1024} KB; move long text into the body" : null;

    /// <summary>
    /// Loads <paramref name="yaml"/>, checked event by event as it is loaded: the loader never sees an alias or a nesting
    /// deeper than the limit (<see cref="LimitException"/>), and the YAML is read once. Every other problem is a
    /// <see cref="YamlException"/>, or the <see cref="InvalidOperationException"/> YamlDotNet's scanner throws for text
    /// that ends inside a flow collection or a quoted value.
    /// </summary>
    public static YamlStream Load(string yaml)
    {
        var parser = new GuardedParser(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (ArgumentException)
        {
            // YamlDotNet's loader throws this, not a YamlException, when the parser hands it a mapping end where a value
            // belongs, as it does for a line such as " : x", a key made of nothing: point at the line of the last thing read.
            var at = new Mark(0, parser.PreviousStart?.Line ?? 1, 1);
            throw new YamlException(at, at, "a 'key: value' line here has no key before its ':'");
        }
        return stream;
    }

    // A parser that refuses aliases and deep nesting, and remembers where the event before the current one began.
    private sealed class GuardedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        /// <summary>Where the event before <see cref="Current"/> began: the last thing read when the loader gives up.</summary>
        public Mark? PreviousStart { get; private set; }

        public bool MoveNext()
        {
            PreviousStart = inner.Current?.Start;
            if (!inner.MoveNext())
            {
                return false;
            }
            switch (inner.Current)
            {
                case AnchorAlias alias:
                    throw new LimitException((int)alias.Start.Line, (int)alias.Start.Column,
                        $"YAML aliases ('*{alias.Value}') are not allowed in front matter; write the value out");
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new LimitException((int)inner.Current.Start.Line, (int)inner.Current.Start.Column,
                        $"front matter is nested more than {MaxDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }
}

/// <summary>Front matter that breaks one of <see cref="YamlLimits"/>, at a 1-based line and column of the YAML.</summary>
internal sealed class LimitException(int line, int column, string message) : Exception(message)
{
    /// <summary>The 1-based line in the YAML.</summary>
    public int Line { get; } = line;

    /// <summary>The 1-based column.</summary>
    public int Column { get; } = column;
}
