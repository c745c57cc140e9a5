using System.Text;

namespace BookBuilder.Plan.Index;

/// <summary>
/// How the index sorts: a small collation of the builder's own, the same on every machine.
/// Headings compare first by their letters and digits alone, in any case and without
/// diacritics ("Émigré" sorts with "emigre", "Ångström" with "angstrom", "ß" as "ss"), word by
/// word (a space sorts before any letter, so "New York" comes before "Newark"), digits before
/// letters; then, among headings equal so far, by their diacritics, then lower case before upper
/// case, then by their code points, so that the order is total and repeatable.
/// </summary>
/// <remarks>
/// The builder runs with InvariantGlobalization: no culture but the invariant one exists, string
/// comparison is ordinal ("Zebra" before "apple"), and Unicode normalisation leaves text as it is,
/// so neither CultureInfo comparison nor decomposition can sort an index. Enabling ICU would make
/// the order depend on the ICU version of the machine that builds (and the native command on a
/// library it does not ship), so two builds of one manuscript could differ. The table below folds
/// the Latin and Greek letters with diacritics to their base letters, as English dictionaries do,
/// and ё to е as Russian ones do; other letters sort by code point, each script after the Latin
/// one. A language whose alphabet orders letters otherwise (Swedish å, ä, ö after z) needs rules
/// of its own, next to its labels in <see cref="BookLabels"/>.
/// </remarks>
public static class IndexCollation
{
    // Letter, then what it folds to; generated from Unicode's canonical decompositions
    // (U+00C0-U+024F, U+1E00-U+1EFF, U+0370-U+03FF), plus letters that do not decompose.
    private const string Folds =
        "ÀA ÁA ÂA ÃA ÄA ÅA ÆAE ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÐD ÑN ÒO ÓO ÔO ÕO ÖO ØO ÙU ÚU ÛU ÜU ÝY " +
        "ÞTH ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu " +
        "üu ýy þth ÿy ĀA āa ĂA ăa ĄA ąa ĆC ćc ĈC ĉc ĊC ċc ČC čc ĎD ďd ĐD đd ĒE ēe ĔE ĕe ĖE ėe ĘE " +
        "ęe ĚE ěe ĜG ĝg ĞG ğg ĠG ġg ĢG ģg ĤH ĥh ĦH ħh ĨI ĩi ĪI īi ĬI ĭi ĮI įi İI ıi ĴJ ĵj ĶK ķk ĸq " +
        "ĹL ĺl ĻL ļl ĽL ľl ŁL łl ŃN ńn ŅN ņn ŇN ňn ŊN ŋn ŌO ōo ŎO ŏo ŐO őo ŒOE œoe ŔR ŕr ŖR ŗr ŘR " +
        "řr ŚS śs ŜS ŝs ŞS şs ŠS šs ŢT ţt ŤT ťt ŦT ŧt ŨU ũu ŪU ūu ŬU ŭu ŮU ůu ŰU űu ŲU ųu ŴW ŵw ŶY " +
        "ŷy ŸY ŹZ źz ŻZ żz ŽZ žz ſs ƠO ơo ƯU ưu ǍA ǎa ǏI ǐi ǑO ǒo ǓU ǔu ǕU ǖu ǗU ǘu ǙU ǚu ǛU ǜu ǞA " +
        "ǟa ǠA ǡa ǢÆ ǣæ ǦG ǧg ǨK ǩk ǪO ǫo ǬO ǭo ǮƷ ǯʒ ǰj ǴG ǵg ǸN ǹn ǺA ǻa ǼÆ ǽæ ǾØ ǿø ȀA ȁa ȂA ȃa " +
        "ȄE ȅe ȆE ȇe ȈI ȉi ȊI ȋi ȌO ȍo ȎO ȏo ȐR ȑr ȒR ȓr ȔU ȕu ȖU ȗu ȘS șs ȚT țt ȞH ȟh ȦA ȧa ȨE ȩe " +
        "ȪO ȫo ȬO ȭo ȮO ȯo ȰO ȱo ȲY ȳy ḀA ḁa ḂB ḃb ḄB ḅb ḆB ḇb ḈC ḉc ḊD ḋd ḌD ḍd ḎD ḏd ḐD ḑd ḒD ḓd " +
        "ḔE ḕe ḖE ḗe ḘE ḙe ḚE ḛe ḜE ḝe ḞF ḟf ḠG ḡg ḢH ḣh ḤH ḥh ḦH ḧh ḨH ḩh ḪH ḫh ḬI ḭi ḮI ḯi ḰK ḱk " +
        "ḲK ḳk ḴK ḵk ḶL ḷl ḸL ḹl ḺL ḻl ḼL ḽl ḾM ḿm ṀM ṁm ṂM ṃm ṄN ṅn ṆN ṇn ṈN ṉn ṊN ṋn ṌO ṍo ṎO ṏo " +
        "ṐO ṑo ṒO ṓo ṔP ṕp ṖP ṗp ṘR ṙr ṚR ṛr ṜR ṝr ṞR ṟr ṠS ṡs ṢS ṣs ṤS ṥs ṦS ṧs ṨS ṩs ṪT ṫt ṬT ṭt " +
        "ṮT ṯt ṰT ṱt ṲU ṳu ṴU ṵu ṶU ṷu ṸU ṹu ṺU ṻu ṼV ṽv ṾV ṿv ẀW ẁw ẂW ẃw ẄW ẅw ẆW ẇw ẈW ẉw ẊX ẋx " +
        "ẌX ẍx ẎY ẏy ẐZ ẑz ẒZ ẓz ẔZ ẕz ẖh ẗt ẘw ẙy ẛſ ẠA ạa ẢA ảa ẤA ấa ẦA ầa ẨA ẩa ẪA ẫa ẬA ậa ẮA " +
        "ắa ẰA ằa ẲA ẳa ẴA ẵa ẶA ặa ẸE ẹe ẺE ẻe ẼE ẽe ẾE ếe ỀE ềe ỂE ểe ỄE ễe ỆE ệe ỈI ỉi ỊI ịi ỌO " +
        "ọo ỎO ỏo ỐO ốo ỒO ồo ỔO ổo ỖO ỗo ỘO ộo ỚO ớo ỜO ờo ỞO ởo ỠO ỡo ỢO ợo ỤU ụu ỦU ủu ỨU ứu ỪU " +
        "ừu ỬU ửu ỮU ữu ỰU ựu ỲY ỳy ỴY ỵy ỶY ỷy ỸY ỹy ΆΑ ΈΕ ΉΗ ΊΙ ΌΟ ΎΥ ΏΩ ΐι ΪΙ ΫΥ άα έε ήη ίι ΰυ " +
        "ϊι ϋυ όο ύυ ώω ϓϒ ϔϒ ёе ЁЕ ";

