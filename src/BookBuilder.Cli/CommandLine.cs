using System.Diagnostics;
using BookBuilder.Diagnostics;
using BookBuilder.Model;
using BookBuilder.Plan;
using BookBuilder.Publishing;
using BookBuilder.Typography;

namespace BookBuilder.Cli;

/// <summary>
/// Parses arguments and runs a command. Exit codes: 0 success, 1 the manuscript has errors (or an
/// edition could not be written), 2 bad usage.
/// </summary>
/// <param name="files">The atomic writes of this run, which a signal handler may abandon; a set of its own when null.</param>
public sealed class CommandLine(TextWriter stdout, TextWriter stderr, IReadOnlyList<IEditionWriter> writers, AtomicFiles? files = null)
{
    public const int Ok = 0;
    public const int ManuscriptErrors = 1;
    public const int Usage = 2;

    public static string HelpText(IEnumerable<string> formats) => $"""
        bookbuilder - builds a PDF and an EPUB 3 edition from a Markdown manuscript

        Usage:
          bookbuilder build <manuscript-dir> --out <dir> [--format {string.Join('|', formats)}|all]
                            [--page-size {PageSize.Names("|")}] [--trim {PageSize.Names("|")}]
                            [--bleed <length>] [--edition instructor|student|all]
                            [--assets <dir>] [--strict] [--verbose]
          bookbuilder check <manuscript-dir> [--strict]
          bookbuilder --help | --version

        Commands:
          build   read the manuscript and write <dir>/<slug>.<format> for each format
          check   read the manuscript and print its diagnostics; writes nothing

        Options:
          --out <dir>         output folder (created if missing)
          --format <f>        which edition to build (default: all)
          --page-size <s>     page size of the screen PDF (default: {PageSize.A4})
          --trim <s>          trim size of the print PDF (default: {PageSize.Trade6x9})
          --bleed <length>    bleed of the print PDF on the top, bottom and outside edges,
                              e.g. 0.125in, 3mm, 9pt (default: none)
          --edition <e>       instructor (the whole book), student (no solutions) or all
                              (default: the editions book.yml lists, else instructor);
                              the student edition's files are <slug>.student.<format>
          --assets <dir>      folder with fonts/ and hyphen/ (default: found automatically)
          --strict            treat warnings as errors
          --verbose           print stack traces of internal errors

        Diagnostics are printed as file:line:col: severity: message.
        Exit codes: 0 success, 1 manuscript errors or edition not written, 2 bad usage.
        SOURCE_DATE_EPOCH, when set, fixes the editions' timestamps.
        """;

