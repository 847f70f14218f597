import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localized, ruleDocsUrl, rules, type AnyRule, type Severity, type SeveritySetting } from '../../engine';
import type { Message, Place } from '../report';
import type { Formatter } from './index';
import { relativePath } from './text';

// SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards. Every rule is listed in the
// driver (results point at it by index); locations are relative to the repository root (%SRCROOT%: GitHub
// ignores originalUriBaseIds and reads relative paths from the root, wherever the check ran), in
// UTF-16 code units, end columns exclusive; safe fixes are attached.

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

// In JSON text a quote inside a string is escaped, so this can only be the property itself.
const RESULTS = '"results":"@"';

export const sarif: Formatter = (context) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const driver = {
    name: 'mudaqqiq',
    informationUri: 'https://github.com/mudaqqiq/mudaqqiq',
    version: context.version,
    semanticVersion: context.version,
    rules: rules.map((rule) => describeRule(rule, context.locale)),
  };
  // The log around its results; the results are written between the two halves as files come in.
  const log = (invocation: object) =>
    JSON.stringify({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver },
          ...(context.shard ? { automationDetails: { id: `mudaqqiq/shard-${context.shard.index}-of-${context.shard.count}/` } } : {}),
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.root.endsWith('/') ? context.root : `${context.root}/`).href } },
          columnKind: 'utf16CodeUnits',
          results: '@',
          invocations: [invocation],
        },
      ],
    }).split(RESULTS);
  let results = 0;
  // SARIF's place for a file the tool could not analyse: a notification of the run, not a result.
  const notifications: object[] = [];
  return {
    begin: () => `${log({})[0]}"results":[`,
    file(result) {
      const artifactLocation = artifactLocationOf(result.path, context.root);
      let out = '';
      for (const m of result.messages) {
        const entry = {
          ruleId: m.ruleId,
          ruleIndex: ruleIndex.get(m.ruleId),
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation, region: region(m) } }],
          ...(m.related ? { relatedLocations: m.related.map((r, id) => ({ id, physicalLocation: { artifactLocation, region: region(r) }, message: { text: r.message } })) } : {}),
          ...(m.fixEdits ? { fixes: [fixOf(m, artifactLocation)] } : {}),
        };
        out += (results++ ? ',' : '') + JSON.stringify(entry);
      }
      return out;
    },
    unchecked(path, reason) {
      notifications.push({ level: 'error', message: { text: reason }, locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(path, context.root) } }] });
      return '';
    },
    end: (outcome) =>
      `]${log({ executionSuccessful: !outcome.failed, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) })[1]}\n`,
  };
};

function artifactLocationOf(path: string, root: string): ArtifactLocation {
  if (path === '<text>') return { uri: 'stdin' };
  const shown = relativePath(root, path);
  if (isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function describeRule(rule: AnyRule, locale: 'ar' | 'en') {
  const summary = localized(rule.docs.summary, locale) || rule.id;
  const rationale = localized(rule.docs.rationale, locale) || summary;
  const helpUri = ruleDocsUrl(rule.id);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase()),
    shortDescription: { text: summary },
    fullDescription: { text: rationale },
    helpUri,
    help: { text: `${summary} ${rationale} ${helpUri}`, markdown: `${summary}\n\n${rationale}\n\n[${rule.id}](${helpUri})` },
    defaultConfiguration: defaultConfiguration(rule.defaultSeverity),
    properties: { tags: [rule.category] },
  };
}

function defaultConfiguration(severity: SeveritySetting) {
  return severity === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[severity] };
}

function region(m: Place) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn, charOffset: m.offset, charLength: m.length };
}

function fixOf(m: Message, artifactLocation: ArtifactLocation) {
  return {
    description: { text: m.fixDescription ?? m.message },
    artifactChanges: [
      {
        artifactLocation,
        replacements: m.fixEdits!.map((edit) => ({
          deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}
