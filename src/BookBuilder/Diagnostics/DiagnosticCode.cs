using System.Globalization;
using BookBuilder.Model;

namespace BookBuilder.Diagnostics;

/// <summary>The part of the build a diagnostic belongs to; the README has one table for each.</summary>
public enum DiagnosticArea { Manifest, Structure, Images, Links, FaqAndGlossary, PdfEdition, EpubEdition, Apparatus, Environment, Learning }

/// <summary>
/// One kind of diagnostic, declared once in <see cref="DiagnosticCatalog"/>: its code, how serious
/// it is, what it means (one meaning per code, as the README lists it) and the template its
/// messages are made from.
/// </summary>
/// <param name="Code">The code printed with the message, e.g. <c>BB052</c>.</param>
/// <param name="Severity">Every diagnostic of this kind has this severity.</param>
/// <param name="Area">The README table the code is listed in.</param>
/// <param name="Meaning">What the code means, in the README's words (Markdown).</param>
/// <param name="Template">A composite format string (<c>{0}</c>, <c>{1}</c>...) for the message.</param>
public sealed record DiagnosticCode(string Code, Severity Severity, DiagnosticArea Area, string Meaning, string Template)
{
    /// <summary>The message for <paramref name="args"/>, formatted without regard to the machine's culture.</summary>
    public string Message(params object?[] args) => string.Format(CultureInfo.InvariantCulture, Template, args);

    /// <summary>A diagnostic of this kind at <paramref name="at"/>.</summary>
    public Diagnostic At(SourceSpan at, params object?[] args) => new(Severity, at, Message(args), Code);

    /// <summary>A diagnostic of this kind at a file, line and column.</summary>
    public Diagnostic At(string file, int line, int column, params object?[] args) => new(Severity, file, line, column, Message(args), Code);

    public override string ToString() => Code;
}
