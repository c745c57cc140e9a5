using BookBuilder.Pdf.Layout.Lines;
using BookBuilder.Pdf.Layout;
using BookBuilder.Tests.Pdf.Layout.Fakes;
using CsCheck;

namespace BookBuilder.Tests.Pdf.Layout.LineBreaking;

public class LineBreakingProperties
{
    private static readonly string[] Vocabulary = TestText.SeedAsOneParagraph().Split(' ').Distinct().ToArray();

    private static readonly Gen<(string[] Words, float Width, bool Justify)> Paragraphs =
        Gen.Select(
            Gen.Int[0, Vocabulary.Length - 1].Select(i => Vocabulary[i]).Array[1, 120],
            Gen.Float[60f, 420f],
            Gen.Bool);

    [Fact]
    public void Every_paragraph_keeps_its_words_in_order_and_within_the_measure()
    {
        var measurer = new FakeMeasurer();
        Paragraphs.Sample(p =>
        {
            var flow = InlineItemizer.Itemize(string.Join(' ', p.Words), p.Justify ? TestText.Justified() : TestText.Ragged(true), measurer, TestText.English.Value);
            var composed = LineComposer.Compose(flow, p.Width, measurer);
            var consecutive = 0;
            foreach (var line in composed.Lines)
            {
                if (line.Overfull > 0) return false;
                foreach (var op in line.Ops.OfType<TextOp>())
                    if (op.X < -0.01f || op.X + op.Text.Width > p.Width + 0.01f) return false;
                consecutive = line.Hyphenated ? consecutive + 1 : 0;
                if (consecutive > 2) return false;
            }
            // The set text, read in order, is the input (spaces and hyphens aside).
            var rebuilt = string.Concat(composed.Lines.SelectMany(l => l.Ops.OfType<TextOp>()).Select(t => t.Text.Text));
            return Normalise(rebuilt) == Normalise(string.Concat(p.Words));
        }, iter: 300);
    }

    // Inserted hyphens are not part of the input; compare everything else.
    private static string Normalise(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
