// Times `tamer-lint lsp` from the client's side: one server process over stdio, one Work Item
// opened, then ROUNDS whole-text changes that alternately fix and restore a status typo. Each round
// is timed from writing the didChange to reading the publishDiagnostics of that version, so the
// time includes the server's debounce. Node's standard library only.
//   node change-latency.mjs ROOT FILE ROUNDS COMMAND [ARGS...]
// With WATCH=1 in the environment the client declares that it watches files for the server (as
// VS Code does), so the server keeps its plan between lints; otherwise it plans every lint.
// Prints one JSON object: { "open": ms, "changes": [ms, ...], "typoCleared": true|false }.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [root, file, roundsText, command, ...args] = process.argv.slice(2);
const rounds = Number(roundsText);
const uri = pathToFileURL(file).href;
const text = readFileSync(file, "utf8");
const typo = text.match(/^status: .*$/m);
if (!typo) throw new Error(`${file} has no status line`);
const broken = text.replace(typo[0], "status: started");
const fixed = text.replace(typo[0], "status: in_progress");

const server = spawn(command, [...args, "lsp"], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
const waiting = new Map();
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString("ascii"))[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
    buffer = buffer.subarray(headerEnd + 4 + length);
    if (message.method && message.id !== undefined) {
      send({ id: message.id, result: null });
      continue;
    }
    const key = message.method === "textDocument/publishDiagnostics" ? `diagnostics:${message.params.version}` : `response:${message.id}`;
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(message);
    }
  }
});

const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
};
const next = (key) => new Promise((resolve) => waiting.set(key, resolve));

const initialized = next("response:1");
send({ id: 1, method: "initialize", params: { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: process.env.WATCH === "1" } } } } });
await initialized;
send({ method: "initialized", params: {} });

let start = performance.now();
const opened = next("diagnostics:1");
send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: broken } } });
await opened;
const open = performance.now() - start;

const changes = [];
let typoCleared = true;
for (let round = 0; round < rounds; round++) {
  const version = round + 2;
  const published = next(`diagnostics:${version}`);
  start = performance.now();
  send({ method: "textDocument/didChange", params: { textDocument: { uri, version }, contentChanges: [{ text: round % 2 === 0 ? fixed : broken }] } });
  const message = await published;
  changes.push(performance.now() - start);
  const hasTypo = message.params.diagnostics.some((d) => d.code === "TMR0007");
  if (round % 2 === 0 && hasTypo) typoCleared = false;
}

const done = next("response:2");
send({ id: 2, method: "shutdown" });
await done;
send({ method: "exit" });
console.log(JSON.stringify({ open, changes, typoCleared }));
