-- The manuscript's files parsed one by one (--file-scope, so that each chapter keeps its own
-- footnotes) make one document here: headings repeated across chapters get unique identifiers
-- (id, id-1, id-2, ... as pandoc gives them within one file), and links between the files
-- (02-history.md#anchor, chapters/02-history.md#anchor) become links inside the document (#anchor).
local seen = {}

local function unique(id)
  if id == '' then return id end
  if not seen[id] then seen[id] = true; return id end
  local n = 1
  while seen[id .. '-' .. n] do n = n + 1 end
  seen[id .. '-' .. n] = true
  return id .. '-' .. n
end

return {
  {
    Header = function(h) h.identifier = unique(h.identifier); return h end,
    Link = function(link)
      local anchor = link.target:match('^[%w%./_-]+%.md#(.+)$')
      if anchor then link.target = '#' .. anchor end
      return link
    end,
  },
}
