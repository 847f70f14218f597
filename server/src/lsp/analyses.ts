import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine';
import type { NameEntity } from '../engine/names/detect';
import type { ArticleOutline } from '../engine/outline';
import { Superseded, type Checker } from './checker';
import { directiveDiagnostics } from './diagnostics';
import type { Contexts, DocumentContext } from './contexts';

// The latest check of each open document, keyed by version and configuration generation, so the pull
// request, the push after a pause, hover, outline and code actions all share one check per edit.

export interface Analysis {
  uri: string;
  version: number;
  /** The configuration generation it was made under; a settings or config-file change makes a new one. */
  generation: number;
  context: DocumentContext;
  findings: Finding[];
  omittedFindings: number;
  /** Only paragraph rules ran (a text far longer than an article). */
  limited: boolean;
  diagnostics: Diagnostic[];
  /** The names in the article (spans in the engine's working text): the outline, rename and the name-list action share them. */
  names: NameEntity[];
  /** For pull diagnostics: equal ids mean equal diagnostics. */
  resultId: string;
  outline(): ArticleOutline | undefined;
}

export interface AnalysisEvents {
  /** A check of a huge document started (it runs in the worker and takes a while). */
  busy(uri: string, version: number): void;
  /** A busy check ended without a result (the document closed or changed, or the check failed), and no newer check will report. */
  idle(uri: string, version: number): void;
  checked(analysis: Analysis): void;
}

/** Tells result ids of this server process from those of an earlier one that a client may still hold. */
const SESSION = Date.now().toString(36);
/**
 * Each opening of a document (TextDocuments makes a new object per didOpen and updates it in place) gets
 * a number of its own: versions restart at a reopening, and a client that kept the result id of the text
 * it closed must not be told that the new text's diagnostics are unchanged.
 */
const openings = new WeakMap<TextDocument, number>();
let lastOpening = 0;
function openingOf(document: TextDocument): number {
  let opening = openings.get(document);
  if (opening === undefined) openings.set(document, (opening = ++lastOpening));
  return opening;
}

export class Analyses {
  /** Bumped when settings or config files change. */
  generation = 0;
  private readonly latest = new Map<string, Analysis>();
  private readonly running = new Map<string, { version: number; generation: number; promise: Promise<Analysis> }>();
  /** Documents told `busy` and not yet told the check ended, with the version being checked. */
  private readonly busy = new Map<string, number>();

  constructor(
    private readonly contexts: Contexts,
    private readonly checker: Checker,
    private readonly isOpen: (document: TextDocument) => boolean,
    private readonly events: AnalysisEvents,
  ) {}

  /** The last finished analysis, whatever its version. */
  last(uri: string): Analysis | undefined {
    return this.latest.get(uri);
  }

  forget(uri: string): void {
    this.latest.delete(uri);
    this.running.delete(uri);
    this.endBusy(uri);
  }

  /** The analysis of the document as it is now. Rejects with Superseded when it changes meanwhile. */
  analyse(document: TextDocument): Promise<Analysis> {
    const { uri, version } = document;
    const done = this.latest.get(uri);
    if (done && done.version === version && done.generation === this.generation) return Promise.resolve(done);
    const running = this.running.get(uri);
    if (running && running.version === version && running.generation === this.generation) return running.promise;
    const promise = this.run(document, version, this.generation);
    const entry = { version, generation: this.generation, promise };
    this.running.set(uri, entry);
    const settle = () => {
      if (this.running.get(uri) === entry) this.running.delete(uri);
    };
    const fail = () => {
      // A newer check of the document, if any, reports for itself.
      if (this.running.get(uri) === entry) this.endBusy(uri);
      settle();
    };
    promise.then(settle, fail);
    return promise;
  }

  private async run(document: TextDocument, version: number, generation: number): Promise<Analysis> {
    const { uri } = document;
    const text = document.getText();
    const context = await this.contexts.contextFor(uri, document.languageId, text);
    this.assertCurrent(document, version);
    let analysis: Analysis;
    if (!context.checked) {
      analysis = this.analysis(document, generation, context, { findings: [], omittedFindings: 0, limited: false, names: [], diagnostics: [], outline: () => undefined });
    } else {
      if (this.checker.isLarge(text)) {
        this.busy.set(uri, version);
        this.events.busy(uri, version);
      }
      const output = await this.checker.check({ text, kind: context.kind, layers: context.layers }, { uri, version, locale: context.locale });
      this.assertCurrent(document, version);
      const slips = directiveDiagnostics(document, context.locale);
      analysis = this.analysis(document, generation, context, slips.length ? { ...output, diagnostics: [...output.diagnostics, ...slips] } : output);
    }
    this.latest.set(uri, analysis);
    this.busy.delete(uri);
    this.events.checked(analysis);
    return analysis;
  }

  /** Every `busy` is followed by a status that is not, or the writer's status item spins forever. */
  private endBusy(uri: string): void {
    const version = this.busy.get(uri);
    if (version === undefined) return;
    this.busy.delete(uri);
    this.events.idle(uri, version);
  }

  private analysis(
    document: TextDocument,
    generation: number,
    context: DocumentContext,
    output: Pick<Analysis, 'findings' | 'omittedFindings' | 'limited' | 'names' | 'diagnostics' | 'outline'>,
  ): Analysis {
    return {
      uri: document.uri,
      version: document.version,
      generation,
      context,
      ...output,
      resultId: `${SESSION}.${openingOf(document)}.${generation}.${document.version}`,
    };
  }

  private assertCurrent(document: TextDocument, version: number): void {
    if (document.version !== version || !this.isOpen(document)) throw new Superseded();
  }
}
