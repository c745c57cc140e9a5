using BookBuilder.Plan;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// What the PDF prints where the plan decides the words: the labels of numbered figures and
/// tables. A block builder without one sets captions without numbers.
/// </summary>
public sealed class ReferenceResolver(BookPlan plan)
{
    public BookPlan Plan => plan;

    /// <summary>The number and label of the figure or table with anchor id <paramref name="id"/>, or null.</summary>
    public NumberedCaption? Caption(string? id) => plan.CaptionOf(id);
}
