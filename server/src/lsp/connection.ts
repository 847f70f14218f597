import { format } from 'node:util';
import { createConnection, ErrorCodes, ProposedFeatures, StreamMessageWriter, type Connection, type MessageStrategy, type ResponseMessage } from 'vscode-languageserver/node';
import { StreamingMessageReader } from './message-reader';

/** The transport the command line names; the first one counts, as in vscode-languageserver. */
export function transportOf(argv: readonly string[]): string | undefined {
  return argv.find((arg) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg));
}

/**
 * The connection over the transport the command line names (--stdio, --node-ipc, --socket, --pipe), as
 * vscode-languageserver picks it; on --stdio, read by StreamingMessageReader, so that a huge message does
 * not hold up the requests behind it. Every message from the client goes through `messageStrategy` first.
 */
export function connectionFromCommandLine(messageStrategy: MessageStrategy, argv = process.argv.slice(2)): Connection {
  const transport = transportOf(argv);
  if (transport !== '--stdio') return createConnection(ProposedFeatures.all, { messageStrategy });
  const reader = new StreamingMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy });
  reader.onError((error) => {
    connection.console.error(`could not read a message: ${error.message}`);
    // A body that is not JSON is answered as JSON-RPC says, with a parse error whose id is unknown.
    if (error instanceof SyntaxError) void writer.write({ jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message: `Parse error: ${error.message}` } } as ResponseMessage);
  });
  // stdout carries the protocol: anything logged goes to the client's log, as vscode-languageserver arranges for --stdio.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}
