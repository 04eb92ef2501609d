// The Tamer.Spec extension: starts `tamer-lint lsp` (by default `dotnet tamer-lint lsp`, the
// repository's local tool) once a Work Item or a .tamer.yml is in sight, and hands it the
// workspace's Markdown files. Every check, fix and message comes from the server, which is the
// command line's engine; the extension adds none of its own.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

// A Work Item starts with a frontmatter block that has an `id:` key.
export function looksLikeWorkItem(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (lines[0] !== "---") {
    return false;
  }

  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === "---" || lines[i] === "...") {
      return false;
    }

    if (/^id\s*:/.test(lines[i])) {
      return true;
    }
  }

  return false;
}

function wanted(document: vscode.TextDocument): boolean {
  return (document.languageId === "markdown" && looksLikeWorkItem(document.getText())) || /(^|[\\/])\.tamer\.ya?ml$/.test(document.fileName);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    return;
  }

  const settings = vscode.workspace.getConfiguration("tamer");
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const serverOptions: ServerOptions = {
    command: settings.get<string>("server.command", "dotnet"),
    args: settings.get<string[]>("server.args", ["tamer-lint", "lsp"]),
    options: cwd ? { cwd } : undefined,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", pattern: "**/.tamer.{yml,yaml}" },
    ],
  };
  client = new LanguageClient("tamer", "Tamer.Spec", serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const hasConfiguration = (await vscode.workspace.findFiles("**/.tamer.yml", "**/node_modules/**", 1)).length > 0;
  if (hasConfiguration || vscode.workspace.textDocuments.some(wanted)) {
    await start(context);
    return;
  }

  const listener = vscode.workspace.onDidOpenTextDocument(async (document) => {
    if (wanted(document)) {
      listener.dispose();
      await start(context);
    }
  });
  context.subscriptions.push(listener);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
