using System.Collections.Concurrent;
using BookBuilder.Diagnostics;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Publishing;

/// <summary>
/// The files one run of the command writes, so that readers only ever see the previous complete
/// set of editions or the new complete set: everything goes to temporary files in the output
/// folder, and an <see cref="EditionSet"/> moves them into place together. Temporary files of
/// writes still under way can be removed from a signal handler with <see cref="AbandonAll"/>,
/// after which this instance refuses further writes. One instance serves one run of the command.
/// </summary>
public sealed class AtomicFiles
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _abandoned;
    private bool _published;

    /// <summary>Prefix of temporary files, so that stray ones are recognisable.</summary>
    public const string TempPrefix = ".bookbuilder-";

    /// <summary>
    /// Starts a set of files to publish together in <paramref name="directory"/> (created when
    /// missing). What a killed build left there is cleared first (<see cref="LeftoverFiles"/>).
    /// </summary>
    /// <param name="progress">Told when the editions of an interrupted build were put back.</param>
    /// <exception cref="EnvironmentException">The folder cannot be created or written.</exception>
    public EditionSet Begin(string directory, Action<string>? progress = null)
    {
        var full = Path.GetFullPath(directory);
        Guard(full, () => Directory.CreateDirectory(full));
        foreach (var note in Guard(full, () => LeftoverFiles.Clear(full))) progress?.Invoke(note);
        return new EditionSet(this, full);
    }

    /// <summary>Deletes every temporary file of writes still under way (on Ctrl+C or SIGTERM).</summary>
    /// <returns>Whether a set of editions had already been published by this run.</returns>
    public bool AbandonAll()
    {
        // Waits for a set being moved into place: it is published whole or not at all.
        lock (_gate)
        {
            _abandoned = true;
            foreach (var temp in _pending.Keys) TryDelete(temp);
            return _published;
        }
    }

    /// <summary>A new temporary file in <paramref name="directory"/>, known to <see cref="AbandonAll"/> from its first byte.</summary>
    internal (string Path, FileStream Stream) CreateTemp(string directory)
    {
        var temp = Path.Combine(directory, LeftoverFiles.TempName());
        // Creating and registering the temporary file is one step with respect to AbandonAll, so
        // that an interrupt can never leave a file it did not know about.
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException("the build was interrupted");
            var stream = Guard(directory, () => new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
            _pending[temp] = 0;
            return (temp, stream);
        }
    }

    /// <summary>Runs the moves that publish a set, unless the run was interrupted; an interrupt waits for them.</summary>
    internal void Publish(Action moves)
    {
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException("the build was interrupted");
            moves();
            _published = true;
        }
    }

    /// <summary>Renames a temporary file of this run (<paramref name="move"/>), known to <see cref="AbandonAll"/> under either name.</summary>
    internal void Adopt(string from, string to, Action move)
    {
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException("the build was interrupted");
            _pending[to] = 0;
            Guard(Path.GetDirectoryName(to)!, move);
            _pending.TryRemove(from, out _);
        }
    }

    /// <summary>Forgets a temporary file that was moved into place or deleted.</summary>
    internal void Forget(string temp) => _pending.TryRemove(temp, out _);

    /// <summary>
    /// Runs file work in <paramref name="directory"/>: a failure of the machine (no permission, a
    /// full or read-only disk, a file where the folder should be) becomes an
    /// <see cref="EnvironmentException"/> that says so.
    /// </summary>
    internal static T Guard<T>(string directory, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw EnvironmentException.Of(OutputUnwritable, directory, e, e.Message);
        }
    }

    internal static void Guard(string directory, Action work) => Guard(directory, () => { work(); return true; });

    internal static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
