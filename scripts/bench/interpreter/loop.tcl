# 1,000,000 iterations of arithmetic and string building (inside a proc, Tcl's fastest form).
proc bench {} {
    set acc 0
    set s ""
    for {set i 0} {$i < 1000000} {incr i} {
        set acc [expr {$acc + $i * 3 % 7}]
        append s [expr {$i % 10}]
    }
    puts "[string length $s] $acc"
}
bench