    private static readonly Dictionary<char, string> Fold = Folds.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToDictionary(pair => pair[0], pair => pair[1..]);

    /// <summary>Compares two headings as the index orders them.</summary>
    public static StringComparer Comparer { get; } = new Collator();

    /// <summary>
    /// The primary key of a heading: its letters and digits folded to lower case without
    /// diacritics, words separated by one space, punctuation left out.
    /// </summary>
    public static string PrimaryKey(string heading)
    {
        var sb = new StringBuilder(heading.Length);
        var space = false;
        foreach (var c in heading)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2013' or '\u2014' or '/')
            {
                space = sb.Length > 0;
                continue;
            }
            if (!char.IsLetterOrDigit(c)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(Fold.TryGetValue(c, out var folded) ? folded.ToLowerInvariant() : char.ToLowerInvariant(c).ToString());
        }
        return sb.ToString();
    }

    /// <summary>
    /// The letter group of a heading: its first letter without diacritics, in capitals ("E" for
    /// "Émigré"); null for a heading that starts with a digit or has no letter, which goes with
    /// the numbers and symbols before the letters.
    /// </summary>
    public static string? Group(string heading)
    {
        var key = PrimaryKey(heading);
        if (key.Length == 0 || !char.IsLetter(key[0])) return null;
        var end = char.IsSurrogatePair(key, 0) ? 2 : 1;
        return key[..end].ToUpperInvariant();
    }

    private sealed class Collator : StringComparer
    {
        public override int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var primary = string.CompareOrdinal(PrimaryKey(x), PrimaryKey(y));
            if (primary != 0) return primary;
            // Diacritics: the same letters without folding, in lower case.
            var secondary = string.CompareOrdinal(x.ToLowerInvariant(), y.ToLowerInvariant());
            if (secondary != 0) return secondary;
            // Case: lower case first ("march" before "March").
            var tertiary = -string.CompareOrdinal(x, y);
            return tertiary;
        }

        public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

        public override int GetHashCode(string obj) => obj.GetHashCode(StringComparison.Ordinal);
    }
}
