using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using BookBuilder.Epub;
using BookBuilder.Plan;

namespace BookBuilder.Tests.Epub;

/// <summary>The zip container: mimetype first and stored, fixed times, repeatable bytes.</summary>
public sealed class OcfContainerTests(EpubFixture fixture) : IClassFixture<EpubFixture>
{
    [Fact]
    public void Mimetype_is_the_first_entry_stored_without_extra_field()
    {
        var b = fixture.Bytes;
        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(0)));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(6)) & 0x0008); // no data descriptor
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(8)));          // stored
        Assert.Equal(20u, BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(18)));       // compressed size
        Assert.Equal(20u, BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(22)));       // uncompressed size
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(26)));         // name length
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(28)));         // extra length
        Assert.Equal("mimetype", Encoding.ASCII.GetString(b, 30, 8));
        Assert.Equal("application/epub+zip", Encoding.ASCII.GetString(b, 38, 20));
        Assert.Equal("mimetype", fixture.Epub.Names[0]);
    }

    [Fact]
    public void Container_points_at_the_package_document()
    {
        var container = fixture.Epub.Xml("META-INF/container.xml");
        XNamespaceHelper.AssertSingle(container, "rootfile", "full-path", "OEBPS/content.opf");
        Assert.True(fixture.Epub.Has("OEBPS/content.opf"));
        Assert.Equal(["mimetype", "META-INF/container.xml", "OEBPS/content.opf"], fixture.Epub.Names.Take(3));
    }

    [Fact]
    public void Every_entry_has_the_modified_time()
    {
        using var zip = new ZipArchive(new MemoryStream(fixture.Bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var t = entry.LastWriteTime;
            Assert.Equal((2024, 3, 9, 14, 30), (t.Year, t.Month, t.Day, t.Hour, t.Minute));
            Assert.Equal(52, t.Second); // DOS times have two-second resolution; 52 is even
        }
    }

    [Fact]
    public void Two_builds_of_the_same_book_are_byte_identical()
    {
        // A fresh model and a fresh image file, so nothing is shared with the fixture's build.
        var dir = Directory.CreateTempSubdirectory("epub-repeat-").FullName;
        try
        {
            var again = EpubFixture.Build(SampleBook.Create(dir), fixture.Options);
            Assert.Equal(fixture.Bytes.Length, again.Length);
            Assert.True(fixture.Bytes.AsSpan().SequenceEqual(again), "the second build differs from the first");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_different_modified_time_changes_only_times()
    {
        var later = fixture.Options with { Modified = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero) };
        var other = new EpubFile(EpubFixture.Build(fixture.Book, later));
        Assert.False(fixture.Bytes.AsSpan().SequenceEqual(other.Bytes));
        Assert.Equal(fixture.Epub.Names, other.Names);
        Assert.Contains("2025-06-01T08:00:00Z", other.Text("OEBPS/content.opf"));
    }

    [Fact]
    public void Times_before_1980_are_clamped_instead_of_failing()
    {
        var old = fixture.Options with { Modified = new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), Fonts = null };
        var epub = new EpubFile(EpubFixture.Build(fixture.Book, old));
        Assert.Contains("1970-01-01T00:00:00Z", epub.Text("OEBPS/content.opf"));
        using var zip = new ZipArchive(new MemoryStream(epub.Bytes), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek()
    {
        using var sink = new ForwardOnlyStream();
        EpubWriter.Write(BookPlanner.Plan(fixture.Book), sink, fixture.Options);
        Assert.True(fixture.Bytes.AsSpan().SequenceEqual(sink.Written.ToArray()));
    }

    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
