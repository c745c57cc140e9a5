using BookBuilder.Plan;

namespace BookBuilder.Pdf.Layout;

/// <summary>
/// What the PDF prints where the plan and the pages decide the words: the labels of numbered
/// figures and tables, and cross-references with the page of their target. A block builder
/// without one sets captions without numbers and cannot set a cross-reference.
/// </summary>
/// <param name="pages">The pages of the previous layout pass; none known when null.</param>
/// <param name="withPage">
/// The references that have printed their target's page in some pass, shared by the passes of a
/// layout; with <paramref name="keepPages"/>, such a reference goes on printing the page even when
/// its target has come onto its own page. A reference whose words decide whether its target moves
/// to its page ("Figure 3.1 on p. 19" against "Figure 3.1") would otherwise switch between the two
/// for ever; the page it prints is still its target's.
/// </param>
public sealed class ReferenceResolver(BookPlan plan, PageLookup? pages = null, System.Collections.Concurrent.ConcurrentDictionary<string, bool>? withPage = null, bool keepPages = false)
{
    public BookPlan Plan => plan;

    /// <summary>The pages the text asks for.</summary>
    public PageLookup Pages { get; } = pages ?? PageLookup.None;

    /// <summary>The number and label of the figure or table with anchor id <paramref name="id"/>, or null.</summary>
    public NumberedCaption? Caption(string? id) => plan.CaptionOf(id);

    /// <summary>
    /// What a cross-reference prints: its target's label, and the target's page when it is known
    /// and not the page the reference itself is on ("Figure 3.1 on p. 19").
    /// </summary>
    public string Text(Model.CrossRefInline reference)
    {
        var label = plan.LabelOf(reference);
        var target = Pages.PageOf(reference.TargetId);
        var here = Pages.PageOf(reference.RefId);
        if (target is null) return label;
        if (target != here)
        {
            withPage?.TryAdd(reference.RefId, true);
            return plan.Labels.OnPage(label, target);
        }
        return keepPages && withPage is not null && withPage.ContainsKey(reference.RefId) ? plan.Labels.OnPage(label, target) : label;
    }

    /// <summary>Only the target's label, for text repeated elsewhere (the contents).</summary>
    public string Label(Model.CrossRefInline reference) => plan.LabelOf(reference);
}
