import { StringDecoder } from 'node:string_decoder';
import { AbstractMessageReader, Disposable, RAL, type AbstractMessageBuffer, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';

// Reads JSON-RPC messages from a byte stream (the --stdio transport) as vscode-jsonrpc's StreamMessageReader
// does, with its message buffer for the framing, but decodes each body from UTF-8 as its bytes arrive
// rather than in one go once the last byte is in. Decoding the 10 MB didOpen of a huge document whole
// holds the event loop some 70 ms after the message is in, and every request queued behind it waits; read
// as it comes, each 64 KB read costs well under a millisecond and only JSON.parse is left at the end.
// (Node's IPC channel, the VS Code client's transport, decodes piecemeal the same way.)

/**
 * The end of the input, read as the client's `exit` after whatever it sent before: vscode-languageserver
 * then exits (0 after `shutdown`, 1 otherwise), as it does when a stream it reads itself ends.
 */
const EXIT: Message = { jsonrpc: '2.0', method: 'exit' } as Message;

interface Body {
  /** Bytes still to come. */
  left: number;
  decoder: StringDecoder;
  pieces: string[];
}

export class StreamingMessageReader extends AbstractMessageReader implements MessageReader {
  // Node's message buffer is an AbstractMessageBuffer, which also tells how many bytes it holds.
  private readonly buffer = RAL().messageBuffer.create('utf-8') as AbstractMessageBuffer;
  private body: Body | undefined;
  private callback: DataCallback = () => undefined;

  constructor(private readonly readable: NodeJS.ReadableStream) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => this.onData(chunk);
    const onError = (error: Error) => this.fireError(error);
    let ended = false;
    const onEnd = () => {
      if (!ended) this.callback(EXIT);
      ended = true;
    };
    const onClose = () => {
      onEnd();
      this.fireClose();
    };
    this.readable.on('data', onData).on('error', onError).on('end', onEnd).on('close', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData).off('error', onError).off('end', onEnd).off('close', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    try {
      this.buffer.append(chunk);
      for (;;) {
        if (!this.body) {
          const headers = this.buffer.tryReadHeaders(true);
          if (!headers) return;
          this.body = this.bodyAnnounced(headers);
          if (!this.body) continue;
        }
        const bytes = Math.min(this.body.left, this.buffer.numberOfBytes);
        if (bytes > 0) this.body.pieces.push(this.body.decoder.write(this.buffer.tryReadBody(bytes)!));
        this.body.left -= bytes;
        if (this.body.left > 0) return;
        const { decoder, pieces } = this.body;
        this.body = undefined;
        pieces.push(decoder.end());
        this.deliver(pieces.join(''));
      }
    } catch (error) {
      this.fireError(error);
    }
  }

  /** The body the headers announce; undefined (reported) when they give no length. */
  private bodyAnnounced(headers: Map<string, string>): Body | undefined {
    // vscode-jsonrpc's errors, word for word.
    const contentLength = headers.get('content-length');
    if (!contentLength) {
      this.fireError(new Error(`Header must provide a Content-Length property.\n${JSON.stringify(Object.fromEntries(headers))}`));
      return undefined;
    }
    const length = parseInt(contentLength);
    if (isNaN(length)) {
      this.fireError(new Error(`Content-Length value must be a number. Got ${contentLength}`));
      return undefined;
    }
    return { left: length, decoder: new StringDecoder('utf8'), pieces: [] };
  }

  /** A body that is not JSON is reported and skipped; the messages after it are read as usual. */
  private deliver(json: string): void {
    let message: Message;
    try {
      message = JSON.parse(json) as Message;
    } catch (error) {
      this.fireError(error);
      return;
    }
    this.callback(message);
  }
}
