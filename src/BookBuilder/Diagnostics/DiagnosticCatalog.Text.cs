namespace BookBuilder.Diagnostics;

public static partial class DiagnosticCatalog
{
    private const DiagnosticArea Structure = DiagnosticArea.Structure;

    public static readonly DiagnosticCode AnchorIdInvalid = Error("BB020", Structure,
        "an explicit anchor id (`{#id}`) is not valid",
        "anchor id '{0}' is not valid: use letters, digits, '-' and '_', starting with a letter");

    public static readonly DiagnosticCode AnchorDuplicate = Error("BB021", Structure,
        "an anchor id is defined twice",
        "duplicate anchor '{0}': already defined at {1}");

    public static readonly DiagnosticCode TitleTooLong = Error("BB022", Structure,
        "a title longer than 500 characters (the book's `title` or `subtitle`, a heading, a glossary term)",
        "{0} is {1} characters long: a title may have at most {2}");

    public static readonly DiagnosticCode HeadingMisplaced = Error("BB030", Structure,
        "a `#` or `##` heading where it cannot open a chapter, section or question (in a quote or list, a second `#` in the FAQ, `##` in the glossary)",
        "a level-{0} heading cannot stand here");

    public static readonly DiagnosticCode ContainerUnknown = Warning("BB031", Structure,
        "unknown `:::` container: its content is kept as plain blocks",
        "unknown container '::: {0}': its content is kept as plain blocks (the nearest known name is '{1}')");

    public static readonly DiagnosticCode ElementUnsupported = Warning("BB032", Structure,
        "a Markdown element the builder does not support was left out",
        "unsupported Markdown element ({0}) was left out");

    public static readonly DiagnosticCode OrnamentEmpty = Warning("BB033", Structure,
        "an empty ornament container",
        "empty ornament");

    public static readonly DiagnosticCode HeadingLevelJump = Warning("BB034", Structure,
        "heading levels jump (e.g. `##` to `####`)",
        "heading level jumps from {0} to {1}");

    public static readonly DiagnosticCode ChapterTitleTwice = Error("BB035", Structure,
        "a chapter file holds more than one `#` title",
        "a chapter file holds one chapter: only one '#' title heading; use '##' for sections");

    public static readonly DiagnosticCode TextBeforeTitle = Warning("BB036", Structure,
        "text before the chapter title",
        "text before the chapter title");

    public static readonly DiagnosticCode ChapterTitleMissing = Error("BB037", Structure,
        "a chapter has no `#` title",
        "chapter has no title: start the file with a '# Title' heading");

    public static readonly DiagnosticCode NestedTooDeeply = Error("BB038", Structure,
        "quotes and lists nested more than 16 levels deep",
        "quotes and lists are nested more than {0} levels deep");

    public static readonly DiagnosticCode HeadingEmpty = Error("BB039", Structure,
        "a heading with no readable text",
        "heading has no text: write its title after the '#' marks");

    public static readonly DiagnosticCode ControlCharactersRemoved = Warning("BB055", Structure,
        "control characters were removed from the text",
        "control characters (such as U+{0:X4}) were removed from the text of this line{1}");

    public static readonly DiagnosticCode FrontMatterIgnored = Warning("BB056", Structure,
        "YAML front matter (`---` lines at the top of the FAQ or glossary file) is not used and is left out",
        "YAML front matter is not used in the FAQ or the glossary: the book's metadata belongs in book.yml; these lines are left out of the book");

    public static readonly DiagnosticCode InlineNestedTooDeeply = Error("BB057", Structure,
        "emphasis, links and other inline markup nested more than 16 levels deep",
        "emphasis and links are nested more than {0} levels deep");

    public static readonly DiagnosticCode MarkdownTooComplex = Error("BB062", Structure,
        "a file whose markup the Markdown reader gives up on: nested over a hundred levels deep, or a block with tens of thousands of unclosed markers",
        "the Markdown reader gave up on this file: its markup is nested too deeply, or a block holds too many unclosed markers ('[', '*', '_', '>'); nest quotes and lists at most {0} levels and escape stray markers with '\\'");

