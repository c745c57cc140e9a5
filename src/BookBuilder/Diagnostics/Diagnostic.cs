using BookBuilder.Model;

namespace BookBuilder.Diagnostics;

/// <summary>How serious a diagnostic is. Errors fail the build; warnings do unless they are allowed.</summary>
public enum Severity { Info, Warning, Error }

/// <summary>A message about the manuscript, tied to a file, line and column.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message, string Code = "")
{
    public Diagnostic(Severity severity, SourceSpan at, string message, string code = "")
        : this(severity, at.File, at.Line, at.Column, message, code) { }

    /// <summary>Formats as <c>file:line:col: severity: message</c>, the shape compilers use.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;
        var sev = Severity.ToString().ToLowerInvariant();
        return string.IsNullOrEmpty(where) ? $"{sev}: {Message}" : $"{where}: {sev}: {Message}";
    }
}
