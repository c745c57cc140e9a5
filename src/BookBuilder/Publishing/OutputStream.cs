using BookBuilder.Diagnostics;

namespace BookBuilder.Publishing;

/// <summary>
/// The stream an edition writer writes to: a failure to write (a full disk, a quota, a vanished
/// folder) is an <see cref="EnvironmentException"/> naming the output folder, so that it is told
/// apart from a fault of the writer, whose own I/O (reading fonts) may fail too.
/// </summary>
internal sealed class OutputStream(FileStream inner, string directory) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => true;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => AtomicFiles.Guard(directory, () => inner.Write(buffer, offset, count));
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try { inner.Write(buffer); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw EnvironmentException.Of(DiagnosticCatalog.OutputUnwritable, directory, e, e.Message);
        }
    }

    public override void WriteByte(byte value) => AtomicFiles.Guard(directory, () => inner.WriteByte(value));
    public override void Flush() => AtomicFiles.Guard(directory, inner.Flush);
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => AtomicFiles.Guard(directory, () => inner.SetLength(value));
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) AtomicFiles.Guard(directory, inner.Dispose);
        base.Dispose(disposing);
    }
}
