-- JSON: print 2,000 records as JSON text, parse the text back and print it again, 10 rounds.
-- Lua has no JSON in its standard library: a small encoder and decoder of the usual pure-Lua kind
-- (as rxi/json.lua), keeping object keys in order so the text matches the other languages'.
local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\t'] = '\\t', ['\r'] = '\\r' }
local null = setmetatable({}, { __tostring = function() return "null" end })

local encode
local function encode_string(s) return '"' .. s:gsub('[%c"\\]', escapes) .. '"' end
function encode(v, out)
  local t = type(v)
  if v == null then out[#out + 1] = "null"
  elseif t == "boolean" then out[#out + 1] = v and "true" or "false"
  elseif t == "number" then out[#out + 1] = string.format("%d", v)
  elseif t == "string" then out[#out + 1] = encode_string(v)
  elseif v.keys then
    out[#out + 1] = "{"
    for i, k in ipairs(v.keys) do
      if i > 1 then out[#out + 1] = "," end
      out[#out + 1] = encode_string(k); out[#out + 1] = ":"
      encode(v.values[k], out)
    end
    out[#out + 1] = "}"
  else
    out[#out + 1] = "["
    for i, x in ipairs(v) do
      if i > 1 then out[#out + 1] = "," end
      encode(x, out)
    end
    out[#out + 1] = "]"
  end
end
local function to_json(v) local out = {} encode(v, out) return table.concat(out) end

local function object(keys, values) return { keys = keys, values = values } end

local decode
local function skip(s, i) return s:find("[^ \t\r\n]", i) or #s + 1 end
local unescapes = { ['"'] = '"', ['\\'] = '\\', ['/'] = '/', n = '\n', t = '\t', r = '\r', b = '\b', f = '\f' }
local function decode_string(s, i)
  local parts, j = {}, i + 1
  while true do
    local k = s:find('["\\]', j)
    parts[#parts + 1] = s:sub(j, k - 1)
    if s:sub(k, k) == '"' then return table.concat(parts), k + 1 end
    local c = s:sub(k + 1, k + 1)
    if c == "u" then
      parts[#parts + 1] = utf8.char(tonumber(s:sub(k + 2, k + 5), 16)); j = k + 6
    else
      parts[#parts + 1] = unescapes[c]; j = k + 2
    end
  end
end
function decode(s, i)
  i = skip(s, i)
  local c = s:sub(i, i)
  if c == "{" then
    local keys, values = {}, {}
    i = skip(s, i + 1)
    if s:sub(i, i) == "}" then return object(keys, values), i + 1 end
    while true do
      local k, v
      k, i = decode_string(s, skip(s, i))
      i = skip(s, i) + 1
      v, i = decode(s, i)
      keys[#keys + 1] = k; values[k] = v
      i = skip(s, i)
      local d = s:sub(i, i)
      i = i + 1
      if d == "}" then return object(keys, values), i end
    end
  elseif c == "[" then
    local list = {}
    i = skip(s, i + 1)
    if s:sub(i, i) == "]" then return list, i + 1 end
    while true do
      local v
      v, i = decode(s, i)
      list[#list + 1] = v
      i = skip(s, i)
      local d = s:sub(i, i)
      i = i + 1
      if d == "]" then return list, i end
    end
  elseif c == '"' then return decode_string(s, i)
  elseif s:sub(i, i + 3) == "true" then return true, i + 4
  elseif s:sub(i, i + 4) == "false" then return false, i + 5
  elseif s:sub(i, i + 3) == "null" then return null, i + 4
  else
    local number = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", i)
    return tonumber(number), i + #number
  end
end
local function parse_json(s) return (decode(s, 1)) end

local items = {}
for i = 0, 1999 do
  items[#items + 1] = object({ "id", "name", "tags", "ok", "score", "parent" },
    { id = i, name = "item " .. i, tags = { "a", 'b"q', "ü" }, ok = i % 2 == 0, score = (i * 7) % 1000, parent = null })
end
local text = to_json(items)
local total = 0
for round = 0, 9 do
  local back = parse_json(text)
  total = total + back[round * 100 + 1].values.score
  text = to_json(back)
end
print(utf8.len(text) .. " " .. total)
