namespace BookBuilder.Typography;

/// <summary>The direction a piece of text is shaped in.</summary>
public enum TextDirection
{
    /// <summary>
    /// Each font run in the direction of its script, as HarfBuzz guesses it: right-to-left for a
    /// Hebrew or Arabic word, left-to-right otherwise. For text that has not been through the
    /// bidirectional algorithm (a running head, a folio).
    /// </summary>
    Auto,
    /// <summary>Left to right: glyphs follow the characters (numbers, even Arabic-Indic ones).</summary>
    LeftToRight,
    /// <summary>Right to left: the first character's glyph is the rightmost; brackets are mirrored.</summary>
    RightToLeft,
}