    public static readonly DiagnosticCode TooManyMarkers = Error("BB063", Structure,
        "a block of text with more than 20,000 emphasis or link markers ('*', '_', '['): the file is not read further",
        "this block holds {0} emphasis or link markers ('*', '_', '['), more than the {1} a block may have; the file is not read further: escape stray markers with '\\' or split the block");

    public static readonly DiagnosticCode GitBookHint = Warning("BB100", Structure,
        "a GitBook hint (`{% hint style=\"...\" %}` ... `{% endhint %}`): the builder reads `:::` callouts instead; its content is kept as plain blocks",
        "GitBook hint of style '{0}' is not read: write '::: {1}' ... ':::' instead; its content is kept as plain blocks");

    public static readonly DiagnosticCode PartLanguageInvalid = Error("BB101", Structure,
        "a `lang` attribute of a span or container (`[text]{lang=ru}`, `::: {lang=he}`) that is not a well-formed BCP 47 language tag",
        "language '{0}' is not a well-formed BCP 47 language tag (e.g. 'ru', 'he', 'en-GB')");

    public static readonly DiagnosticCode ContainerAttributeUnknown = Warning("BB114", Structure,
        "an attribute or class on a `:::` container's line that the container does not read (it is ignored)",
        "the container '::: {0}' does not read {1}: it is ignored (it reads {2})");
    public static readonly DiagnosticCode ChapterFrontMatterUnknownKey = Warning("BB120", Structure,
        "an unknown key in a chapter's YAML front matter (it is left out; the keys are `author` and `description`)",
        "unknown front-matter key '{0}': a chapter's front matter may hold {1}; it is left out");

    public static readonly DiagnosticCode ChapterFrontMatterMalformed = Error("BB121", Structure,
        "a chapter's YAML front matter is malformed YAML, or not a mapping of keys",
        "the chapter's front matter is not valid YAML: {0}");

    public static readonly DiagnosticCode ChapterFrontMatterWrongType = Error("BB122", Structure,
        "a key of a chapter's front matter has the wrong type (`author` a name or a list of names, `description` a text)",
        "front-matter key '{0}' must be {1}");

    private const DiagnosticArea Images = DiagnosticArea.Images;

    public static readonly DiagnosticCode ImageRemote = Error("BB040", Images,
        "a remote image (`https://`, `data:`): images are never fetched",
        "image '{0}' is not a file in the manuscript folder: remote images are never fetched; download it into the manuscript");

    public static readonly DiagnosticCode ImagePathInvalid = Error("BB041", Images,
        "an image path that is absolute, leaves the manuscript folder (also through a symbolic link) or holds `%00`",
        "image path '{0}' {1}");

    public static readonly DiagnosticCode ImageMissing = Error("BB042", Images,
        "an image file that does not exist",
        "image file '{0}' not found");

    public static readonly DiagnosticCode ImageUndecodable = Error("BB043", Images,
        "an image that cannot be decoded (corrupt, cut short, or not an image)",
        "image '{0}' cannot be decoded: {1}");

    public static readonly DiagnosticCode ImageFormatUnsupported = Error("BB044", Images,
        "an image that is not PNG, JPEG or GIF",
        "image '{0}' is {1}: use PNG, JPEG or GIF");

    public static readonly DiagnosticCode ImageTooLarge = Error("BB045", Images,
        "an image larger than 12,000 pixels a side or 40 megapixels",
        "image '{0}' is {1}x{2} pixels: at most {3} pixels a side and {4} megapixels");

    public static readonly DiagnosticCode FigureWithoutImage = Error("BB046", Images,
        "a figure without exactly one image",
        "a figure needs exactly one image");

    public static readonly DiagnosticCode ImageWithoutAlt = Warning("BB047", Images,
        "an image without alternative text",
        "image '{0}' has no alternative text: describe it in [brackets] for readers who cannot see it");

