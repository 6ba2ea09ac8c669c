// Placeholder until the BuildScript module lands.
