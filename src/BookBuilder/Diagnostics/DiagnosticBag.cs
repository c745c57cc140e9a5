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

    public void Error(SourceSpan at, string message, string code = "") => Add(new(Severity.Error, at, message, code));
    public void Warning(SourceSpan at, string message, string code = "") => Add(new(Severity.Warning, at, message, code));
    public void Info(SourceSpan at, string message, string code = "") => Add(new(Severity.Info, at, message, code));

    public void Error(string file, int line, int column, string message, string code = "") => Add(new(Severity.Error, file, line, column, message, code));
    public void Warning(string file, int line, int column, string message, string code = "") => Add(new(Severity.Warning, file, line, column, message, code));

    /// <summary>Diagnostics sorted by file, line and column, as they are printed.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        Items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToArray();
}
