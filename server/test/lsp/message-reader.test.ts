// StreamingMessageReader on its own: framing and decoding however the bytes are cut, and errors worded
// and recovered from as vscode-jsonrpc's StreamMessageReader does.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { StreamingMessageReader } from '../../src/lsp/message-reader';
import { frame } from './client';


/** Feeds the chunks one by one (then ends the input); answers the messages and errors read, and whether the reader closed. */
async function read(chunks: Buffer[], end = false): Promise<{ messages: Message[]; errors: string[]; closed: boolean }> {
  const input = new PassThrough();
  const reader = new StreamingMessageReader(input);
  const result = { messages: [] as Message[], errors: [] as string[], closed: false };
  reader.onError((error) => result.errors.push(error.message));
  reader.onClose(() => (result.closed = true));
  reader.listen((message) => result.messages.push(message));
  for (const chunk of chunks) input.write(chunk);
  if (end) input.end();
  await new Promise((resolve) => setImmediate(resolve));
  return result;
}

const didOpen = (text: string) => ({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:a', languageId: 'arabic-news', version: 1, text } } });
const hover = { jsonrpc: '2.0', id: 7, method: 'textDocument/hover', params: { textDocument: { uri: 'untitled:a' }, position: { line: 0, character: 3 } } };
const ARABIC = 'أعلنت الحكومـــة، اليوم، عن «خطة» جديدة 😀 للنقل.\nوقال الوزير إن العمل يبدأ غداً.';

describe('StreamingMessageReader', () => {
  it('reads messages cut anywhere, even inside a header or a letter, in order', async () => {
    const bytes = Buffer.concat([frame(JSON.stringify(didOpen(ARABIC))), frame(JSON.stringify(hover))]);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const { messages, errors } = await read(chunks);
      assert.deepEqual(errors, [], `chunks of ${size}`);
      assert.deepEqual(messages, [didOpen(ARABIC), hover], `chunks of ${size}`);
    }
  });

  it('reads a body far larger than one read', async () => {
    const text = `${ARABIC}\n`.repeat(20_000);
    const bytes = frame(JSON.stringify(didOpen(text)));
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536));
    assert.deepEqual((await read(chunks)).messages, [didOpen(text)]);
  });

  it('reports a body that is not JSON and reads on', async () => {
    const { messages, errors } = await read([Buffer.concat([frame('{"jsonrpc": "2.0", "id": 1, "method": broken'), frame(JSON.stringify(hover))])]);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /JSON/);
    assert.deepEqual(messages, [hover]);
  });

  it('reports headers without a usable Content-Length in vscode-jsonrpc\'s words and reads on', async () => {
    const broken = Buffer.from('Content-Type: application/vscode-jsonrpc\r\n\r\nContent-Length: many\r\n\r\n', 'ascii');
    const { messages, errors } = await read([Buffer.concat([broken, frame(JSON.stringify(hover))])]);
    assert.deepEqual(errors, ['Header must provide a Content-Length property.\n{"content-type":"application/vscode-jsonrpc"}', 'Content-Length value must be a number. Got many']);
    assert.deepEqual(messages, [hover]);
  });

  it('reads the end of the input as the client\'s exit, after what came before, and closes', async () => {
    const { messages, closed } = await read([frame(JSON.stringify(hover))], true);
    assert.deepEqual(messages, [hover, { jsonrpc: '2.0', method: 'exit' }]);
    assert.equal(closed, true);
  });
});
