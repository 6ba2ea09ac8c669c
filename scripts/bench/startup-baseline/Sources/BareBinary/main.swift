import ArgumentParser
import BuildScript
import ServerlessClient
import ServerlessSandbox
import ServerlessVerbs

// Links everything `buildsh` links (the linker keeps every object of these modules) and does
// nothing else: the floor `buildsh -c 'print 1'` is measured against.
print(1)
