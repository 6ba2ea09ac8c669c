// Placeholder until the LineEditor module lands.
