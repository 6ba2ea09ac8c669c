// Placeholder until the ServerlessClient module lands.
