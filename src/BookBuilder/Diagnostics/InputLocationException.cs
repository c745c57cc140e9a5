using BookBuilder.Model;

namespace BookBuilder.Diagnostics;

/// <summary>
/// An unexpected failure (a fault of the builder, not a problem of the manuscript) that happened
/// while a known place of the manuscript was being processed: a block, or a whole file when the
/// block is not known. The original exception is <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>
/// Stages wrap their work per block (and per entry, file or division around that) with
/// <see cref="At{TState, T}(SourceSpan, TState, Func{TState, T})"/> and its overloads. The
/// innermost place wins: an exception that already carries a location is never wrapped again.
/// </remarks>
public sealed class InputLocationException : Exception
{
    public InputLocationException(SourceSpan location, Exception inner)
        : base(inner.Message, inner)
    {
        Location = location;
    }

    /// <summary>Where in the manuscript the failure happened (line 0 when only the file is known).</summary>
    public SourceSpan Location { get; }

    /// <summary>
    /// Whether <paramref name="e"/>, thrown while working on <paramref name="location"/>, should be
    /// wrapped: the location is known, no inner place was recorded yet, and the exception is a fault
    /// rather than an interruption, a lack of memory or a failure of the machine (a full disk).
    /// </summary>
    public static bool ShouldWrap(Exception e, SourceSpan location) =>
        !string.IsNullOrEmpty(location.File)
        && e is not (OperationCanceledException or OutOfMemoryException or EnvironmentException)
        && Find(e) is null;

    /// <summary>
    /// The located failure in <paramref name="e"/> or among its inner exceptions (work run in
    /// parallel arrives inside an <see cref="AggregateException"/>), or null.
    /// </summary>
    public static InputLocationException? Find(Exception? e)
    {
        switch (e)
        {
            case null:
                return null;
            case InputLocationException located:
                return located;
            case AggregateException aggregate:
                foreach (var inner in aggregate.InnerExceptions)
                    if (Find(inner) is { } found) return found;
                return null;
            default:
                return Find(e.InnerException);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> so that an unexpected failure in it names
    /// <paramref name="location"/>, unless a finer place is already known. The one place where
    /// work is wrapped with its place in the manuscript: a block, an entry, a file or a division.
    /// </summary>
    /// <remarks>
    /// The state is passed to a static lambda, so that hot paths (a paragraph laid out many
    /// times) allocate no closure; an exception filter does not unwind, and a try block costs
    /// nothing until something throws.
    /// </remarks>
    public static T At<TState, T>(SourceSpan location, TState state, Func<TState, T> work)
    {
        try
        {
            return work(state);
        }
        catch (Exception e) when (ShouldWrap(e, location))
        {
            throw new InputLocationException(location, e);
        }
    }

    /// <inheritdoc cref="At{TState, T}(SourceSpan, TState, Func{TState, T})"/>
    public static void At<TState>(SourceSpan location, TState state, Action<TState> work) =>
        At(location, (state, work), static s => { s.work(s.state); return true; });

    /// <inheritdoc cref="At{TState, T}(SourceSpan, TState, Func{TState, T})"/>
    public static T At<T>(SourceSpan location, Func<T> work) => At(location, work, static w => w());

    /// <inheritdoc cref="At{TState, T}(SourceSpan, TState, Func{TState, T})"/>
    public static void At(SourceSpan location, Action work) => At(location, work, static w => { w(); return true; });

    /// <summary>A file as a location, for failures that cannot be pinned to a line.</summary>
    public static SourceSpan InFile(string file) => new(file, 0, 0);
}
