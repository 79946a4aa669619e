namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// Reads written as bytes and read back, for the build cache on disk: a kind and what the read names (a path, a
/// pipeline and key). A look-up's position, only a hint, is not kept. A kind not listed here cannot be saved (an
/// error naming it), so a new kind of read fails the tests rather than a cache quietly missing it.
/// </summary>
internal static class SavedReads
{
    public static void Write(BinaryWriter writer, Read read)
    {
        switch (read)
        {
            case FileRead r: writer.Write((byte)1); writer.Write(r.Path); break;
            case FileExistsRead r: writer.Write((byte)2); writer.Write(r.Path); break;
            case FileListRead r: writer.Write((byte)3); writer.Write(r.Folder); writer.Write(r.Suffix); break;
            case ClockRead r: writer.Write((byte)4); writer.Write(r.Date.UtcTicks); writer.Write((short)r.Date.Offset.TotalMinutes); break;
            case InputRead r: writer.Write((byte)5); writer.Write(r.Type.AssemblyQualifiedName!); break;
            case OptionsRead: writer.Write((byte)6); break;
            case OutputsRead r: writer.Write((byte)7); writer.Write(r.Pipeline); break;
            case ValuesRead r: writer.Write((byte)8); writer.Write(r.Pipeline); writer.Write(r.Key); break;
            case RenderedRead r: writer.Write((byte)9); writer.Write(r.Key); break;
            case LookupRead r: writer.Write((byte)10); writer.Write(r.Pipeline); writer.Write(r.Source); writer.Write(r.Key); break;
            case SourcesRead r: writer.Write((byte)11); writer.Write(r.Pipeline); break;
            default: throw new NotSupportedException($"A read of kind {read.GetType().Name} cannot be saved with the build cache.");
        }
    }

    /// <exception cref="InvalidDataException">The bytes are no read this program writes.</exception>
    public static Read Read(BinaryReader reader) => reader.ReadByte() switch
    {
        1 => new FileRead(reader.ReadString()),
        2 => new FileExistsRead(reader.ReadString()),
        3 => new FileListRead(reader.ReadString(), reader.ReadString()),
        4 => new ClockRead(new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(reader.ReadInt16()))),
        5 => new InputRead(Type.GetType(reader.ReadString()) ?? throw new InvalidDataException("a build input's type is unknown")),
        6 => OptionsRead.Instance,
        7 => new OutputsRead(reader.ReadString()),
        8 => new ValuesRead(reader.ReadString(), reader.ReadString()),
        9 => new RenderedRead(reader.ReadString()),
        10 => new LookupRead(reader.ReadString(), reader.ReadString(), reader.ReadString(), -1),
        11 => new SourcesRead(reader.ReadString()),
        var kind => throw new InvalidDataException($"unknown read kind {kind}"),
    };
}
