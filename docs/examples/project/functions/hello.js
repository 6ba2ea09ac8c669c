// Public: https://<domain>/hello?name=Ada
exports.handler = (context, event, callback) => {
  const name = event.name || 'world';
  callback(null, `${context.GREETING || 'Hello'}, ${name}!`);
};
