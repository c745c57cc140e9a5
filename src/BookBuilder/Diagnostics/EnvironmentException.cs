using BookBuilder.Model;

namespace BookBuilder.Diagnostics;

/// <summary>
/// A failure of the machine a build runs on, not of the manuscript or of the builder: an output
/// folder that cannot be written (a file in its place, no permission, a read-only or full disk),
/// a missing asset folder, a malformed setting. It carries the diagnostic it is reported as; no
/// place in the manuscript is wrapped around it, since the manuscript is not at fault.
/// </summary>
public sealed class EnvironmentException : Exception
{
    public EnvironmentException(Diagnostic diagnostic, Exception? inner = null)
        : base(diagnostic.Message, inner)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>What to tell the person running the build, at the path or setting concerned.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>A failure of kind <paramref name="code"/> concerning <paramref name="where"/> (a path or a setting).</summary>
    public static EnvironmentException Of(DiagnosticCode code, string where, Exception? inner, params object?[] args) =>
        new(code.At(new SourceSpan(where, 0, 0), args), inner);

    /// <summary>The environment failure in <paramref name="e"/> or among its inner exceptions, or null.</summary>
    public static EnvironmentException? Find(Exception? e) => e switch
    {
        null => null,
        EnvironmentException found => found,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        _ => Find(e.InnerException),
    };
}
