-- Footnotes for WeasyPrint: each note becomes a span in the text where it is called, which the
-- style sheet floats to the foot of the page (float: footnote), as the builder's PDF sets them.
-- (pandoc's HTML would otherwise collect them as endnotes at the end of the document.)
function Note(note)
  return pandoc.Span(pandoc.utils.blocks_to_inlines(note.content, {pandoc.Space()}), {class = 'footnote'})
end
