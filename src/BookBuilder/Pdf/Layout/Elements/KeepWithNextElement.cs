using BookBuilder.Model;

namespace BookBuilder.Pdf.Layout.Elements;

/// <summary>
/// Keeps <c>first</c> (a heading, a question, a term) on the same page as the start of
/// <c>next</c>. How much of <c>next</c> must come along is <c>next</c>'s own rule: a paragraph
/// never leaves fewer than its orphan minimum, so a heading keeps at least two lines of text.
/// When <c>first</c> fits but nothing of <c>next</c> does, a splittable <c>first</c> (a paragraph)
/// gives up its last lines so that they go to the next page together with <c>next</c>.
/// </summary>
public sealed class KeepWithNextElement(LayoutElement first, LayoutElement next, SourceSpan source = default) : LayoutElement
{
    /// <summary>What stays with the element after it.</summary>
    public LayoutElement First => first;

    /// <inheritdoc />
    public override LayoutResult Layout(Region region)
    {
        var head = first.Layout(region);
        switch (head)
        {
            case NothingFits:
                return head;
            case Partial p:
                return new Partial(p.Content, new KeepWithNextElement(p.Remainder, next, source));
        }
        var fitted = ((Fits)head).Content;
        var tail = next.Layout(new Region(region.Width, Math.Max(0, region.Height - fitted.Height), false) { Top = region.Top + fitted.Height });
        switch (tail)
        {
            case Fits f:
                return new Fits(Join(fitted, f.Content));
            case Partial p:
                return new Partial(Join(fitted, p.Content), p.Remainder);
        }
        if (fitted.Height > 0 && first.Layout(region with { Height = fitted.Height - 0.5f }) is Partial shorter)
            return new Partial(shorter.Content, new KeepWithNextElement(shorter.Remainder, next, source));
        if (!region.AtPageTop) return NothingFits.Instance;
        var note = new PreflightNote(PreflightKind.KeepBroken, "a heading had to be separated from the text after it", source);
        return new Partial(new FragmentBuilder().Add(fitted, 0, 0).AddNote(note).Build(fitted.Height), next);
    }

    private static Fragment Join(Fragment a, Fragment b) =>
        new FragmentBuilder().Add(a, 0, 0).Add(b, 0, a.Height).Build(a.Height + b.Height);
}
