// mudaqqiq-language-server: the Mudaqqiq checker for any LSP editor.
//
//   mudaqqiq-language-server --stdio        (also --node-ipc and --socket=<port>, as vscode-languageserver reads them)
//
// Standard LSP: incremental sync; diagnostics pulled (textDocument/diagnostic) when the client can, pushed
// otherwise, after a typing pause of 150 ms, on save and on configuration change; code actions (quick fixes,
// "fix all of this rule", disable directives, source.fixAll.mudaqqiq, and "add this spelling to the
// workspace name list as preferred" on a name-consistency finding, a WorkspaceEdit of the `names` of
// .mudaqqiq.json or of the file it points to, made when missing); hover (Markdown, or plain text for a
// client that does not list Markdown in hover.contentFormat); document symbols (the article outline,
// with a group of the names it mentions); rename (prepareRename and rename on any mention of a name
// rewrite every spelling of it). Arabic messages and titles are right-to-left isolates (U+2067 …
// U+2069), so they read in order in a left-to-right list. The config files (.mudaqqiq.json and the names
// files they point to) are watched through dynamic registration; for a client that cannot watch them
// (Neovim before 0.10, and on Linux after), they are looked at again when a document is opened or saved.
// The lifecycle is the spec's: requests before `initialize` get ServerNotInitialized, after `shutdown`
// InvalidRequest, and so does a message with an id but no method (lifecycle.ts); malformed params get
// InvalidParams (params.ts).
//
// Settings: the `mudaqqiq` section through workspace/configuration, or initializationOptions for clients
// that cannot answer it: {enable, run: "onType"|"onSave", locale: "auto"|"ar"|"en", rules: {id: severity},
// languages: [language ids]}. Rule settings are held to the schema of .mudaqqiq.json; a bad value falls
// back to its default and is reported once.
//
// Commands (workspace/executeCommand):
//   mudaqqiq.fixAll          [uri]  applies every safe fix to the open document through workspace/applyEdit;
//                                   answers {applied: boolean}, with failureReason when the client did not
//                                   apply the edit (the server then tells the user with window/showMessage);
//                                   an error (RequestFailed) for a client that does not announce
//                                   workspace.applyEdit (source.fixAll.mudaqqiq works there).
//   mudaqqiq.checkWorkspace  []                 every workspace folder, or
//                            [uri, …] / [[uri, …]] / [{uris?: [uri], folder?: uri}]   files or folders;
//                                   checks article files on disk (.news .arnews .md .markdown .txt), publishes
//                                   their diagnostics, reports $/progress when given a workDoneToken; answers
//                                   {files, checked, errors, warnings, infos}.
//
// Notification from the server, for a status item:
//   mudaqqiq/status  {uri, version, checked, busy, errors, warnings, infos, omitted, limited}
//     checked: false when the settings or the language leave the document alone (an English .txt), so
//     its counts mean nothing. busy: a huge document is being checked (in a worker thread); sent again
//     with busy false and the counts of the finished check, or of the last one when the check is dropped
//     (the document closed or changed meanwhile). omitted: findings beyond the 1,000 shown (the most severe are shown, errors first).
//     limited: the text is over 8,000,000 characters, so only the paragraph rules ran (the writer is
//     told once).
//
// Size: texts over 256 K characters are checked in a worker thread, so nothing a huge document costs
// holds up requests about other documents; over --stdio each message is decoded as its bytes arrive
// (message-reader.ts), so reading a 10 MB didOpen does not hold the event loop either.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { version } from '../../../package.json';
import { serveWorker } from './checker';
import { connectionFromCommandLine, transportOf } from './connection';
import { Lifecycle } from './lifecycle';
import { startServer } from './server';

const data = workerData as { mudaqqiqWorker?: boolean; results: MessagePort } | undefined;
if (!isMainThread && parentPort && data?.mudaqqiqWorker) {
  serveWorker(parentPort, data.results);
} else if (process.argv.includes('--version')) {
  process.stdout.write(`${version}\n`);
} else if (process.argv.includes('--help') || !transportOf(process.argv.slice(2))) {
  // Run by hand, or by an editor set up without a transport: say how to start it, not a stack trace.
  const usage = 'Usage: mudaqqiq-language-server --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)\nThe Mudaqqiq language server, for an editor to start; the command-line checker is mudaqqiq.\n';
  process.stderr.write(usage);
  process.exitCode = process.argv.includes('--help') ? 0 : 2;
} else {
  const lifecycle = new Lifecycle();
  startServer(connectionFromCommandLine(lifecycle), lifecycle, { workerScript: __filename, version });
}
