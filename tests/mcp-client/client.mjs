// Runs a list of steps against an MCP server with the reference TypeScript client and prints one
// JSON document with each step's outcome.
//   node client.mjs steps.json stdio COMMAND [ARGS...]   (started in $MCP_SERVER_CWD when set)
//   node client.mjs steps.json http URL [TOKEN]
// Steps: {op:"tools"} | {op:"call", name, arguments, textFromFile?} | {op:"time", name, arguments, count}
//        {op:"resources"} | {op:"read", uri} | {op:"subscribe", uri} | {op:"write", file, text}
//        {op:"waitUpdated", uri, timeoutMs}
// A protocol error is recorded as {protocolError: message}; the run goes on.
import { readFileSync, writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ResourceUpdatedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";

const [stepsFile, kind, target, ...rest] = process.argv.slice(2);
const steps = JSON.parse(readFileSync(stepsFile, "utf8"));
const transport = kind === "stdio"
  ? new StdioClientTransport({ command: target, args: rest, stderr: "inherit", cwd: process.env.MCP_SERVER_CWD || undefined })
  : new StreamableHTTPClientTransport(new URL(target), rest[0] ? { requestInit: { headers: { Authorization: "Bearer " + rest[0] } } } : {});
const client = new Client({ name: "tamer-spec-tests", version: "1.0.0" });
const updated = [];
client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => { updated.push(n.params.uri); });

const results = [];
const timeout = { timeout: 600000 };
try {
  await client.connect(transport);
  results.push({ op: "connect", server: client.getServerVersion() });
} catch (error) {
  console.log(JSON.stringify({ connectError: String(error?.message ?? error), code: error?.code ?? null }));
  process.exit(0);
}

async function step(s) {
  switch (s.op) {
    case "tools": return await client.listTools();
    case "call": {
      const args = { ...(s.arguments ?? {}) };
      if (s.textFromFile) args.text = readFileSync(s.textFromFile).toString("utf8");
      return await client.callTool({ name: s.name, arguments: args }, undefined, timeout);
    }
    case "time": {
      const ms = [];
      for (let i = 0; i < s.count; i++) {
        const start = process.hrtime.bigint();
        const r = await client.callTool({ name: s.name, arguments: s.arguments }, undefined, timeout);
        ms.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (r.isError) return { isError: true, result: r };
      }
      return { ms };
    }
    case "resources": return await client.listResources();
    case "read": return await client.readResource({ uri: s.uri });
    case "subscribe": return await client.subscribeResource({ uri: s.uri });
    case "write": writeFileSync(s.file, s.text); return {};
    case "waitUpdated": {
      const end = Date.now() + (s.timeoutMs ?? 10000);
      while (Date.now() < end && !updated.includes(s.uri)) await new Promise((r) => setTimeout(r, 50));
      return { updated: updated.includes(s.uri) };
    }
    default: throw new Error("unknown step " + s.op);
  }
}

for (const s of steps) {
  try {
    results.push({ op: s.op, result: await step(s) });
  } catch (error) {
    results.push({ op: s.op, protocolError: String(error?.message ?? error), code: error?.code ?? null });
  }
}

await client.close();
console.log(JSON.stringify({ results }));
