// The independent half of .ci/webhook-signature-check: a webhook receiver on 127.0.0.1 that
// verifies every request with the reference Standard Webhooks library (npm "standardwebhooks"),
// never with our code. The path says which secret to verify with and what must happen:
//   /valid/<a|b>/<case>    must verify     /invalid/<a|b>/<case>    must not verify
// It answers 204 when the request verified, 401 when it did not, and writes one JSON line per
// request to the log file. Usage: node receiver.js <port file> <log file>, with SECRET_A and
// SECRET_B in the environment; it stops by itself after STOP_AFTER_MS (default 120 s).
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const { Webhook } = require("standardwebhooks");

const [portFile, logFile] = process.argv.slice(2);
const secrets = { a: process.env.SECRET_A, b: process.env.SECRET_B };
const stopAfter = Number(process.env.STOP_AFTER_MS || 120000);

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const payload = Buffer.concat(chunks);
    const [, expect, secretName, name] = request.url.split("/");
    let verified = false;
    let error = null;
    try {
      new Webhook(secrets[secretName]).verify(payload, request.headers);
      verified = true;
    } catch (failure) {
      error = String(failure && failure.message);
    }
    fs.appendFileSync(logFile, JSON.stringify({
      expect, secret: secretName, name, verified, error,
      id: request.headers["webhook-id"] || null,
      contentType: request.headers["content-type"] || null,
      userAgent: request.headers["user-agent"] || null,
    }) + "\n");
    response.writeHead(verified ? 204 : 401).end();
  });
});

server.listen(0, "127.0.0.1", () => fs.writeFileSync(portFile, String(server.address().port)));
setTimeout(() => server.close(() => process.exit(0)), stopAfter).unref();
process.on("SIGTERM", () => server.close(() => process.exit(0)));
