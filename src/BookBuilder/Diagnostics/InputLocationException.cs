using BookBuilder.Model;

namespace BookBuilder.Diagnostics;

/// <summary>
/// An unexpected failure (a fault of the builder, not a problem of the manuscript) that happened
/// while a known place of the manuscript was being processed: a block, or a whole file when the
/// block is not known. The original exception is <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>
/// Stages wrap their work per block (and per file or division around that) with
/// <c>catch (Exception e) when (InputLocationException.ShouldWrap(e, at)) { throw new InputLocationException(at, e); }</c>.
/// An exception filter does not unwind, and a try block costs nothing until something throws, so
/// the happy path neither slows down nor allocates. The innermost place wins: an exception that
/// already carries a location is never wrapped again.
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
    /// rather than an interruption or a lack of memory.
    /// </summary>
    public static bool ShouldWrap(Exception e, SourceSpan location) =>
        !string.IsNullOrEmpty(location.File)
        && e is not (OperationCanceledException or OutOfMemoryException)
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
    /// Runs coarse work (a whole file or division) so that a failure in it names
    /// <paramref name="location"/> unless a finer place is already known.
    /// </summary>
    public static T At<T>(SourceSpan location, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (ShouldWrap(e, location))
        {
            throw new InputLocationException(location, e);
        }
    }

    /// <summary>A file as a location, for failures that cannot be pinned to a line.</summary>
    public static SourceSpan InFile(string file) => new(file, 0, 0);
}
