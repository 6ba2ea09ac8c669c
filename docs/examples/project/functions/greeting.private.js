// Private: not served at a URL; other functions load it with
// require(Runtime.getFunctions()['greeting'].path).
exports.greet = (greeting, name) => `${greeting}, ${name}!`;
