using BookBuilder.Model;

namespace BookBuilder.Epub.Content;

/// <summary>
/// A callout as XHTML: an <c>aside</c> for what stands beside the text (a note, a tip, an
/// example), a <c>section</c> for what is part of it (a warning, a definition, the objectives, a
/// summary), with the DPUB-ARIA role and EPUB structural semantics where one says what it is, and
/// always an accessible name and a visible label, so that neither the border nor its colour alone
/// tells the reader what kind of passage this is.
/// </summary>
internal static class CalloutRenderer
{
    /// <summary>The element, the epub:type and the role of each kind (null: none fits).</summary>
    private static (string Element, string? Type, string? Role) Semantics(CalloutKind kind) => kind switch
    {
        CalloutKind.Note => ("aside", null, null),
        CalloutKind.Tip => ("aside", "tip", "doc-tip"),
        CalloutKind.Example => ("aside", null, "doc-example"),
        // DPUB-ARIA allows doc-notice on a section only.
        CalloutKind.Warning or CalloutKind.Important => ("section", "notice", "doc-notice"),
        CalloutKind.Objectives => ("section", "learning-objectives", null),
        CalloutKind.Definition or CalloutKind.Summary or CalloutKind.KeyTakeaways => ("section", null, null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The class a style sheet picks each kind by.</summary>
    public static string ClassName(CalloutKind kind) => kind switch
    {
        CalloutKind.KeyTakeaways => "key-takeaways",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static void Write(XhtmlWriter w, CalloutBlock callout)
    {
        var (element, type, role) = Semantics(callout.Kind);
        var labels = w.Plan.Labels;
        w.Start(element).Class("callout callout-" + ClassName(callout.Kind));
        if (type is not null) w.EpubType(type);
        if (role is not null) w.Role(role);
        w.Attr("aria-label", labels.CalloutHeading(callout.Kind, callout.Title));
        if (callout.Language is { } language) w.Lang(language);
        w.Line();
        // The label is in the book's language even in a callout in another one.
        w.Start("p").Class("callout-label");
        if (callout.Language is { } other)
        {
            w.Lang(w.Plan.Metadata.Language);
            if (LanguageDirection.IsRightToLeft(other) && !LanguageDirection.IsRightToLeft(w.Plan.Metadata.Language)) w.Attr("dir", "ltr");
        }
        w.Start("strong").Text(labels.CalloutName(callout.Kind)).End();
        if (callout.Title is { } title) w.Text(": ").Start("span").Class("callout-title").Text(title).End();
        w.End().Line();
        if (callout.Language is not null) w.LanguageDepth++;
        BlockRenderer.Write(w, callout.Blocks);
        if (callout.Language is not null) w.LanguageDepth--;
        w.End();
    }
}
