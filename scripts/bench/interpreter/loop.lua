-- 1,000,000 iterations of arithmetic and string building (locals, table.concat).
local acc = 0
local parts = {}
for i = 0, 999999 do
  acc = acc + i * 3 % 7
  parts[#parts + 1] = tostring(i % 10)
end
local s = table.concat(parts)
print(#s .. " " .. acc)
