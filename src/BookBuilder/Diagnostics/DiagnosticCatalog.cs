using System.Reflection;

namespace BookBuilder.Diagnostics;

/// <summary>
/// Every diagnostic the builder reports, each declared once with its code, severity, meaning and
/// message template. Stages report through these entries (<see cref="DiagnosticBag.Report(DiagnosticCode, Model.SourceSpan, object?[])"/>),
/// never with a code of their own; the README's tables are checked against <see cref="All"/>.
/// A code keeps its meaning for ever: a new meaning gets a new code.
/// </summary>
public static partial class DiagnosticCatalog
{
    // Read on first use: the entries are static fields spread over several files, whose
    // initialisation order among themselves is not defined.
    private static readonly Lazy<DiagnosticCode[]> Entries = new(() => typeof(DiagnosticCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticCode))
        .OrderBy(f => f.MetadataToken)
        .Select(f => (DiagnosticCode)f.GetValue(null)!)
        .OrderBy(c => c.Area)
        .ToArray());

    /// <summary>Every entry, ordered by area and then as declared (each area is declared in one file).</summary>
    public static IReadOnlyList<DiagnosticCode> All => Entries.Value;

    /// <summary>The entry with code <paramref name="code"/>, or null.</summary>
    public static DiagnosticCode? Find(string code) => All.FirstOrDefault(c => c.Code == code);

    private static DiagnosticCode Error(string code, DiagnosticArea area, string meaning, string template) =>
        new(code, Severity.Error, area, meaning, template);

    private static DiagnosticCode Warning(string code, DiagnosticArea area, string meaning, string template) =>
        new(code, Severity.Warning, area, meaning, template);
}
