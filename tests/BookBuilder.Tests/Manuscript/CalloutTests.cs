using BookBuilder.Diagnostics;
using BookBuilder.Manuscript;
using BookBuilder.Model;
using BookBuilder.Tests.Support;

namespace BookBuilder.Tests.Manuscript;

/// <summary>
/// <c>:::</c> containers in the model: the callout kinds with their titles, containers that set a
/// language, unknown names (reported with the nearest known one, their blocks kept as plain
/// blocks) and GitBook hints (reported with the callout to write, their text kept).
/// </summary>
public class CalloutTests
{
    private static (IReadOnlyList<Block> Blocks, IReadOnlyList<Diagnostic> Diagnostics) Load(string body)
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n" + body);
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        Assert.True(book is not null, string.Join("\n", d.Sorted()));
        return (book.Chapters[1].Sections[0].Blocks, d.Sorted());
    }

    public static TheoryData<string, CalloutKind> Kinds => new()
    {
        { "note", CalloutKind.Note }, { "tip", CalloutKind.Tip }, { "warning", CalloutKind.Warning },
        { "important", CalloutKind.Important }, { "example", CalloutKind.Example }, { "definition", CalloutKind.Definition },
        { "objectives", CalloutKind.Objectives }, { "summary", CalloutKind.Summary }, { "key-takeaways", CalloutKind.KeyTakeaways },
        { "Tip", CalloutKind.Tip },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_callout_kind_is_a_callout_block_with_its_blocks(string name, CalloutKind kind)
    {
        var (blocks, diagnostics) = Load($"::: {name}\nFirst *paragraph*.\n\n- an item\n:::\n\nAfter.\n");
        Assert.Empty(diagnostics);
        var callout = Assert.IsType<CalloutBlock>(blocks[0]);
        Assert.Equal(kind, callout.Kind);
        Assert.Null(callout.Title);
        Assert.Null(callout.Language);
        Assert.IsType<ParagraphBlock>(callout.Blocks[0]);
        Assert.IsType<ListBlock>(callout.Blocks[1]);
        Assert.Equal(5, callout.Source.Line);
        Assert.Equal("After.", InlineText.Plain(Assert.IsType<ParagraphBlock>(blocks[1]).Inlines));
    }

    [Theory]
    [InlineData("::: tip \"Before you start\"", "Before you start", null)]
    [InlineData("::: tip Before you start", "Before you start", null)]
    [InlineData("::: tip “Before you start”", "Before you start", null)]
    [InlineData("::: {.tip title=\"Before you start\"}", "Before you start", null)]
    [InlineData("::: tip \"Before you start\" {lang=ru}", "Before you start", "ru")]
    [InlineData("::: {.tip lang=he}", null, "he")]
    public void A_callout_has_the_title_and_language_its_opening_line_gives(string opening, string? title, string? language)
    {
        var (blocks, diagnostics) = Load($"{opening}\nText.\n:::\n");
        Assert.Empty(diagnostics);
        var callout = Assert.IsType<CalloutBlock>(Assert.Single(blocks));
        Assert.Equal(CalloutKind.Tip, callout.Kind);
        Assert.Equal(title, callout.Title);
        Assert.Equal(language, callout.Language);
    }

    [Fact]
    public void A_container_with_only_a_language_holds_its_blocks_in_that_language()
    {
        var (blocks, diagnostics) = Load("::: {lang=he}\nשלום.\n\nעוד.\n:::\n");
        Assert.Empty(diagnostics);
        var part = Assert.IsType<LanguageBlock>(Assert.Single(blocks));
        Assert.Equal("he", part.Language);
        Assert.Equal(2, part.Blocks.Count);
    }

    [Theory]
    [InlineData("::: nte", "nte", "note")]
    [InlineData("::: warnings", "warnings", "warning")]
    [InlineData("::: key_takeaways", "key_takeaways", "key-takeaways")]
    [InlineData("::: sidebar", "sidebar", null)]
    public void An_unknown_container_is_reported_with_the_nearest_name_and_its_blocks_kept_plain(string opening, string name, string? nearest)
    {
        var (blocks, diagnostics) = Load($"{opening}\nKept *text*.\n\n> A quote inside.\n:::\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCatalog.ContainerUnknown.Code, d.Code);
        Assert.Equal(5, d.Line);
        Assert.Contains($"'::: {name}'", d.Message);
        if (nearest is not null) Assert.Contains($"nearest known name is '{nearest}'", d.Message);
        // The blocks stand as they would without the container: a paragraph, then the quote.
        Assert.Equal("Kept text.", InlineText.Plain(Assert.IsType<ParagraphBlock>(blocks[0]).Inlines));
        Assert.IsType<QuoteBlock>(blocks[1]);
        Assert.Equal(2, blocks.Count);
    }

    [Theory]
    [InlineData("{lang=english}", "english")]
    [InlineData("{.note lang=\"ru_RU\"}", "ru_RU")]
    public void A_language_that_is_not_a_bcp47_tag_is_an_error_at_the_container(string attributes, string tag)
    {
        var (blocks, diagnostics) = Load($"Before.\n\n::: {attributes}\nText.\n:::\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCatalog.PartLanguageInvalid.Code, d.Code);
        Assert.Equal((7, 1), (d.Line, d.Column));
        Assert.Contains($"'{tag}'", d.Message);
        Assert.DoesNotContain(blocks, b => b is LanguageBlock);
    }

    [Theory]
    [InlineData("info", "note")]
    [InlineData("success", "tip")]
    [InlineData("warning", "warning")]
    [InlineData("danger", "important")]
    public void A_gitbook_hint_is_reported_with_its_callout_and_its_text_kept(string style, string callout)
    {
        var (blocks, diagnostics) = Load($"Before.\n\n{{% hint style=\"{style}\" %}}\n\nInside the hint.\n\n{{% endhint %}}\n\nAfter.\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCatalog.GitBookHint.Code, d.Code);
        Assert.Equal((7, 1), (d.Line, d.Column));
        Assert.Contains($"'::: {callout}'", d.Message);
        Assert.Equal(["Before.", "Inside the hint.", "After."], blocks.Select(b => InlineText.Plain(((ParagraphBlock)b).Inlines)));
    }

    [Fact]
    public void A_paragraph_that_only_mentions_a_hint_tag_is_text()
    {
        var (blocks, diagnostics) = Load("{% hint %} is how GitBook writes it.\n");
        Assert.Empty(diagnostics);
        Assert.Single(blocks);
    }
}

/// <summary>Language spans (<c>[Волга]{lang=ru}</c>) in the model, alone and with an index mark.</summary>
public class LanguageSpanTests
{
    private static (IReadOnlyList<Inline> Inlines, IReadOnlyList<Diagnostic> Diagnostics) Load(string paragraph)
    {
        using var m = new TempManuscript();
        m.Write("two.md", "# Second Chapter\n\n## Later Days\n\n" + paragraph + "\n");
        var d = new DiagnosticBag();
        var book = ManuscriptLoader.Load(m.Root, d);
        Assert.True(book is not null, string.Join("\n", d.Sorted()));
        return (Assert.IsType<ParagraphBlock>(Assert.Single(book.Chapters[1].Sections[0].Blocks)).Inlines, d.Sorted());
    }

    [Fact]
    public void A_span_with_a_language_holds_its_words_in_it_without_the_brackets()
    {
        var (inlines, diagnostics) = Load("The Volga is [*Волга* river]{lang=ru} in Russian.");
        Assert.Empty(diagnostics);
        var span = Assert.Single(inlines.OfType<LanguageInline>());
        Assert.Equal("ru", span.Language);
        Assert.IsType<EmphasisInline>(span.Children[0]);
        Assert.Equal("The Volga is Волга river in Russian.", InlineText.Plain(inlines));
    }

    [Fact]
    public void A_span_in_the_index_and_in_a_language_is_both()
    {
        var (inlines, diagnostics) = Load("The [Волга]{.index lang=ru} flows south.");
        Assert.Empty(diagnostics);
        var mark = Assert.Single(inlines.OfType<IndexMarkInline>());
        Assert.Equal(["Волга"], mark.Heading.Path);
        Assert.Equal("ru", Assert.IsType<LanguageInline>(Assert.Single(mark.Children)).Language);
    }

    [Fact]
    public void A_span_whose_language_is_not_a_tag_is_an_error_at_the_span_and_its_words_are_kept()
    {
        var (inlines, diagnostics) = Load("The Volga is [Волга]{lang=\"Russian language\"} here.");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCatalog.PartLanguageInvalid.Code, d.Code);
        Assert.Equal((5, 14), (d.Line, d.Column));
        Assert.Empty(inlines.OfType<LanguageInline>());
        Assert.Equal("The Volga is Волга here.", InlineText.Plain(inlines));
    }

    [Fact]
    public void Brackets_with_other_attributes_are_left_as_they_were()
    {
        var (inlines, diagnostics) = Load("A [plain]{.other} bracket.");
        Assert.Empty(inlines.OfType<LanguageInline>());
        Assert.Contains("[plain]", InlineText.Plain(inlines));
        Assert.Empty(diagnostics);
    }
}

/// <summary>Which author's languages the EPUB sets right to left.</summary>
public class LanguageDirectionTests
{
    [Theory]
    [InlineData("he", true)]
    [InlineData("ar-EG", true)]
    [InlineData("fa", true)]
    [InlineData("yi", true)]
    [InlineData("az-Arab", true)]
    [InlineData("ku-Latn", false)]
    [InlineData("ar-Latn", false)]
    [InlineData("ru", false)]
    [InlineData("en-x-hebr", false)]
    [InlineData("uk", false)]
    public void A_language_is_right_to_left_by_its_script_else_by_itself(string tag, bool rightToLeft) =>
        Assert.Equal(rightToLeft, BookBuilder.Model.LanguageDirection.IsRightToLeft(tag));
}