    public int Run(string[] args)
    {
        var formats = writers.Select(w => w.Format).ToArray();
        if (args.Length == 0) return UsageError("no command given");
        if (args[0] is "--help" or "-h" or "help")
        {
            stdout.WriteLine(HelpText(formats));
            return Ok;
        }
        if (args[0] == "--version")
        {
            stdout.WriteLine(typeof(CommandLine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            return Ok;
        }

        var command = args[0];
        if (command is not ("build" or "check")) return UsageError($"unknown command '{command}'");

        string? manuscript = null, output = null, format = "all", pageSize = PageSize.A4.Name, trim = PageSize.Trade6x9.Name, bleed = "0", assets = null, editionName = null;
        bool strict = false, verbose = false;
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            string? Value()
            {
                if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) return args[++i];
                return null;
            }
            switch (a)
            {
                case "--help" or "-h": stdout.WriteLine(HelpText(formats)); return Ok;
                case "--out" or "-o": output = Value() ?? ""; if (output.Length == 0) return UsageError("--out needs a folder"); break;
                case "--format" or "-f": format = Value(); if (format is null) return UsageError("--format needs a value"); break;
                case "--page-size": pageSize = Value(); if (pageSize is null) return UsageError("--page-size needs a value"); break;
                case "--trim": trim = Value(); if (trim is null) return UsageError("--trim needs a value"); break;
                case "--bleed": bleed = Value(); if (bleed is null) return UsageError("--bleed needs a length"); break;
                case "--edition": editionName = Value(); if (editionName is null) return UsageError("--edition needs a value"); break;
                case "--assets": assets = Value(); if (assets is null) return UsageError("--assets needs a folder"); break;
                case "--strict": strict = true; break;
                case "--verbose" or "-v": verbose = true; break;
                default:
                    if (a.StartsWith('-')) return UsageError($"unknown option '{a}'");
                    if (manuscript is not null) return UsageError($"unexpected argument '{a}'");
                    manuscript = a;
                    break;
            }
        }
        if (manuscript is null) return UsageError("no manuscript folder given");
        if (!PageSize.TryParse(pageSize, out var size)) return UsageError($"unknown page size '{pageSize}' ({PageSize.Names(", ")})");
        if (!PageSize.TryParse(trim, out var trimSize)) return UsageError($"unknown trim size '{trim}' ({PageSize.Names(", ")})");
        if (!PrintLength.TryParse(bleed, out var bleedPoints) || bleedPoints < 0 || bleedPoints > PrintLength.MaxBleed)
            return UsageError($"bad bleed '{bleed}' (a length from 0 to 0.5in, e.g. 0.125in, 3mm or 9pt)");
        string[] chosen;
        if (format == "all") chosen = formats;
        else if (formats.Contains(format)) chosen = [format!];
        else return UsageError($"unknown format '{format}' ({string.Join(", ", formats)} or all)");
        if (command == "build" && output is null) return UsageError("build needs --out <dir>");
        BookEdition[]? editions = editionName switch
        {
            null => null,
            "instructor" => [BookEdition.Instructor],
            "student" => [BookEdition.Student],
            "all" => [BookEdition.Instructor, BookEdition.Student],
            _ => [],
        };
        if (editions is { Length: 0 }) return UsageError($"unknown edition '{editionName}' (instructor, student or all)");

        var diagnostics = new DiagnosticBag();
        var builder = new EditionBuilder(writers, line => stdout.WriteLine(line), files);
        var total = Stopwatch.StartNew();
        var stage = "reading the manuscript";
        try
        {
            // The machine's part is checked first, and reported with the manuscript's problems.
            if (command == "build") CheckEnvironment(assets, diagnostics);
            var book = builder.Check(manuscript, diagnostics);
            if (book is null || diagnostics.Fails(strict))
                return Report(diagnostics, strict, "no edition was written");
            if (command == "check")
                return Report(diagnostics, strict, null);

            var options = new BuildOptions
            {
                Timestamp = BuildOptions.ResolveTimestamp(book.Metadata.Date, Environment.GetEnvironmentVariable(BuildOptions.SourceDateEpoch)),
                PageSize = size,
                TrimSize = trimSize,
                Bleed = bleedPoints,
                AssetsDirectory = assets,
            };
            // The editions go into one set: published together when every one rendered cleanly, else none.
            using var set = builder.Begin(output!);
            var results = new List<EditionResult>();
            // The instructor's edition (the whole book) and, when asked for, the student's, from one manuscript.
            foreach (var bookEdition in (IReadOnlyList<BookEdition>?)editions ?? book.Apparatus.Editions)
            {
                var plan = BookPlanner.Plan(book, bookEdition);
                // The paged edition's pages are laid out once: the PDF is written from them and the EPUB
                // marks them. Not needed when only the other paged editions (the print PDF) are built.
                stage = $"laying out the pages of the {builder.PagedEdition?.Format.ToUpperInvariant()} edition";
                var paged = chosen.Any(f => f == builder.PagedEdition?.Format || builder.Writers.First(w => w.Format == f) is not IPagedEdition)
                    ? builder.LayOut(plan, options) : null;
                foreach (var edition in chosen)
                {
                    stage = $"building the {edition.ToUpperInvariant()} edition";
                    results.Add(builder.Render(plan, set, edition, options, diagnostics, strict, paged));
                }
            }
            stage = "publishing the editions";
            var published = builder.Publish(set, results);
            var code = Report(diagnostics, strict, published ? null : "no edition was written: the previous editions are unchanged");
            if (!published) code = ManuscriptErrors;
            stdout.WriteLine(code == Ok
                ? $"Done: {results.Count} edition(s) in {total.Elapsed.TotalSeconds:0.00} s"
                : $"Failed after {total.Elapsed.TotalSeconds:0.00} s");
            return code;
        }
        catch (Exception e) when (EnvironmentException.Find(e) is { } failure)
        {
            diagnostics.Add(failure.Diagnostic);
            return Report(diagnostics, strict, "no edition was written: the previous editions are unchanged");
        }
        catch (Exception e) when (MissingAsset(e) is { } missing)
        {
            diagnostics.Report(DiagnosticCatalog.AssetsMissing, AssetsSetting(assets), 0, 0, missing.Message);
            return Report(diagnostics, strict, "no edition was written: the previous editions are unchanged");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine(InternalError(e, stage, manuscript));
            if (verbose) stderr.WriteLine(e);
            else stderr.WriteLine("(run with --verbose for details)");
            return ManuscriptErrors;
        }
    }

