-- Many small procedure calls: 3 calls per iteration, 100,000 iterations.
local function add(a, b) return a + b end
local function twice(x) return add(x, x) end
local acc = 0
for i = 0, 99999 do
  acc = add(acc, twice(i % 10))
end
print(acc)
