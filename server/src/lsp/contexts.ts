import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, type Locale, type TextKind, type UserConfig } from '../engine';
import { ConfigFileError, ConfigLoader } from '../node/config-loader';
import { filePathOf } from './file-uris';
import { namesFileOf } from './name-list-file';
import { isChecked, readSettings, textKind, type Settings } from './settings';

// Everything a check of one document depends on besides its text: the editor settings for it (asked of
// the client per document, so multi-root folders can differ), the `.mudaqqiq.json` that governs it, the
// message language and the text kind.

export interface DocumentContext {
  settings: Settings;
  locale: Locale;
  kind: TextKind;
  /** `.mudaqqiq.json` (if any), then `mudaqqiq.rules` from the settings. */
  layers: UserConfig[];
  /** False when the settings or the language leave this document alone. */
  checked: boolean;
}

export interface ContextOptions {
  /** Asks the client for the `mudaqqiq` section for a document; absent when the client cannot answer. */
  fetchSettings?: (uri: string) => Promise<unknown>;
  /** The editor's display language from `initialize`, for `locale: auto`. */
  clientLocale?: string;
  /** Settings for clients without workspace/configuration: initializationOptions, then didChangeConfiguration. */
  globalSettings?: unknown;
  /** Told once about each configuration problem. */
  report(problem: string): void;
  /** Told of each names file a `.mudaqqiq.json` points to, so that it is watched too. */
  namesFileUsed?(path: string): void;
}

export class Contexts {
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly loader = new ConfigLoader();
  private readonly reported = new Set<string>();
  /** Config files whose names file (if any) has been told. */
  private readonly configsSeen = new Set<string>();
  /** The config file found for each folder of a checked file, and a stamp of each config or names file read. */
  private readonly configOfFolder = new Map<string, string | null>();
  private readonly stamps = new Map<string, string>();
  private globalSettings: unknown;

  constructor(private readonly options: ContextOptions) {
    this.globalSettings = options.globalSettings;
  }

  /** Settings are resolved per folder (as editors scope them), so files checked from disk share one request. */
  settingsFor(uri: string): Promise<Settings> {
    const folder = uri.slice(0, uri.lastIndexOf('/') + 1) || uri;
    let settings = this.settings.get(folder);
    if (!settings) {
      settings = this.readSettings(uri);
      this.settings.set(folder, settings);
    }
    return settings;
  }

  async contextFor(uri: string, languageId: string, text: string): Promise<DocumentContext> {
    const settings = await this.settingsFor(uri);
    const checked = isChecked(languageId, text, settings);
    const fileLayers = checked ? this.fileLayers(uri) : [];
    const layers = [...fileLayers];
    // readSettings held the rule settings to the config schema: they resolve like a file's.
    if (Object.keys(settings.rules).length > 0) layers.push({ rules: settings.rules });
    return { settings, locale: this.localeOf(settings, fileLayers), kind: textKind(languageId, uri), layers, checked };
  }

  /** Settings changed: ask again (or take the pushed value) on next use. */
  settingsChanged(pushed?: unknown): void {
    if (pushed !== undefined) this.globalSettings = pushed;
    this.settings.clear();
    this.reported.clear();
  }

  /** A `.mudaqqiq.json` was created, changed or deleted. */
  configFilesChanged(): void {
    this.loader.clear();
    this.reported.clear();
    this.configsSeen.clear();
    this.configOfFolder.clear();
    this.stamps.clear();
  }

  /**
   * Whether a config or names file read since the last change has changed on disk, or a folder's files
   * now find another `.mudaqqiq.json`: for a client that watches no files for the server (Neovim before
   * 0.10, and on Linux after), which would otherwise keep the configuration until it restarts the server.
   */
  configFilesStale(): boolean {
    const fresh = new ConfigLoader();
    for (const [folder, file] of this.configOfFolder) if (fresh.findConfigFile(folder) !== file) return true;
    for (const [file, stamp] of this.stamps) if (stampOf(file) !== stamp) return true;
    return false;
  }

  /** The `.mudaqqiq.json` that governs a file (by absolute path), if any. */
  configFileFor(path: string): string | undefined {
    return this.loader.findConfigFile(dirname(path)) ?? undefined;
  }

  private async readSettings(uri: string): Promise<Settings> {
    let raw = this.globalSettings;
    if (this.options.fetchSettings) {
      try {
        // A client with no such section answers null (Neovim's default): keep the global settings.
        raw = (await this.options.fetchSettings(uri)) ?? this.globalSettings;
      } catch {
        // The client could not answer: keep the global settings.
      }
    }
    const problems: string[] = [];
    const settings = readSettings(raw, problems);
    for (const problem of problems) this.problem(problem);
    return settings;
  }

  private fileLayers(uri: string): UserConfig[] {
    const path = filePathOf(uri);
    if (!path) return [];
    this.noticeNamesFile(path);
    try {
      return this.loader.forFile(path).layers;
    } catch (error) {
      if (!(error instanceof ConfigFileError || error instanceof ConfigError)) throw error;
      this.problem(error.message);
      return [];
    }
  }

  private noticeNamesFile(path: string): void {
    const config = this.configFileFor(path);
    this.configOfFolder.set(dirname(path), config ?? null);
    if (!config || this.configsSeen.has(config)) return;
    this.configsSeen.add(config);
    const namesFile = namesFileOf(config);
    for (const file of namesFile ? [config, namesFile] : [config]) this.stamps.set(file, stampOf(file));
    if (namesFile) this.options.namesFileUsed?.(namesFile);
  }

  private localeOf(settings: Settings, layers: UserConfig[]): Locale {
    if (settings.locale !== 'auto') return settings.locale;
    if (this.options.clientLocale) return this.options.clientLocale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
    return [...layers].reverse().find((l) => l.locale)?.locale ?? 'en';
  }

  private problem(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.options.report(message);
  }
}

/** What changes when a file is written or removed. */
function stampOf(path: string): string {
  try {
    const { mtimeMs, size } = statSync(path);
    return `${mtimeMs}/${size}`;
  } catch {
    return 'none';
  }
}
