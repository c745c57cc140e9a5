using System.Runtime.InteropServices;

namespace BookBuilder.Pdf.Output;

/// <summary>
/// The parts of HarfBuzz's subsetter (hb-subset) that the native libHarfBuzzSharp exports but the
/// managed HarfBuzzSharp API does not wrap. Same library name as HarfBuzzSharp's own imports, so
/// the runtime resolves it from the same NuGet native asset.
/// </summary>
internal static class HarfBuzzSubsetNative
{
    private const string Lib = "libHarfBuzzSharp";

    /// <summary>hb_subset_flags_t values used here.</summary>
    [Flags]
    public enum SubsetFlags : uint
    {
        Default = 0,
        NoHinting = 0x1,
        RetainGids = 0x2,
        NotdefOutline = 0x40,
        NoLayoutClosure = 0x200,
    }

    /// <summary>hb_subset_sets_t.</summary>
    public enum SubsetSet
    {
        GlyphIndex = 0,
        Unicode = 1,
        NoSubsetTableTag = 2,
        DropTableTag = 3,
    }

    [DllImport(Lib)] public static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Lib)] public static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Lib)] public static extern IntPtr hb_subset_input_set(IntPtr input, SubsetSet setType);
    [DllImport(Lib)] public static extern uint hb_subset_input_get_flags(IntPtr input);
    [DllImport(Lib)] public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Lib)] public static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Lib)] public static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Lib)] public static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Lib)] public static extern void hb_face_destroy(IntPtr face);
    [DllImport(Lib)] public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Lib)] public static extern void hb_blob_destroy(IntPtr blob);
}
