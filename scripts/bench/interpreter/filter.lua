-- Build 100,000 records (tables), then filter them (timed on its own) and count the matches.
local records = {}
for i = 0, 99999 do
  local status = "completed"
  if i % 3 == 0 then status = "failed" end
  records[#records + 1] = { sid = "ZB" .. i, status = status, n = i }
end
local started = os.clock()
local matches = 0
for _, r in ipairs(records) do
  if r.status == "failed" and r.n > 50000 then matches = matches + 1 end
end
print("matches " .. matches .. " filter_seconds " .. string.format("%.6f", os.clock() - started))
