// A Twilio Function: answers GET /hello with a greeting. Used by tour.bsh and deploy.bsh.
exports.handler = function (context, event, callback) {
  const name = event.name || 'world';
  callback(null, { message: `Hello, ${name}!` });
};
