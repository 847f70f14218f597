import type { Article, Paragraph } from './text/article';
import type { SentenceFormCache } from './text/sentence-forms';
import type { Category, Localized, ReportedFinding, RuleDocs, SeveritySetting } from './types';

export interface HouseStyle {
  /** The quotation marks the house uses; `auto` follows the style the article uses most. */
  quoteStyle: 'auto' | 'guillemets' | 'curly' | 'straight';
  /** Allow `العراق.. عنوان` in headlines. */
  headlineDoubleDot: boolean;
}

export interface RuleMeta<Options> {
  /** Part of the public interface: config keys, CLI output, LSP `code`. Never rename. */
  id: string;
  category: Category;
  defaultSeverity: SeveritySetting;
  /** `safe`: at least some findings carry fixes that `--fix` applies; `suggestion`: fixes are offered only. */
  fixable: 'safe' | 'suggestion' | false;
  /**
   * `paragraph`: findings depend only on one paragraph (and whether it is the headline), so the language
   * server re-checks only edited paragraphs. `article`: the rule compares across the article.
   */
  scope: 'paragraph' | 'article';
  /** Message templates; `{name}` placeholders are filled from a finding's data. */
  messages: Record<string, Localized>;
  docs: RuleDocs;
  /** Default options; the config may override any key. */
  defaultOptions: Options;
  /** JSON Schema of the options object, merged into the config schema. */
  optionsSchema?: Record<string, unknown>;
}

export interface RuleContext<Options> {
  article: Article;
  options: Options;
  house: HouseStyle;
  /** The newsroom's name list as the config gave it (ResolvedConfig.names), unvalidated; see names/list.ts. */
  names?: unknown;
  /** Sentence forms kept between runs over edited versions of a text (the language server's ParagraphCache). */
  sentenceForms?: SentenceFormCache;
  report(finding: ReportedFinding): void;
}

export type Rule<Options = Record<string, never>> =
  | (RuleMeta<Options> & { scope: 'paragraph'; checkParagraph(paragraph: Paragraph, context: RuleContext<Options>): void })
  | (RuleMeta<Options> & { scope: 'article'; checkArticle(context: RuleContext<Options>): void });

/** Identity helper that gives a rule file its types. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export type AnyRule = Rule<any>;
