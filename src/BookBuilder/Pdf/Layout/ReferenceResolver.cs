using BookBuilder.Plan;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// What the PDF prints where the plan decides the words: the labels of numbered figures and
/// tables, and cross-references. A block builder without one sets captions without numbers and
/// cannot set a cross-reference.
/// </summary>
public sealed class ReferenceResolver(BookPlan plan)
{
    public BookPlan Plan => plan;

    /// <summary>The number and label of the figure or table with anchor id <paramref name="id"/>, or null.</summary>
    public NumberedCaption? Caption(string? id) => plan.CaptionOf(id);

    /// <summary>What a cross-reference prints: its target's label.</summary>
    public string Text(Model.CrossRefInline reference) => plan.LabelOf(reference);
}
