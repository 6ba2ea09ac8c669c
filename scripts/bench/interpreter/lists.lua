-- Lists: append, index, slice, a map (loop building a table), a filter, sort, unique, sum.
local l = {}
for i = 0, 119999 do l[#l + 1] = (i * 37) % 1000 end
local doubled = {}
for _, x in ipairs(l) do doubled[#doubled + 1] = x * 2 end
local evens = {}
for _, x in ipairs(l) do if x % 2 == 0 then evens[#evens + 1] = x end end
local middle = table.move(l, 1001, 2000, 1, {})
local picked = 0
for k = 0, 119999, 7 do picked = picked + doubled[k + 1] end
local seen, u = {}, {}
for _, x in ipairs(l) do if not seen[x] then seen[x] = true; u[#u + 1] = x end end
table.sort(u, function(a, b) return a > b end)
local function sum(t) local s = 0 for _, x in ipairs(t) do s = s + x end return s end
print(#evens .. " " .. sum(evens) .. " " .. sum(middle) .. " " .. picked .. " " .. #u .. " " .. u[1] .. " " .. u[#u] .. " " .. l[#l])
