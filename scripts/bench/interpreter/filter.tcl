# Build 100,000 records (dicts), then filter them (timed on its own) and count the matches.
proc bench {} {
    set records {}
    for {set i 0} {$i < 100000} {incr i} {
        set status completed
        if {$i % 3 == 0} { set status failed }
        lappend records [dict create sid "ZB$i" status $status n $i]
    }
    set started [clock microseconds]
    set matches 0
    foreach r $records {
        if {[dict get $r status] eq "failed" && [dict get $r n] > 50000} { incr matches }
    }
    set seconds [expr {([clock microseconds] - $started) / 1e6}]
    puts "matches $matches filter_seconds $seconds"
}
bench
