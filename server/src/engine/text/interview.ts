import type { Article, Paragraph } from './article';
import { isSpeechVerb } from './speech-verbs';

// Interviews: the turns of a Q&A (س: … ¶ ج: …), of a transcript that opens each turn with the speaker's
// name (ليلى حسن: … ¶ د. منى الراشد: …) and of a vox pop (س: …؟ ¶ سمير الحداد، سائق أجرة: …). The
// duplicate rules pass over a question put again; the outline credits each turn to who speaks.

export type TurnRole = 'question' | 'answer';

export interface InterviewTurn {
  role: TurnRole;
  /** The name the turn opens with, or the one on a line of its own over it (أحمد، موظف:); none for a bare س: or ج:. */
  speaker?: string;
  /** Where the turn's words begin in the paragraph's text, after its marker or name. */
  body: number;
}

/** A paragraph that a speaker's name opens, up to four words and a colon (ليلى حسن:، د. منى الراشد:): its name. */
const SPEAKER_LABEL = /^[ \t]*([^\s:،؛؟!«»"“”()]+(?:[ \t]+[^\s:،؛؟!«»"“”()]+){0,3})[ \t]*:[ \t]*/u;
const QUESTION_LINE = /^[^\n]*؟[»"”)\s]*$/u;
const NO_SPEAKERS: ReadonlySet<string> = new Set();

/**
 * The speakers of an interview written as a transcript, each turn opened by a name (ليلى حسن: … ¶ د. منى
 * الراشد: …): the labels that open two paragraphs or more, when two labels do. Not a verb of saying (وقال
 * الوزير:), which opens a quotation in a story.
 */
export function transcriptSpeakers(article: Article): ReadonlySet<string> {
  const turns = new Map<string, number>();
  for (const paragraph of article.paragraphs) {
    const label = SPEAKER_LABEL.exec(paragraph.text)?.[1];
    if (label !== undefined && !isSpeechVerb(label.split(/[ \t]/, 1)[0])) turns.set(label, (turns.get(label) ?? 0) + 1);
  }
  const speakers = new Set([...turns].filter(([, count]) => count > 1).map(([label]) => label));
  return speakers.size > 1 ? speakers : NO_SPEAKERS;
}

/** A paragraph that is a question put by a speaker of the transcript (ليلى حسن: متى …؟), who may put it again. */
export function isSpeakersQuestion(paragraph: Paragraph, speakers: ReadonlySet<string>): boolean {
  const label = speakers.size > 0 ? SPEAKER_LABEL.exec(paragraph.text)?.[1] : undefined;
  return label !== undefined && speakers.has(label) && QUESTION_LINE.test(paragraph.text);
}

/** What opens an interviewer's question: «س:», «س/» or «سؤال:». */
const INTERVIEWER_MARKER = /^[ \t]*(?:س|سؤال)[ \t]*[:\-–/]/u;

/** An interviewer's question, its marker then a question on one line: a vox pop puts it to each person. */
export function isInterviewerQuestion(text: string): boolean {
  return INTERVIEWER_MARKER.test(text) && QUESTION_LINE.test(text);
}

/** `س:`, `س-`, `س/`, `سؤال:` and `ج:`, `ج-`, `جواب:`, bold or not (`**س:**`), and what ends the marker. */
const QA_MARKER = /^[ \t*_]*(س|سؤال|ج|جواب)[ \t*_]*[:\-–/][ \t*_]*/u;
const QUESTION_MARKERS = new Set(['س', 'سؤال']);
/**
 * One answering in a vox pop: a name of up to four words, with what the person is after a comma or in
 * brackets (سمير الحداد، سائق أجرة:، هدى ناصر (معلمة):), then a colon.
 */
const PERSON_LABEL = /^[ \t*_]*([^\s:،؛؟!«»"“”()*_]+(?:[ \t]+[^\s:،؛؟!«»"“”()*_]+){0,3}(?:[ \t]*(?:،[^:،؛؟!«»\n]{1,40}){1,2}|[ \t]*\([^()\n]{1,40}\))?)[ \t*_]*:[ \t*_]*/u;

/** The person a label names, or nothing when it is a verb of saying (وقال الوزير:). */
function personLabel(text: string): RegExpExecArray | undefined {
  const label = PERSON_LABEL.exec(text);
  return label && !isSpeechVerb(label[1].split(/[ \t]/, 1)[0]) ? label : undefined;
}

/**
 * The turns of the article's interview by paragraph index, none when it is no interview. A Q&A when a
 * question (س:) is answered in the next paragraph (ج:): that keeps out a list lettered أ- ب- ج-. A vox pop
 * when named answers follow a question. A transcript when two names open two turns each and one of them
 * asks something: that keeps out a schedule's days (الخميس: … ¶ الجمعة: …); who asks most is the interviewer.
 */
export function interviewTurns(article: Article): ReadonlyMap<number, InterviewTurn> {
  const { paragraphs } = article;
  const markers = paragraphs.map((p) => QA_MARKER.exec(p.text));
  const roleAt = (i: number): TurnRole | undefined => {
    const marker = markers[i];
    return marker ? (QUESTION_MARKERS.has(marker[1]) ? 'question' : 'answer') : undefined;
  };
  const isQA = markers.some((_, i) => roleAt(i) === 'question' && roleAt(i + 1) === 'answer');
  const turns = new Map<number, InterviewTurn>();
  // A name on a line of its own over a person's questions and answers (أحمد، موظف: ¶ س: … ¶ ج: …).
  let person: string | undefined;
  let asked = false;
  paragraphs.forEach((paragraph, i) => {
    const role = roleAt(i);
    if (role === 'question' && (isQA || QUESTION_LINE.test(paragraph.text))) {
      turns.set(i, { role, body: markers[i]![0].length });
      asked = true;
      return;
    }
    if (role === 'answer' && isQA) {
      turns.set(i, { role, body: markers[i]![0].length, ...(person === undefined ? {} : { speaker: person }) });
      asked = false;
      return;
    }
    const label = role === undefined ? personLabel(paragraph.text) : undefined;
    if (label && label[0].length === paragraph.text.length) person = speakerName(label[1]);
    else if (label && asked) turns.set(i, { role: 'answer', speaker: speakerName(label[1]), body: label[0].length });
    else asked = false;
  });
  // A question alone is no interview: a vox pop's has answers after it.
  if (!isQA) for (const [i, turn] of turns) if (turn.role === 'question' && turns.get(i + 1)?.role !== 'answer') turns.delete(i);
  return turns.size > 0 ? turns : transcriptTurns(article);
}

function transcriptTurns(article: Article): ReadonlyMap<number, InterviewTurn> {
  const speakers = transcriptSpeakers(article);
  const turns = new Map<number, InterviewTurn>();
  if (speakers.size === 0) return turns;
  const questions = new Map<string, number>();
  article.paragraphs.forEach((paragraph, i) => {
    const label = SPEAKER_LABEL.exec(paragraph.text);
    if (!label || !speakers.has(label[1])) return;
    turns.set(i, { role: 'answer', speaker: label[1], body: label[0].length });
    if (QUESTION_LINE.test(paragraph.text)) questions.set(label[1], (questions.get(label[1]) ?? 0) + 1);
  });
  let interviewer: string | undefined;
  for (const [speaker, count] of questions) if (interviewer === undefined || count > questions.get(interviewer)!) interviewer = speaker;
  if (interviewer === undefined) return new Map();
  for (const turn of turns.values()) if (turn.speaker === interviewer) turn.role = 'question';
  return turns;
}

/** A label as the outline shows it: spaces made single. */
function speakerName(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}
