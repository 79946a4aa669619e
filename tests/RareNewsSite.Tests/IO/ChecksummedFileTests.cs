using RareNewsSite.IO;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.IO;

public sealed class ChecksummedFileTests
{
    [Fact]
    public void Should_Read_Back_What_Was_Written_Up_To_The_Checksum()
    {
        using var folder = new TempFolder();
        var file = folder.PathOf("cache/a.bin");
        ChecksummedFile.Save(file, writer =>
        {
            writer.Write(42);
            writer.Write(new byte[100_000]); // longer than the read buffer
            writer.Write("end");
        });

        var back = ChecksummedFile.Read(file, reader => (reader.ReadInt32(), reader.ReadBytes(100_000).Length, reader.ReadString(), reader.BaseStream.ReadByte()), out var problem);

        problem.ShouldBeNull();
        back.ShouldBe((42, 100_000, "end", -1)); // the checksum is not part of what is read
    }

    [Fact]
    public void Should_Never_Hand_A_Damaged_File_To_The_Reader()
    {
        // A changed count could ask the reader for gigabytes: the checksum is checked before anything is read
        using var folder = new TempFolder();
        var file = folder.PathOf("a.bin");
        ChecksummedFile.Save(file, writer => writer.Write(3));
        var bytes = File.ReadAllBytes(file);
        bytes[0] = 0xFF;
        File.WriteAllBytes(file, bytes);
        var called = false;

        ChecksummedFile.Read(file, reader => called = true, out var problem).ShouldBeFalse();

        called.ShouldBeFalse();
        problem.ShouldBe("is damaged");
        File.WriteAllBytes(file, [1, 2, 3]);
        ChecksummedFile.Read(file, reader => called = true, out problem);
        (called, problem).ShouldBe((false, "is damaged"));
        ChecksummedFile.Read(folder.PathOf("none.bin"), reader => called = true, out problem);
        (called, problem).ShouldBe((false, (string?)null));
    }
}
