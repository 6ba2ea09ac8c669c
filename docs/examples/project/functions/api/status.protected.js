// Protected: only requests signed by Twilio reach it (e.g. a messaging webhook).
exports.handler = (context, event, callback) => {
  const twiml = new Twilio.twiml.MessagingResponse();
  twiml.message(`Status: ok (${context.GREETING || 'Hello'})`);
  callback(null, twiml);
};
