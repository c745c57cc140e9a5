using BookBuilder.Model;

namespace BookBuilder.Diagnostics;

/// <summary>Collects diagnostics from every stage so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly object _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToArray(); }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Whether these diagnostics stop a build: any error, or any warning when <paramref name="strict"/>.</summary>
    public bool Fails(bool strict)
    {
        lock (_gate) return _items.Any(d => d.Severity == Severity.Error || (strict && d.Severity == Severity.Warning));
    }

    public void Add(Diagnostic d) { lock (_gate) _items.Add(d); }

    /// <summary>Reports a diagnostic of kind <paramref name="code"/> at <paramref name="at"/>.</summary>
    public void Report(DiagnosticCode code, SourceSpan at, params object?[] args) => Add(code.At(at, args));

    /// <summary>Reports a diagnostic of kind <paramref name="code"/> at a file, line and column.</summary>
    public void Report(DiagnosticCode code, string file, int line, int column, params object?[] args) =>
        Add(code.At(file, line, column, args));

    /// <summary>Diagnostics sorted by file, line and column, as they are printed.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        Items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToArray();
}