    public static readonly DiagnosticCode ImageFileTooLarge = Error("BB048", Images,
        "an image file larger than 30 MB",
        "image '{0}' is too large ({1}): an image file may hold at most {2}");

    public static readonly DiagnosticCode ImagesTooLarge = Error("BB049", Images,
        "the book's images hold more than 400 megapixels together",
        "image '{0}' is one too many: the book's images may hold at most {1} megapixels together");

    private const DiagnosticArea Links = DiagnosticArea.Links;

    public static readonly DiagnosticCode LinkSchemeNotAllowed = Error("BB050", Links,
        "a link with a scheme other than `http`, `https` and `mailto` (e.g. `javascript:`)",
        "link to '{0}' uses the '{1}:' scheme: only http, https and mailto links may leave the book");

    public static readonly DiagnosticCode LinkAddressInvalid = Error("BB059", Links,
        "an external link whose address is not a valid URL (no host name, or a host name that cannot be written in ASCII)",
        "link to '{0}' is not a valid address: {1}");

    public static readonly DiagnosticCode LinkToUnknownFile = Error("BB051", Links,
        "a broken link to a file that is not part of the book",
        "broken link: '{0}' is not a file of this book (chapters, faq and glossary are listed in book.yml)");

    public static readonly DiagnosticCode LinkToUnknownAnchor = Error("BB052", Links,
        "a broken link to an anchor that does not exist",
        "broken link: no anchor '{0}' in the book");

    public static readonly DiagnosticCode FootnoteUnused = Warning("BB053", Links,
        "a footnote defined but never referenced",
        "footnote [^{0}] is defined but never referenced");

    public static readonly DiagnosticCode FootnoteUndefined = Error("BB054", Links,
        "a footnote referenced but not defined",
        "footnote [^{0}] is referenced but not defined");

    public static readonly DiagnosticCode FootnoteDefinedTwice = Error("BB058", Links,
        "a footnote defined twice",
        "footnote [^{0}] is defined twice (first at {1}): give each note its own label");

    public static readonly DiagnosticCode RawHtmlUnsafe = Error("BB060", Links,
        "unsafe raw HTML (scripts, frames, forms, event handlers, `javascript:` URLs)",
        "unsafe raw HTML ({0}): scripts, frames, event handlers and javascript: URLs are not allowed in a book");

    public static readonly DiagnosticCode RawHtmlRemoved = Warning("BB061", Links,
        "other raw HTML: its tags are removed, its text is kept",
        "raw HTML is not supported: its tags were removed and its text kept ({0}); use Markdown instead");

    private const DiagnosticArea FaqAndGlossary = DiagnosticArea.FaqAndGlossary;

    public static readonly DiagnosticCode GlossaryTermTwice = Error("BB070", FaqAndGlossary,
        "a glossary term defined twice",
        "glossary term '{0}' is defined twice (first at {1})");

    public static readonly DiagnosticCode FaqQuestionWithoutAnswer = Error("BB071", FaqAndGlossary,
        "an FAQ question without an answer",
        "question '{0}' has no answer");

    public static readonly DiagnosticCode FaqWithoutQuestions = Error("BB072", FaqAndGlossary,
        "an FAQ without questions",
        "the FAQ has no questions: write each question as a '##' heading with its answer below");

    public static readonly DiagnosticCode GlossaryTermWithoutDefinition = Error("BB073", FaqAndGlossary,
        "a glossary term without a definition",
        "glossary term '{0}' has no definition (write it on a line starting with ':   ')");

    public static readonly DiagnosticCode GlossaryTermUnused = Warning("BB074", FaqAndGlossary,
        "a glossary term never used in the chapters or the FAQ",
        "glossary term '{0}' is never used in the chapters or the FAQ (add an alias line under it with the spelling the text uses)");

    public static readonly DiagnosticCode GlossaryWithoutEntries = Error("BB075", FaqAndGlossary,
        "a glossary without entries",
        "the glossary has no entries: write a definition list ('Term' on one line, ':   definition' below)");
}
