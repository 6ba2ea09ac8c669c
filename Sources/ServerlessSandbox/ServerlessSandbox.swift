// Placeholder until the ServerlessSandbox module lands.
