namespace BookBuilder.Epub;

/// <summary>
/// css/book.css. Written for reading systems rather than for a fixed page: no body font size or
/// colour (the reader's settings and night mode win), only relative units, no flex or grid
/// (many e-ink readers ignore them), and colours only as currentColor or translucent tints.
/// </summary>
internal static class StyleSheet
{
    public const string Css = """
        @charset "utf-8";

        /* The reader's font, size and colours are left alone on purpose. */
        body {
          margin: 0 5%;
          line-height: 1.45;
          widows: 2;
          orphans: 2;
          overflow-wrap: break-word;
        }

        /* Nothing is wider than the screen at any text size (WCAG 1.4.10, reflow): addresses and
           code break anywhere when they must. Table cells break long words and hyphenate, but do
           not let every word break ("Or-der"), which would squeeze narrow columns for no need. */
        a, code { overflow-wrap: anywhere; word-break: break-word; }
        td, th { overflow-wrap: break-word; }

        p {
          margin: 0;
          text-indent: 1.2em;
          text-align: justify;
          -webkit-hyphens: auto;
          -epub-hyphens: auto;
          hyphens: auto;
          adobe-hyphenate: auto;
        }

        /* The first paragraph after a heading, figure or break starts flush. */
        h1 + p, h2 + p, h3 + p, h4 + p, h5 + p, h6 + p, header + p, hr + p, figure + p,
        blockquote + p, ul + p, ol + p, table + p, pre + p, dl + p, .ornament + p,
        li > p:first-child, blockquote > p:first-child, dd > p:first-child, aside p,
        .faq-answer > p:first-child {
          text-indent: 0;
        }

        h1, h2, h3, h4, h5, h6 {
          font-weight: bold;
          line-height: 1.25;
          text-align: center;
          text-indent: 0;
          -webkit-hyphens: manual;
          -epub-hyphens: manual;
          hyphens: manual;
          page-break-after: avoid;
          break-after: avoid;
          page-break-inside: avoid;
          break-inside: avoid;
        }
        h1 { font-size: 1.6em; margin: 1em 0 1.2em; }
        h2 { font-size: 1.3em; margin: 1.6em 0 0.8em; }
        h3 { font-size: 1.1em; margin: 1.4em 0 0.6em; text-align: left; }
        h4, h5, h6 { font-size: 1em; margin: 1.2em 0 0.5em; text-align: left; }

        /* Chapters start on a new page. */
        .chapter, .faq, .glossary, .titlepage, .copyright {
          page-break-before: always;
          break-before: page;
        }
        .chapter-head { margin: 2em 0 1.5em; text-align: center; }
        .chapter-number {
          display: block;
          font-size: 0.6em;
          font-weight: normal;
          letter-spacing: 0.15em;
          text-transform: uppercase;
          margin-bottom: 0.4em;
        }
        .section-number { font-weight: normal; margin-right: 0.3em; }

        /* Emoji ornaments: centred, larger, never hyphenated or indented. */
        .ornament {
          text-align: center;
          text-indent: 0;
          font-size: 1.6em;
          line-height: 1.2;
          margin: 1em 0 0.3em;
          -webkit-hyphens: none;
          hyphens: none;
        }
        .chapter-ornament { font-size: 2.4em; margin: 0 0 0.3em; }
        .section-ornament { margin-top: 1.6em; }
        .section-ornament + h2 { margin-top: 0.3em; }
        .ornament-inline { white-space: nowrap; }
        /* An ornament drawn as a picture stands as tall as its emoji would. */
        img.ornament-image { height: 1.2em; width: auto; max-width: 100%; vertical-align: middle; }

        hr.scene-break {
          border: none;
          border-top: 1px solid;
          opacity: 0.4;
          width: 30%;
          margin: 1.5em auto;
        }

        /* Quotes are set upright and indented, so that emphasis inside them shows (and a long
           quote does not read as one run of italic). Emphasis in italic text turns upright. */
        blockquote { margin: 1em 5%; }
        figcaption em, em em, i em, em i { font-style: normal; }
        blockquote p { text-indent: 0; margin-bottom: 0.5em; }
        ul, ol { margin: 0.8em 0 0.8em 1.5em; padding: 0; }
        li { margin: 0.2em 0; }
        li > p { margin: 0.3em 0; text-indent: 0; }
        pre {
          white-space: pre-wrap;
          overflow-wrap: anywhere;
          font-family: monospace;
          font-size: 0.85em;
          margin: 1em 0;
          padding: 0.5em 0.8em;
          border-left: 0.2em solid;
          border-color: rgba(128, 128, 128, 0.5);
        }
        code { font-family: monospace; font-size: 0.9em; -webkit-hyphens: none; hyphens: none; }

        figure { margin: 1.5em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; font-style: italic; margin-top: 0.5em; text-align: center; }
        img.inline-image { max-height: 1.2em; vertical-align: middle; }

        table { border-collapse: collapse; margin: 1em auto; max-width: 100%; font-size: 0.9em; }
        th, td {
          border: 1px solid;
          border-color: rgba(128, 128, 128, 0.6);
          padding: 0.3em 0.4em;
          text-align: left;
          vertical-align: top;
          -webkit-hyphens: auto;
          -epub-hyphens: auto;
          hyphens: auto;
        }
        th { font-weight: bold; }
        .align-left { text-align: left; }
        .align-center { text-align: center; }
        .align-right { text-align: right; }

        dl { margin: 1em 0; }
        dt { font-weight: bold; margin-top: 0.8em; page-break-after: avoid; break-after: avoid; }
        dd { margin: 0.2em 0 0 1.5em; }
        dd > p { text-indent: 0; margin-bottom: 0.4em; }

        a { color: inherit; }
        a.glossary-term { text-decoration: none; border-bottom: 1px dotted; }
        sup.noteref { font-size: 0.7em; line-height: 0; vertical-align: super; }
        sup.noteref a { text-decoration: none; }

        .footnotes {
          margin-top: 2em;
          padding-top: 0.5em;
          border-top: 1px solid;
          border-color: rgba(128, 128, 128, 0.5);
          font-size: 0.9em;
        }
        aside.footnote { margin: 0.5em 0; }
        aside.footnote p { text-indent: 0; text-align: left; }
        .footnote-number { text-decoration: none; margin-right: 0.2em; }

        /* FAQ: each question stands out as a left-aligned heading with its answer close below. */
        .faq-entry { margin-top: 1.4em; }
        h2.faq-question { font-size: 1.1em; text-align: left; margin: 0 0 0.4em; }
        .faq-answer { margin-left: 0; }

        .glossary-list dt { font-weight: bold; }
        dfn { font-style: normal; }
        p.glossary-uses { font-size: 0.85em; text-indent: 0; text-align: left; margin-top: 0.3em; }
        p.glossary-uses a { text-decoration: underline; }

        .titlepage { text-align: center; margin-top: 15%; }
        .titlepage p { text-indent: 0; text-align: center; }
        .title-ornament { font-size: 3em; }
        h1.title { font-size: 2em; margin: 0.5em 0; }
        h1.title .subtitle { display: block; font-size: 0.6em; font-weight: normal; margin-top: 0.6em; }
        .series { font-size: 0.9em; letter-spacing: 0.05em; margin-top: 1em; }
        .author { font-size: 1.2em; margin-top: 2em; }
        .publisher { font-size: 0.9em; margin-top: 4em; letter-spacing: 0.1em; }

        .copyright { margin-top: 30%; font-size: 0.85em; }
        .copyright p { text-indent: 0; text-align: left; margin-bottom: 0.6em; }
        h1.copyright-title { font-size: 1em; text-align: left; }

        /* The cover fills the screen and no more: its picture is scaled inside an SVG of the page's size. */
        html.cover-page, html.cover-page body { height: 100%; margin: 0; padding: 0; }
        .cover { height: 100%; margin: 0; padding: 0; text-align: center; page-break-inside: avoid; }
        svg.cover-image { display: block; width: 100%; height: 100%; }

        nav ol { list-style: none; margin-left: 0; }
        nav ol ol { margin-left: 1.5em; }
        nav li { margin: 0.3em 0; }
        nav a { text-decoration: none; }
        """;
}
