namespace BookBuilder.Epub;

/// <summary>
/// The rules for callouts, added to css/book.css only in a book that has them. A border in the
/// text's own colour and a bold label say what each is; no kind is told apart by colour alone,
/// and nothing fights the reader's night mode.
/// </summary>
internal static class CalloutStyleSheet
{
    public const string Css = """

        /* Callouts: boxed, their kind named by the label; warnings ruled heavier all round,
           objectives and summaries ruled across the top as part of the text. */
        .callout {
          margin: 1.2em 0;
          padding: 0.5em 0.9em 0.6em;
          border: 1px solid;
          border-left-width: 0.3em;
        }
        .callout-warning, .callout-important { border-width: 0.2em; }
        .callout-objectives, .callout-summary, .callout-key-takeaways { border-left-width: 1px; border-top-width: 0.3em; }
        .callout p { text-indent: 0; margin: 0.4em 0 0; }
        .callout p.callout-label { margin: 0; }
        .callout > :last-child { margin-bottom: 0; }

        /* Exercises, review questions and questions and answers in a chapter: boxed like callouts,
           a hint ruled off inside its exercise, a solution ruled down the left. */
        .exercise, .review, .faq-block {
          margin: 1.2em 0;
          padding: 0.5em 0.9em 0.6em;
          border: 1px solid;
          border-left-width: 0.3em;
        }
        .exercise p, .review p, .faq-block p, .solution p { text-indent: 0; margin: 0.4em 0 0; }
        .exercise p.exercise-label, .review p.review-label, .faq-block p.faq-block-label { margin: 0; }
        .exercise-hint { margin: 0.6em 0 0; padding-top: 0.3em; border-top: 1px dotted; }
        .exercise-solution-link { font-style: italic; }
        .solution { margin: 1em 0; padding-left: 0.8em; border-left: 0.2em solid; }
        .faq-block .faq-question { font-size: 1em; margin: 0.8em 0 0.2em; }

        """;
}
