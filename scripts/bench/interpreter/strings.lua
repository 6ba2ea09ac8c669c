-- The string library: interpolation, upper, replace, contains, split, join and len, 20,000 rounds.
local function split(s, sep)
  local parts = {}
  for part in string.gmatch(s, "([^" .. sep .. "]+)") do parts[#parts + 1] = part end
  return parts
end
local words = split("alpha beta gamma delta epsilon zeta eta theta", " ")
local total, hits, out = 0, 0, ""
for i = 0, 19999 do
  local w = words[i % 8 + 1]
  local line = string.upper(w) .. "-" .. i .. "-" .. string.gsub(w, "a", "4")
  if string.find(line, "4", 1, true) then hits = hits + 1 end
  out = table.concat(split(line, "-"), "+")
  total = total + #out
end
print(hits .. " " .. total .. " " .. out)
