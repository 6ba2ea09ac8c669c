// The start-up benchmark's floor: linked from the very objects of the release `buildsh` (every
// library it links, less its own code), it only prints 1. See scripts/bench/startup-baseline/link.
print(1)
