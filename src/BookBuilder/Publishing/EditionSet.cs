using System.Text;

namespace BookBuilder.Publishing;

/// <summary>
/// The files one build publishes together: its editions and their reports. Each is written to a
/// temporary file in the output folder; <see cref="Publish"/> moves them all into place only when
/// every one is complete, so the folder never holds editions of two different builds. The moves
/// are undone when one of them fails, and a journal lets the next build undo them when this one
/// is killed in the middle (<see cref="LeftoverFiles"/>). Disposing an unpublished set deletes
/// its temporary files and leaves the previous editions as they were.
/// </summary>
public sealed class EditionSet : IDisposable
{
    private readonly AtomicFiles _files;
    private readonly List<(string Target, string Temp, bool IsReport)> _written = [];
    private bool _closed;

    internal EditionSet(AtomicFiles files, string directory)
    {
        _files = files;
        Directory = directory;
    }

    /// <summary>The output folder, as a full path.</summary>
    public string Directory { get; }

    /// <summary>
    /// Writes the file <paramref name="fileName"/> of the set to a temporary file. A failure to
    /// write (a full disk) is an <see cref="Diagnostics.EnvironmentException"/>; any other failure
    /// of <paramref name="write"/> is passed on. Either way the temporary file is removed.
    /// </summary>
    /// <param name="isReport">A report about an edition, which <see cref="KeepReportsOnly"/> keeps.</param>
    public void Write(string fileName, Action<Stream> write, bool isReport = false)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var target = Path.Combine(Directory, fileName);
        var (temp, stream) = _files.CreateTemp(Directory);
        try
        {
            var output = new OutputStream(stream, Directory);
            var complete = false;
            try
            {
                write(output);
                AtomicFiles.Guard(Directory, () => stream.Flush(flushToDisk: true));
                complete = true;
            }
            finally
            {
                // After a failure, closing may fail again (a full disk cannot take the rest of the
                // buffer): the first failure is the one to report.
                try { output.Dispose(); }
                catch (Exception e) when (!complete && e is IOException or UnauthorizedAccessException or Diagnostics.EnvironmentException) { }
            }
            _written.RemoveAll(w => w.Target == target && Drop(w));
            _written.Add((target, temp, isReport));
        }
        catch
        {
            AtomicFiles.TryDelete(temp);
            _files.Forget(temp);
            throw;
        }
    }

    /// <summary>
    /// Moves every file written into place together, or none: a file already in place is copied
    /// aside first and put back if a later move fails.
    /// </summary>
    /// <exception cref="Diagnostics.EnvironmentException">A move failed; the previous files are back in place.</exception>
    /// <exception cref="OperationCanceledException">The build was interrupted before the moves began.</exception>
    public void Publish()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        _closed = true;
        var backups = new List<(string Target, string? Backup, string Temp)>();
        string? journal = null;
        try
        {
            // Copies, not moves, so that the previous editions stay in place until the new ones replace them.
            foreach (var (target, temp, _) in _written)
            {
                string? backup = null;
                if (File.Exists(target))
                {
                    var (path, stream) = _files.CreateTemp(Directory);
                    backup = path;
                    using (stream)
                    using (var old = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read))
                        AtomicFiles.Guard(Directory, () => { old.CopyTo(stream); stream.Flush(flushToDisk: true); });
                }
                backups.Add((target, backup, temp));
            }
            journal = WriteJournal(backups);
            _files.Publish(() => Move(backups));
        }
        finally
        {
            foreach (var (_, backup, temp) in backups)
            {
                if (backup is not null) { AtomicFiles.TryDelete(backup); _files.Forget(backup); }
                AtomicFiles.TryDelete(temp);
                _files.Forget(temp);
            }
            if (journal is not null) { AtomicFiles.TryDelete(journal); _files.Forget(journal); }
            Discard();
        }
    }

    /// <summary>The moves; when one fails, the files moved before it are put back as they were.</summary>
    private void Move(List<(string Target, string? Backup, string Temp)> files)
    {
        var done = 0;
        try
        {
            AtomicFiles.Guard(Directory, () =>
            {
                for (; done < files.Count; done++) File.Move(files[done].Temp, files[done].Target, overwrite: true);
            });
        }
        catch
        {
            for (var i = done - 1; i >= 0; i--)
            {
                var (target, backup, _) = files[i];
                try
                {
                    if (backup is null) File.Delete(target);
                    else File.Copy(backup, target, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
            throw;
        }
    }

    /// <summary>
    /// What the moves will do, for the next build to undo them should this one be killed halfway
    /// (one line per file: the target, then its copy, or nothing for a file that is new).
    /// </summary>
    private string WriteJournal(List<(string Target, string? Backup, string Temp)> files)
    {
        var (temp, stream) = _files.CreateTemp(Directory);
        using (stream)
        {
            var text = new StringBuilder();
            foreach (var (target, backup, _) in files) text.Append(Path.GetFileName(target)).Append('\t').Append(backup is null ? "" : Path.GetFileName(backup)).Append('\n');
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            AtomicFiles.Guard(Directory, () => { stream.Write(bytes); stream.Flush(flushToDisk: true); });
        }
        // Renamed once complete: a journal is never read half written.
        var journal = Path.ChangeExtension(temp, LeftoverFiles.JournalExtension);
        _files.Adopt(temp, journal, () => File.Move(temp, journal));
        return journal;
    }

    /// <summary>Deletes the temporary files of a set that is not published; the previous files stay.</summary>
    public void Dispose()
    {
        _closed = true;
        Discard();
    }

    /// <summary>Leaves the file <paramref name="fileName"/> out of the set (an edition that rendered with errors).</summary>
    public void Drop(string fileName)
    {
        var target = Path.Combine(Directory, fileName);
        _written.RemoveAll(w => w.Target == target && Drop(w));
    }

    /// <summary>Leaves every edition out of the set: only the reports (which say what went wrong) are published.</summary>
    public void KeepReportsOnly() => _written.RemoveAll(w => !w.IsReport && Drop(w));

    private bool Drop((string Target, string Temp, bool IsReport) file)
    {
        AtomicFiles.TryDelete(file.Temp);
        _files.Forget(file.Temp);
        return true;
    }

    private void Discard()
    {
        foreach (var file in _written) Drop(file);
        _written.Clear();
    }
}
