namespace BookBuilder.Diagnostics;

public static partial class DiagnosticCatalog
{
    private const DiagnosticArea Manifest = DiagnosticArea.Manifest;

    public static readonly DiagnosticCode ManuscriptFolderMissing = Error("BB000", Manifest,
        "the manuscript folder does not exist",
        "manuscript folder not found");

    public static readonly DiagnosticCode ManifestMissing = Error("BB001", Manifest,
        "`book.yml` is missing",
        "missing {0}: every manuscript folder needs one (title, authors, language, identifier, date, chapters)");

    public static readonly DiagnosticCode ManifestMalformed = Error("BB002", Manifest,
        "`book.yml` is malformed YAML, or not a mapping of fields",
        "malformed YAML: {0}");

    public static readonly DiagnosticCode UnknownField = Warning("BB003", Manifest,
        "unknown field in `book.yml` (with a suggestion when it looks like a known one)",
        "unknown field '{0}' in book.yml{1}");

    public static readonly DiagnosticCode RequiredFieldMissing = Error("BB004", Manifest,
        "a required field is missing or empty (`title`, `authors` or an author's `name`, `language`, `identifier`, `date`, `chapters`)",
        "book.yml has no {0}: {1}");

    public static readonly DiagnosticCode FieldWrongType = Error("BB005", Manifest,
        "a field has the wrong type: a text value, a list or a mapping where another is expected",
        "'{0}' must be {1}");

    public static readonly DiagnosticCode ChapterListedTwice = Error("BB006", Manifest,
        "a chapter file is listed twice",
        "chapter file '{0}' is listed twice");

    public static readonly DiagnosticCode PathOutsideManuscript = Error("BB007", Manifest,
        "a listed path is absolute or leaves the manuscript folder (`..`, or a symbolic link to something outside it)",
        "'{0}' must be a file inside the manuscript folder (no absolute paths, no '..', no links that lead out of the folder)");

    public static readonly DiagnosticCode ListedFileMissing = Error("BB008", Manifest,
        "a file listed in `book.yml` does not exist",
        "'{0}' is listed in book.yml but does not exist");

    public static readonly DiagnosticCode FileEmpty = Error("BB009", Manifest,
        "a chapter, FAQ or glossary file is empty (a device or a pipe reads as empty and is never opened)",
        "file is empty (or not a regular file: devices and pipes are never read); a chapter needs at least a '# Title' heading");

    public static readonly DiagnosticCode FileUnreadable = Error("BB010", Manifest,
        "a file cannot be read",
        "cannot read file: {0}");

    public static readonly DiagnosticCode FileNotUtf8 = Error("BB011", Manifest,
        "a file is not valid UTF-8",
        "file is not valid UTF-8 text; save it as UTF-8");

    public static readonly DiagnosticCode LanguageTagInvalid = Error("BB012", Manifest,
        "`language` is not a BCP 47 language tag",
        "'{0}' is not a BCP 47 language tag (for example 'en', 'en-GB', 'he')");

    public static readonly DiagnosticCode IdentifierInvalid = Error("BB013", Manifest,
        "`identifier` starts with `urn:uuid:` but holds no valid UUID",
        "'{0}' is not a valid urn:uuid identifier");

    public static readonly DiagnosticCode SlugInvalid = Error("BB014", Manifest,
        "`slug` holds characters other than lower-case letters, digits and hyphens",
        "slug '{0}' may hold only lower-case letters, digits and hyphens (try '{1}')");

    public static readonly DiagnosticCode DateInvalid = Error("BB015", Manifest,
        "`date` is not a valid date in the form YYYY-MM-DD",
        "date '{0}' is not a valid date in the form YYYY-MM-DD");

    public static readonly DiagnosticCode AuthorRoleInvalid = Error("BB016", Manifest,
        "an author's `role` is not a three-letter MARC relator code",
        "author role '{0}' is not a three-letter MARC relator code such as 'aut' or 'edt'");

    public static readonly DiagnosticCode HyphenationEntryInvalid = Error("BB017", Manifest,
        "a `hyphenation` entry is not one word with hyphens where it may break",
        "hyphenation entry '{0}' must be one word of letters with hyphens where it may break, e.g. 'Vla-di-mir'");

    public static readonly DiagnosticCode TextTooLarge = Error("BB018", Manifest,
        "a text file larger than 2 MB, or text files larger than 8 MB together",
        "too large ({0}): {2} may hold at most {1}");

    public static readonly DiagnosticCode SlugTooLong = Error("BB019", Manifest,
        "`slug` is longer than 100 characters",
        "slug is {0} characters long: a file name stem may have at most {1} (a slug made from the title is shortened instead)");

    public static readonly DiagnosticCode IsbnInvalid = Error("BB023", Manifest,
        "`isbn` is not an ISBN-13 or ISBN-10 with a right check digit",
        "'{0}' is not a valid ISBN: give the 13 digits (or the 10 of an older ISBN) with their check digit; hyphens may group them");

    public static readonly DiagnosticCode ChapterKindUnknown = Error("BB024", Manifest,
        "a chapter entry's `kind` is not one the builder knows",
        "chapter kind '{0}' is not known: use one of {1}");
}
