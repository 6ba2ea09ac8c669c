-- Closures: functions defined inside a function, reading and assigning its locals, 120,000 calls.
local function tally(step)
  local total, calls = 0, 0
  local function bump(x)
    total = total + x * step
    calls = calls + 1
  end
  for i = 0, 39999 do bump(i % 100) end
  return total + calls
end
local sum = 0
for _, step in ipairs({ 1, 2, 3 }) do sum = sum + tally(step) end
print(sum)
