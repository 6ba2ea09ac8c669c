// Placeholder until the ServerlessVerbs module lands.
