// mudaqqiq-language-server: the Mudaqqiq checker for any LSP editor.
//
//   mudaqqiq-language-server --stdio        (also --node-ipc and --socket=<port>, as vscode-languageserver reads them)
//
// Standard LSP: incremental sync; diagnostics pulled (textDocument/diagnostic) when the client can, pushed
// otherwise, after a typing pause of 150 ms, on save and on configuration change; code actions (quick fixes,
// "fix all of this rule", disable directives, source.fixAll.mudaqqiq); hover; document symbols (the
// article outline). Settings: the `mudaqqiq` section through workspace/configuration, or
// initializationOptions for clients that cannot answer it: {enable, run: "onType"|"onSave",
// locale: "auto"|"ar"|"en", rules: {id: severity}, languages: [language ids]}.
//
// Commands (workspace/executeCommand):
//   mudaqqiq.fixAll          [uri]  applies every safe fix to the open document through workspace/applyEdit;
//                                   answers {applied: boolean}.
//   mudaqqiq.checkWorkspace  []                 every workspace folder, or
//                            [uri, …] / [[uri, …]] / [{uris?: [uri], folder?: uri}]   files or folders;
//                                   checks article files on disk (.news .arnews .md .markdown .txt), publishes
//                                   their diagnostics, reports $/progress when given a workDoneToken; answers
//                                   {files, checked, errors, warnings, infos}.
//
// Notification from the server, for a status item:
//   mudaqqiq/status  {uri, version, busy, errors, warnings, infos, omitted, limited}
//     busy: a huge document is being checked (in a worker thread); sent again with busy false and the
//     counts of the finished check. omitted: findings beyond the first 1,000, not shown. limited: the text
//     is over 1,000,000 characters, so only the paragraph rules ran (the writer is told once).
//
// Size: texts over 256 K characters are checked in a worker thread, so nothing a huge document costs
// holds up requests about other documents.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../../package.json';
import { serveWorker } from './checker';
import { startServer } from './server';

if (!isMainThread && parentPort && (workerData as { mudaqqiqWorker?: boolean } | undefined)?.mudaqqiqWorker) {
  serveWorker(parentPort);
} else {
  startServer(createConnection(ProposedFeatures.all), { workerScript: __filename, version });
}
