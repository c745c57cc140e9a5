using BookBuilder.Diagnostics;
using static BookBuilder.Diagnostics.DiagnosticCatalog;

namespace BookBuilder.Typography;

/// <summary>
/// A character that no font of the fallback chain can draw: it is shaped with .notdef (a box), and
/// recorded so that the build reports it by name instead of printing a silent box.
/// </summary>
/// <param name="CodePoint">The Unicode scalar value.</param>
/// <param name="Text">The text it occurred in (the string passed to the measurer).</param>
/// <param name="Family">The family the text was set in.</param>
public sealed record MissingGlyph(int CodePoint, string Text, FontFamilyRole Family)
{
    /// <summary>The character itself, e.g. "𒀀".</summary>
    public string Character => char.ConvertFromUtf32(CodePoint);

    /// <summary>The text it occurred in, shortened for a message.</summary>
    public string Excerpt => Text.Length <= 60 ? Text : Text[..57] + "...";

    /// <summary>The script the character is written in, as the message names it (" of the Syriac script"), or nothing when unknown.</summary>
    public string Script => ScriptNames.Of(CodePoint) is { } name ? $" of the {name} script" : "";

    /// <summary>A sentence for a diagnostic: which character, of which script, in which text.</summary>
    public string Describe() => PdfGlyphMissing.Message(CodePoint, Character, Excerpt, Family, Script);

    /// <summary>
    /// A warning for the build report. The measurer does not know where the text came from, so
    /// the caller passes the file (e.g. the chapter) when it knows it.
    /// </summary>
    public Diagnostic ToDiagnostic(string file = "", int line = 0) =>
        PdfGlyphMissing.At(file, line, 0, CodePoint, Character, Excerpt, Family, Script);
}
