-- Records: build 60,000 of them, sort by a number field and by a string field, read fields back.
local records = {}
for i = 0, 59999 do
  records[#records + 1] = { sid = "ZB" .. (i * 7919) % 60013, n = (i * 104729) % 60013, status = "completed" }
end
local by_n = table.move(records, 1, #records, 1, {})
table.sort(by_n, function(a, b) return a.n < b.n end)
local by_sid = table.move(records, 1, #records, 1, {})
table.sort(by_sid, function(a, b) return a.sid > b.sid end)
local checksum = 0
for k = 0, 59999, 2000 do checksum = checksum + by_n[k + 1].n end
print(by_n[1].sid .. " " .. by_n[#by_n].sid .. " " .. by_sid[1].sid .. " " .. by_sid[#by_sid].sid .. " " .. checksum)
