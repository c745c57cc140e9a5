using System.Collections.Concurrent;

namespace BookBuilder.Publishing;

/// <summary>
/// Writes files so that readers only ever see the old complete file or the new complete file:
/// content goes to a temporary file in the same folder, which is renamed over the target only
/// after it was written and flushed to disk. Temporary files of writes still under way can be
/// removed from a signal handler with <see cref="AbandonAll"/>, after which this instance refuses
/// further writes. One instance serves one run of the command.
/// </summary>
public sealed class AtomicFiles
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _abandoned;

    /// <summary>Prefix of temporary files, so that stray ones are recognisable.</summary>
    public const string TempPrefix = ".bookbuilder-";

    /// <summary>
    /// Runs <paramref name="write"/> against a temporary file and moves it to <paramref name="path"/>
    /// when <paramref name="commit"/> (called after writing) returns true. Otherwise, or when
    /// writing throws, the temporary file is deleted and the target left as it was.
    /// </summary>
    /// <returns>Whether the target was replaced.</returns>
    public bool Write(string path, Action<Stream> write, Func<bool>? commit = null)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $"{TempPrefix}{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        FileStream stream;
        // Creating and registering the temporary file is one step with respect to AbandonAll, so
        // that an interrupt can never leave a file it did not know about.
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException("the build was interrupted");
            stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            _pending[temp] = 0;
        }
        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (commit is not null && !commit())
            {
                File.Delete(temp);
                return false;
            }
            lock (_gate)
            {
                if (_abandoned) throw new OperationCanceledException("the build was interrupted");
                File.Move(temp, full, overwrite: true);
            }
            return true;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            _pending.TryRemove(temp, out _);
        }
    }

    /// <summary>Deletes every temporary file of writes still under way (on Ctrl+C or SIGTERM).</summary>
    public void AbandonAll()
    {
        lock (_gate)
        {
            _abandoned = true;
            foreach (var temp in _pending.Keys) TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
