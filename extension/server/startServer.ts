import {
  TextDocumentSyncKind,
  type CodeAction,
  type Command,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver';
import { SUMMARY_REQUEST, type DocumentSummary } from '../core/recognize/types';
import { BackgroundIndexing } from './backgroundIndexing';
import { asCommands, codeActionsFor } from './codeActions';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { DocumentStore } from './documentStore';
import { guarded } from './guard';
import type { LineDocument } from './lineDocument';
import { hoverAt, isInside } from './hover';
import { PublishedDiagnostics } from './publishedDiagnostics';
import { recognizeAdapter } from './recognizeAdapter';
import { RecordDiagnostics } from './recordDiagnostics';
import type { Recognition } from './recognition';
import { textLength, type DocumentText } from './textPieces';
import { DEFAULT_SETTINGS, parseSettings, resolveLang, wantsDiagnostics, type ServerSettings } from './settings';
import { soon } from './soon';

/** A document this large (characters) is worth a full GC once the server is idle. */
const LARGE_TEXT = 4 * 1024 * 1024;
function isLarge(document: LineDocument): boolean {
  return document.lineOffset(document.lineCount - 1) > LARGE_TEXT;
}

/**
 * Pause after the last edit before diagnostics are republished: long enough to fold the edits
 * that arrive in one read from the client into one publication, short enough for the 20 ms
 * edit-to-diagnostics target (one publication costs about 15 ms of CPU on a 50 MB log).
 */
const DIAGNOSTICS_DELAY_MS = 1;
/** Lines around a range that code actions look at (a selection can be huge). */
const MAX_ACTION_LINES = 200;

/**
 * Wires the KMS Errors language server to a connection: incremental document sync, hovers,
 * diagnostics, code actions and the `kmsErrors/summary` request. Every handler is guarded: a
 * failure is logged on the connection's console and answered with null or an empty list.
 */
export function startServer(connection: Connection, recognition: Recognition = recognizeAdapter, afterLargeChange: () => void = () => {}): void {
  const store = new DocumentStore(recognition);
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let editorLocale: string | undefined;
  let pullsConfiguration = false;
  let codeActionLiterals = false;
  // Set by clients that show a position's diagnostics inside the hover (VS Code; see hoverAt).
  let diagnosticsInHover = false;
  const lang = () => resolveLang(settings.language, editorLocale);
  const log = (what: string, error: unknown) => connection.console.error(`${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  const recordDiagnostics = new RecordDiagnostics();
  const published = new PublishedDiagnostics();
  const background = new BackgroundIndexing(
    (tracked) => store.get(tracked.document.uri) === tracked,
    (tracked) => {
      if (isLarge(tracked.document)) afterLargeChange();
    },
    (tracked, error) => log(`indexing ${tracked.document.uri}`, error),
  );
  const publisher = new DiagnosticsPublisher(
    (uri) => {
      const tracked = store.get(uri);
      if (!tracked) return null;
      const { document } = tracked;
      if (!wantsDiagnostics(settings.diagnostics, uri, document.languageId)) return { version: document.version, diagnostics: [] };
      // The first `maxDiagnostics` in document order are known once the scan has passed them: a
      // new index goes that far now and scans the rest in the background (once they are sent).
      const index = store.indexUpTo(tracked, settings.maxDiagnostics);
      return { version: document.version, diagnostics: recordDiagnostics.diagnostics(index.records(), lang(), settings.maxDiagnostics) };
    },
    (uri, result) => {
      published.record(uri, result.diagnostics);
      // The rest of the index and the record times wait until the publication is written out:
      // begun at once, their slices ran between the writes of a large publication (400 KB for
      // 1000 diagnostics), so the editor got it later and the server spent that time first.
      const afterSent = () => {
        const tracked = store.get(uri);
        if (tracked) background.schedule(tracked);
        prepareSummarySoon(uri);
      };
      connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics }).then(afterSent, afterSent);
    },
    (uri, error) => log(`diagnostics for ${uri}`, error),
    DIAGNOSTICS_DELAY_MS,
  );

  // A large document's record times are read once the diagnostics are out, before the side bar
  // asks for the summary (it waits 400 ms after a change), so the request itself only counts.
  function prepareSummarySoon(uri: string): void {
    const tracked = store.get(uri);
    if (!tracked || !isLarge(tracked.document)) return;
    const prepare = guarded(log, 'prepareSummary', undefined, () => {
      const current = store.get(uri);
      if (current) store.prepareSummary(current);
    });
    soon(() => prepare(undefined));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    editorLocale = typeof options.locale === 'string' ? options.locale : params.locale;
    settings = parseSettings(options.settings ?? options);
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    codeActionLiterals = params.capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    diagnosticsInHover = options.diagnosticsInHover === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: codeActionLiterals ? { codeActionKinds: ['quickfix'] } : true,
      },
      serverInfo: { name: 'kms-errors', version: '0.1.0' },
    };
  });

  async function reloadSettings(pushed: unknown): Promise<void> {
    if (pullsConfiguration) {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'kmsErrors' }])) as unknown[];
      settings = parseSettings(section, settings);
    } else if (typeof pushed === 'object' && pushed !== null) {
      settings = parseSettings((pushed as Record<string, unknown>).kmsErrors, settings);
    }
    for (const tracked of store.all()) publisher.schedule(tracked.document.uri);
  }

  connection.onInitialized(() => {
    if (pullsConfiguration) reloadSettings(undefined).catch((e: unknown) => log('reading settings', e));
  });
  connection.onDidChangeConfiguration((params) => {
    reloadSettings(params.settings).catch((e: unknown) => log('reading settings', e));
  });

  connection.onDidOpenTextDocument(
    guarded(log, 'didOpen', undefined, (params) => {
      const { uri, languageId, version } = params.textDocument;
      // A large text arrives in pieces from our stdio reader (stdioMessageReader.ts).
      const text = params.textDocument.text as DocumentText;
      store.open(uri, languageId, version, text);
      publisher.schedule(uri);
      if (textLength(text) > LARGE_TEXT) afterLargeChange();
    }),
  );
  connection.onDidChangeTextDocument(
    guarded(log, 'didChange', undefined, (params) => {
      const tracked = store.change(params.textDocument.uri, params.textDocument.version, params.contentChanges);
      if (tracked) publisher.schedule(tracked.document.uri);
      // Edits of a large document leave its old index records and occurrence lists behind.
      if (tracked && isLarge(tracked.document)) afterLargeChange();
    }),
  );
  connection.onDidCloseTextDocument(
    guarded(log, 'didClose', undefined, (params) => {
      const closed = store.get(params.textDocument.uri);
      store.close(params.textDocument.uri);
      publisher.forget(params.textDocument.uri);
      published.forget(params.textDocument.uri);
      if (closed && isLarge(closed.document)) afterLargeChange();
    }),
  );

  connection.onHover(
    guarded(log, 'hover', null, (params) => {
      const tracked = store.get(params.textDocument.uri);
      if (!tracked) return null;
      const uri = tracked.document.uri;
      return hoverAt(tracked.document, params.position, {
        lang: lang(),
        occurrencesNearLine: (line) => store.nearLine(tracked, line, params.position.character),
        ...(diagnosticsInHover ? { diagnosticShownAt: (range: Range) => published.has(uri, range) } : {}),
      });
    }),
  );

  connection.onCodeAction(
    guarded(log, 'codeAction', [] as (CodeAction | Command)[], (params) => {
      const tracked = store.get(params.textDocument.uri);
      const { range } = params;
      if (!tracked || !isInside(tracked.document, range.start) || !isInside(tracked.document, range.end)) return [];
      const first = Math.min(range.start.line, range.end.line);
      const last = Math.min(Math.max(range.start.line, range.end.line), first + MAX_ACTION_LINES);
      const seen = new Set<number>();
      const occurrences = [];
      for (let line = first; line <= last; line++) {
        for (const o of store.nearLine(tracked, line, line === range.start.line ? range.start.character : 0)) {
          if (seen.has(o.start)) continue;
          seen.add(o.start);
          occurrences.push(o);
        }
      }
      occurrences.sort((a, b) => a.start - b.start);
      const actions = codeActionsFor(tracked.document, range, { lang: lang(), diagnostics: params.context.diagnostics, occurrences });
      return codeActionLiterals ? actions : asCommands(actions);
    }),
  );

  connection.onRequest(
    SUMMARY_REQUEST,
    guarded(log, 'summary', null, (params: { uri?: unknown }): DocumentSummary | null => {
      const tracked = typeof params?.uri === 'string' ? store.get(params.uri) : undefined;
      return tracked ? store.summary(tracked) : null;
    }),
  );

  connection.onShutdown(() => {
    publisher.dispose();
    background.dispose();
  });
  connection.listen();
}
