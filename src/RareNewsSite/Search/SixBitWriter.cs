using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// Bits into characters of the <see cref="Base64Varint.Alphabet"/>, six to a character, most significant first; the
/// last character is padded with zero-bits. Used by <see cref="RiceLists"/> and <see cref="OneValuePerPage"/>.
/// </summary>
internal struct SixBitWriter(StringBuilder builder)
{
    private int _value;
    private int _count;

    /// <summary>Writes one bit (0 or 1).</summary>
    public void Write(int bit)
    {
        _value = (_value << 1) | bit;
        if (++_count == 6)
        {
            builder.Append(Base64Varint.Alphabet[_value]);
            (_value, _count) = (0, 0);
        }
    }

    /// <summary>Writes the low <paramref name="width"/> bits of <paramref name="value"/>, most significant first.</summary>
    public void Write(int value, int width)
    {
        for (var b = width - 1; b >= 0; b--)
        {
            Write((value >> b) & 1);
        }
    }

    /// <summary>Writes out a last, partly filled character.</summary>
    public void Flush()
    {
        if (_count > 0)
        {
            builder.Append(Base64Varint.Alphabet[_value << (6 - _count)]);
            (_value, _count) = (0, 0);
        }
    }
}