    /// <summary>
    /// What a build needs of the machine besides the manuscript: a well-formed SOURCE_DATE_EPOCH
    /// (BB092) and an asset folder (BB091). Reported as diagnostics, with the manuscript's.
    /// </summary>
    private static void CheckEnvironment(string? assets, DiagnosticBag diagnostics)
    {
        try
        {
            BuildOptions.ResolveTimestamp(DateOnly.MinValue, Environment.GetEnvironmentVariable(BuildOptions.SourceDateEpoch));
        }
        catch (EnvironmentException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        try
        {
            AssetLocator.Locate(assets);
        }
        catch (AssetNotFoundException e)
        {
            diagnostics.Report(DiagnosticCatalog.AssetsMissing, AssetsSetting(assets), 0, 0, e.Message);
        }
    }

    /// <summary>Where the asset folder was chosen: the option, the environment variable, or the program's folder.</summary>
    private static string AssetsSetting(string? assets) =>
        !string.IsNullOrWhiteSpace(assets) ? "--assets"
        : !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(AssetLocator.EnvironmentVariable)) ? AssetLocator.EnvironmentVariable
        : "assets";

    /// <summary>A font or pattern file missing from the asset folder, wherever in the build it was found missing.</summary>
    private static AssetNotFoundException? MissingAsset(Exception? e) => e switch
    {
        null => null,
        AssetNotFoundException missing => missing,
        AggregateException aggregate => aggregate.InnerExceptions.Select(MissingAsset).FirstOrDefault(m => m is not null),
        _ => MissingAsset(e.InnerException),
    };

    /// <summary>
    /// The line that reports an unexpected failure: where in the manuscript it happened (the
    /// innermost place known, else the manuscript folder), what the build was doing, and why.
    /// </summary>
    public static string InternalError(Exception e, string stage, string manuscript)
    {
        var located = InputLocationException.Find(e);
        var cause = located?.InnerException ?? e;
        while (cause is AggregateException { InnerExceptions.Count: 1 } single) cause = single.InnerExceptions[0];
        var where = located?.Location ?? InputLocationException.InFile(manuscript);
        return new Diagnostic(Severity.Error, where, $"internal error while {stage}: {cause.Message}").ToString();
    }

    private int Report(DiagnosticBag diagnostics, bool strict, string? failureNote)
    {
        foreach (var d in diagnostics.Sorted())
            (d.Severity == Severity.Info ? stdout : stderr).WriteLine(d);
        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Items.Count(d => d.Severity == Severity.Warning);
        var failed = diagnostics.Fails(strict);
        if (errors + warnings > 0)
            stderr.WriteLine($"{errors} error(s), {warnings} warning(s){(strict && warnings > 0 ? " (--strict: warnings are errors)" : "")}");
        if (failed && failureNote is not null) stderr.WriteLine(failureNote);
        return failed ? ManuscriptErrors : Ok;
    }

    private int UsageError(string message)
    {
        stderr.WriteLine($"bookbuilder: {message}");
        stderr.WriteLine("Run 'bookbuilder --help' for usage.");
        return Usage;
    }
}
