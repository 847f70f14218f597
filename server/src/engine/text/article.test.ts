import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMarkdownHeading, markdownHeadingLevel, parseArticle, splitSentences } from './article';
import { extractProse, OPAQUE } from './prose';
import { outsideQuotations } from './pairs';

const sentences = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('sentences', () => {
  it('end at . ؟ ! … and ? followed by a space, a line end or a closing mark', () => {
    assert.deepEqual(sentences('وصل الوفد. هل انتهى الاجتماع؟ نعم! ثم… انتهى'), ['وصل الوفد.', 'هل انتهى الاجتماع؟', 'نعم!', 'ثم…', 'انتهى']);
    assert.deepEqual(sentences('قال: «انتهى الأمر.» ثم غادر.'), ['قال: «انتهى الأمر.»', 'ثم غادر.']);
  });
  it('do not end at decimals, initials, dotted abbreviations, URLs or a list number', () => {
    assert.deepEqual(sentences('ارتفع المؤشر 3.5 في المئة.'), ['ارتفع المؤشر 3.5 في المئة.']);
    assert.deepEqual(sentences('قال د. أحمد علي لوكالة أ.ف.ب. إن الوضع هادئ.'), ['قال د. أحمد علي لوكالة أ.ف.ب. إن الوضع هادئ.']);
    assert.deepEqual(sentences('توفي عام 1380 هـ. في المدينة.'), ['توفي عام 1380 هـ. في المدينة.']);
  });
  it('end at a letter that labels a group, a clause or a vitamin (المجموعة ب.), which is no initial', () => {
    assert.deepEqual(sentences('وتلعب السعودية في المجموعة ب. وتضم المجموعة أربعة منتخبات.'), ['وتلعب السعودية في المجموعة ب.', 'وتضم المجموعة أربعة منتخبات.']);
    assert.deepEqual(sentences('ونصت عليه الفقرة ج. وأضاف أن القانون واضح.'), ['ونصت عليه الفقرة ج.', 'وأضاف أن القانون واضح.']);
    assert.deepEqual(sentences('وينقص الجسم فيتامين د. ويقول الأطباء إن الشمس تكفي.'), ['وينقص الجسم فيتامين د.', 'ويقول الأطباء إن الشمس تكفي.']);
    // An initial after a word that labels nothing: a name goes on.
    assert.deepEqual(sentences('وكتبت الروائية ج. ك. رولينغ روايتها الأولى.'), ['وكتبت الروائية ج. ك. رولينغ روايتها الأولى.']);
  });
  it('do not end at an era written onto its year (1445هـ.، ١٤٤٥ه.، 2023م.), as at a spaced one; a word ending in م still ends one', () => {
    assert.deepEqual(sentences('بدأ الموسم عام 1445هـ. الذي شهد إقبالا كبيرا.'), ['بدأ الموسم عام 1445هـ. الذي شهد إقبالا كبيرا.']);
    assert.deepEqual(sentences('بدأ الموسم عام ١٤٤٥ه. الذي شهد إقبالا كبيرا.'), ['بدأ الموسم عام ١٤٤٥ه. الذي شهد إقبالا كبيرا.']);
    assert.deepEqual(sentences('افتتح الجسر عام 2023م. الذي يربط ضفتي النهر.'), ['افتتح الجسر عام 2023م. الذي يربط ضفتي النهر.']);
    assert.deepEqual(sentences('وصل الوفد إلى الخرطوم. وقال رئيسه إن المحادثات تبدأ غدا.'), ['وصل الوفد إلى الخرطوم.', 'وقال رئيسه إن المحادثات تبدأ غدا.']);
    assert.deepEqual(sentences('انتهى العمل عام 2023. وقال الوزير إن المرحلة الثانية تبدأ غدا.'), ['انتهى العمل عام 2023.', 'وقال الوزير إن المرحلة الثانية تبدأ غدا.']);
  });
  it('end at an era after its year, written onto it or spaced, when the next sentence opens with و (عام 2015م. وأضاف)', () => {
    assert.deepEqual(sentences('تضاعف عدد الطلاب منذ عام 2015م. وأضاف أن الجامعة تتوسع.'), ['تضاعف عدد الطلاب منذ عام 2015م.', 'وأضاف أن الجامعة تتوسع.']);
    assert.deepEqual(sentences('ولد في مكة عام 1380 هـ. وتوفي في المدينة.'), ['ولد في مكة عام 1380 هـ.', 'وتوفي في المدينة.']);
    // An initial is no era: م. وليد is a name.
    assert.deepEqual(sentences('قال المهندس م. وليد الحسن إن العمل انتهى.'), ['قال المهندس م. وليد الحسن إن العمل انتهى.']);
    assert.deepEqual(sentences('1. البند الأول.'), ['1. البند الأول.']);
    assert.deepEqual(sentences('قال J. Smith إن الاتفاق صامد.'), ['قال J. Smith إن الاتفاق صامد.']);
  });
  it('end at a Latin abbreviation as at an era, before و only; not at a letter spelled out as an initial, only at the last of an undotted acronym', () => {
    assert.deepEqual(sentences('وجاء في القرار أن شركة أبل (Apple Inc.) ملزمة بإزالة القيود.'), ['وجاء في القرار أن شركة أبل (Apple Inc.) ملزمة بإزالة القيود.']);
    assert.deepEqual(sentences('وأبرمت الشركة صفقة مع Meta Platforms Inc. وقال المتحدث إنها نهائية.'), ['وأبرمت الشركة صفقة مع Meta Platforms Inc.', 'وقال المتحدث إنها نهائية.']);
    assert.deepEqual(sentences('وقال محلل في بنك جيه. بي. مورغان إن السهم مرشح للارتفاع.'), ['وقال محلل في بنك جيه. بي. مورغان إن السهم مرشح للارتفاع.']);
    assert.deepEqual(sentences('وقرأ رواية إتش. جي. ويلز في مطار جون إف. كينيدي.'), ['وقرأ رواية إتش. جي. ويلز في مطار جون إف. كينيدي.']);
    assert.deepEqual(sentences('وقالت بي بي سي. الذي نشرته الهيئة لاحقا.'), ['وقالت بي بي سي.', 'الذي نشرته الهيئة لاحقا.']);
  });
  it('end after a unit\'s letter after a number, not after the era of a year', () => {
    assert.deepEqual(sentences('حطم الرقم البالغ 6.27 م. الذي سجله في بودابست.'), ['حطم الرقم البالغ 6.27 م.', 'الذي سجله في بودابست.']);
    assert.deepEqual(sentences('وفاز بسباق 400 م. مما أدى إلى تأهله.'), ['وفاز بسباق 400 م.', 'مما أدى إلى تأهله.']);
    assert.deepEqual(sentences('وافتتح الملعب عام 1985 م. مما جعله الأقدم.'), ['وافتتح الملعب عام 1985 م. مما جعله الأقدم.']);
  });
  it('end at ق.م. and ق.هـ. (before Christ, before the Hijra) as at an era after its year: before و only; spaced ق. م. after a year only', () => {
    assert.deepEqual(sentences('بني المعبد عام 300 ق.م. ويقول الباحثون إن جدرانه صمدت.'), ['بني المعبد عام 300 ق.م.', 'ويقول الباحثون إن جدرانه صمدت.']);
    assert.deepEqual(sentences('بني المعبد عام 300 ق.م. وتعرض للنهب في القرون اللاحقة.'), ['بني المعبد عام 300 ق.م.', 'وتعرض للنهب في القرون اللاحقة.']);
    assert.deepEqual(sentences('عاش الملك في القرن الثالث ق.م. ولا تزال آثاره قائمة.'), ['عاش الملك في القرن الثالث ق.م.', 'ولا تزال آثاره قائمة.']);
    assert.deepEqual(sentences('ولد الشاعر عام 10 ق.هـ. وأسلم بعد الهجرة.'), ['ولد الشاعر عام 10 ق.هـ.', 'وأسلم بعد الهجرة.']);
    assert.deepEqual(sentences('ولد الفيلسوف عام 470 ق. م. وتوفي في أثينا.'), ['ولد الفيلسوف عام 470 ق. م.', 'وتوفي في أثينا.']);
    assert.deepEqual(sentences('بني المعبد عام 300 ق.م. الذي شهد ازدهار المدينة.'), ['بني المعبد عام 300 ق.م. الذي شهد ازدهار المدينة.']);
    assert.deepEqual(sentences('بني المعبد في القرن الثالث ق.م. على يد ملك محلي.'), ['بني المعبد في القرن الثالث ق.م. على يد ملك محلي.']);
    // The solar and lunar Hijri years of Iranian and Afghan dates, likewise.
    assert.deepEqual(sentences('ولد الشاعر عام 1340 هـ.ش. وتوفي في طهران.'), ['ولد الشاعر عام 1340 هـ.ش.', 'وتوفي في طهران.']);
    assert.deepEqual(sentences('بدأ العام 1404 هـ.ش. الذي يوافق 2025 بأزمة.'), ['بدأ العام 1404 هـ.ش. الذي يوافق 2025 بأزمة.']);
    // Without a year, ق. م. may be a name's initials.
    assert.deepEqual(sentences('قال المهندس ق. م. وليد إن العمل انتهى.'), ['قال المهندس ق. م. وليد إن العمل انتهى.']);
  });
  it('keep an ellipsis inside a quotation', () => {
    assert.deepEqual(sentences('قال: «ننتظر… ثم نرى» وغادر.'), ['قال: «ننتظر… ثم نرى» وغادر.']);
  });
  it('carry words with absolute offsets', () => {
    const [first] = splitSentences('في بغداد.', 10);
    assert.deepEqual(first.words.map((w) => [w.text, w.start, w.end]), [['في', 10, 12], ['بغداد', 13, 18]]);
  });
});

describe('article', () => {
  it('plain text: the first non-empty line is the headline, every line a paragraph', () => {
    const article = parseArticle('\nالعنوان هنا\n\nالفقرة الأولى.\nالفقرة الثانية.\n', 'plain');
    assert.deepEqual(article.paragraphs.map((p) => [p.text, p.isHeadline]), [['العنوان هنا', true], ['الفقرة الأولى.', false], ['الفقرة الثانية.', false]]);
    assert.equal(article.headline?.text, 'العنوان هنا');
  });
  it('markdown: front matter and code are not prose; the first heading is the headline', () => {
    const text = '---\ntitle: x\n---\n# العنوان\n\nسطر أول\nيكمل الفقرة.\n\n```\nكود. بما في ذلك\n```\n- بند أول\n- بند ثان\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text), ['العنوان', 'سطر أول\nيكمل الفقرة.', 'بند أول', 'بند ثان']);
    assert.equal(article.headline?.text, 'العنوان');
    assert.equal(article.prose.length, text.length);
  });
  it('markdown: TOML front matter, scripts and style sheets are not prose; a footnote marker is opaque, its label a marker', () => {
    const text =
      '+++\ntitle = "زيارة الوزير الى المدينة, في في يوم"\n+++\n# العنوان\n\nقالت الوكالة[^1] إن الوفد وصل.\n\n<script>\nwindow.x = "شكرا الى الجميع, غدا";\n</script>\n<style>.box { color: red; }</style>\n\n[^1]: وكالة الأنباء، 3 أيار.\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text), ['العنوان', `قالت الوكالة${OPAQUE.repeat(4)} إن الوفد وصل.`, 'وكالة الأنباء، 3 أيار.']);
  });
  it('markdown: a break or a block tag, and a space written as a reference, are a space between sentences and words', () => {
    const text = '# العنوان\n\nوقال الوزير إن العمل بدأ.<br>وأضاف أن التمويل متوفر.</p><p>وختم&nbsp;حديثه.\n';
    const [, paragraph] = parseArticle(text, 'markdown').paragraphs;
    assert.deepEqual(
      paragraph.sentences.map((s) => s.words.map((w) => w.text).join(' ')),
      ['وقال الوزير إن العمل بدأ', 'وأضاف أن التمويل متوفر', 'وختم حديثه'],
    );
    assert.ok(!paragraph.text.includes('  '));
  });
  it('markdown: each row of a table is a block of its own, so a finding in a row points at it; the delimiter row is syntax', () => {
    const text = '# العنوان\n\n| المؤشر | القيمة |\n| --- | :---: |\n| التضخم | 3.2% |\n| البطالة | 7.1% |\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text), ['العنوان', '| المؤشر | القيمة |', '| التضخم | 3.2% |', '| البطالة | 7.1% |']);
  });
  it('markdown: a list item, a heading or a footnote\'s text starts a block in a quotation too; a lazy line goes on with its item, and a hashtag opening a line is no heading', () => {
    const text =
      '# العنوان\n\n> - قال الوزير إن الخطة جاهزة\n> - وأكد المتحدث أن التمويل متوفر.\n\n> ## تصريحات الوزير\n> قال الوزير إن العمل بدأ.\n\n' +
      '- قال الوزير إن «الحكومة ستدعم\nالمزارعين». وأضاف أن الخطة جاهزة.\n\nوتصدر وسم\n#غزة_الآن قائمة الأكثر تداولا.\n\n[^1]: بحسب بيان الوزارة.\n[^2]: وكالة الأنباء الرسمية.\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text.replaceAll(OPAQUE, '~').replace(/\s+/g, ' ')), [
      'العنوان',
      'قال الوزير إن الخطة جاهزة',
      'وأكد المتحدث أن التمويل متوفر.',
      'تصريحات الوزير',
      'قال الوزير إن العمل بدأ.',
      'قال الوزير إن «الحكومة ستدعم المزارعين». وأضاف أن الخطة جاهزة.',
      'وتصدر وسم ~~~~~~~~~ قائمة الأكثر تداولا.',
      'بحسب بيان الوزارة.',
      'وكالة الأنباء الرسمية.',
    ]);
    assert.deepEqual(article.paragraphs.map((p) => isMarkdownHeading(text, p)), [true, false, false, true, false, false, false, false, false]);
  });
  it('markdown: a setext heading is a block of its own with its level; its underline, and a thematic break, are no prose', () => {
    const text = 'العنوان\n======\nقال الوزير إن الخطة جاهزة.\n\nخلفية\n---\nبدأ العمل.\n\n***\n\n- - -\n\n- بند\n---\n\n> اقتباس\n---\n\n=====\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(
      article.paragraphs.map((p) => [p.text, markdownHeadingLevel(text, p)]),
      [
        ['العنوان', 1],
        ['قال الوزير إن الخطة جاهزة.', 0],
        ['خلفية', 2],
        ['بدأ العمل.', 0],
        ['بند', 0],
        ['اقتباس', 0],
        // A run of = after a blank line underlines nothing: it is text.
        ['=====', 0],
      ],
    );
    assert.equal(article.headline?.text, 'العنوان');
  });
  it('markdown: in a quotation, a setext heading has its underline in the quotation; a lazy underline is a thematic break (CommonMark)', () => {
    const text = [
      'العنوان',
      '',
      '> خلفية',
      '> -----',
      '>',
      '> بدأ العمل قبل شهرين.',
      '',
      '> > الموقف',
      '> > =====',
      '',
      '> قال الوزير إن الخطة',
      'جاهزة للتنفيذ',
      '---',
      '',
      'وقال الوزير في كلمته:',
      '> «سنواصل الحوار مع الجميع»',
      '---',
      '',
      '> سطر أول',
      '===',
      '',
      '> سطر أول',
      'سطر كسول',
      '> ---',
      '',
      '> ***',
      '',
    ].join('\n');
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(
      article.paragraphs.map((p) => [p.text, markdownHeadingLevel(text, p)]),
      [
        ['العنوان', 0],
        ['خلفية', 2],
        ['بدأ العمل قبل شهرين.', 0],
        ['الموقف', 1],
        // Lazy lines: the underline goes without the quotation's marker, a thematic break.
        ['قال الوزير إن الخطة\nجاهزة للتنفيذ', 0],
        // A quotation opened under a paragraph: the --- is lazy under it.
        ['وقال الوزير في كلمته:\n  «سنواصل الحوار مع الجميع»', 0],
        // === that cannot be a lazy underline is text of the quotation's paragraph.
        ['سطر أول\n===', 0],
        // A lazy line goes on with the quotation's paragraph, which an underline in the quotation makes a heading.
        ['سطر أول\nسطر كسول', 2],
      ],
    );
    // Underlines and thematic breaks in a quotation are no prose, with their markers.
    assert.ok(!/[-*]/.test(article.prose));
  });

  it('markdown: task boxes, container fences, attribute lists and emoji shortcodes are no prose', () => {
    const text =
      '# العنوان {#top}\n\n- [ ] مراجعة الأرقام.\n- [x] إضافة الصورة.\n\n:::note\nملاحظة للقراء.\n:::\n\nقال الوزير إن الحملة تبدأ غدا :syringe: في كل المحافظات.\n{: .lead}\n\n[اشترك](https://x.y/a){.button} الآن.\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text.replaceAll(OPAQUE, '~').trimEnd()), [
      'العنوان ~~~~~~',
      'مراجعة الأرقام.',
      'إضافة الصورة.',
      'ملاحظة للقراء.',
      'قال الوزير إن الحملة تبدأ غدا ~~~~~~~~~ في كل المحافظات.',
      '[اشترك]~~~~~~~~~~~~~~~~~~~~~~~~ الآن.',
    ]);
  });
  it('markdown: a backslash ending a line is a hard break, a space after the sentence before it; an escaped backslash is not', () => {
    const sentences = (text: string) => parseArticle(text, 'markdown').paragraphs[1].sentences.map((s) => s.text.trim());
    assert.deepEqual(sentences('# العنوان\n\nرفع البنك الفائدة.\\\nويرى محللون أن التيسير قريب.\n'), ['رفع البنك الفائدة.', 'ويرى محللون أن التيسير قريب.']);
    assert.deepEqual(sentences('# العنوان\n\nرفع البنك الفائدة.\\\\\nويرى محللون أن التيسير قريب.\n'), ['رفع البنك الفائدة.\\\\\nويرى محللون أن التيسير قريب.']);
  });
  it('markdown: the tags around a sentence on its line are no part of it; a hashtag opening one is', () => {
    const text = '# العنوان\n\n<p dir="rtl">وأضاف الوزير أن الخلية منعقدة.</p>\n\n#غزة_الآن تتصدر الوسوم.\n';
    const article = parseArticle(text, 'markdown');
    const spans = article.paragraphs.slice(1).map((p) => p.sentences.map((s) => text.slice(s.start, s.end)));
    assert.deepEqual(spans, [['وأضاف الوزير أن الخلية منعقدة.'], ['#غزة_الآن تتصدر الوسوم.']]);
  });
  it('markdown: a tag whose attributes run over several lines is no prose, up to its `>` or a blank line', () => {
    const text =
      '# العنوان\n\n<iframe\n  src="https://www.youtube.com/embed/x"\n  title="مشاهد, من الفيضانات"\n  allowfullscreen>\n</iframe>\n\nقال المسؤول <a\nhref="https://x.y/a">إن</a> الفرق وصلت.\n\nالحرارة <b\n\nبلغت أربعين درجة.\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text.replaceAll(OPAQUE, '~').trim()), [
      'العنوان',
      '~~~~~~~~~',
      'قال المسؤول ~~\n~~~~~~~~~~~~~~~~~~~~~إن~~~~ الفرق وصلت.',
      'الحرارة ~~',
      'بلغت أربعين درجة.',
    ]);
  });
  it('keeps offsets: every paragraph text is the prose at its span', () => {
    const text = '# عنوان\n\nنص `code` مع [رابط](http://x.y/z) و<!-- تعليق --> آخر.\n';
    const article = parseArticle(text, 'markdown');
    for (const p of article.paragraphs) assert.equal(article.prose.slice(p.start, p.end), p.text);
  });
  it('gives each sentence its original text, masked URLs and addresses restored', () => {
    const text = 'العنوان\nزوروا [www.moh.gov.sa] أو اكتبوا إلى info@moh.gov.sa اليوم. ثم انتظروا.\n';
    const [first, second] = parseArticle(text, 'plain').paragraphs[1].sentences;
    assert.ok(first.text.includes(OPAQUE));
    assert.equal(first.original, 'زوروا [www.moh.gov.sa] أو اكتبوا إلى info@moh.gov.sa اليوم.');
    assert.equal(second.original, second.text);
  });
});

/** `text` broken into lines of at most `width` characters, as a wire's hard wrapping does it. */
function wrap(text: string, width = 64): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    if (lines.length > 0 && lines[lines.length - 1].length + 1 + word.length <= width) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

const paragraphTexts = (text: string) => parseArticle(text, 'plain').paragraphs.map((p) => p.text);

const LEDE =
  'أعلنت وزارة الزراعة اليوم الثلاثاء خطة لدعم مزارعي القمح في المحافظات الشمالية، تشمل قروضا ميسرة وبذورا محسنة، بعد موسم جفاف هو الأقسى منذ عقد.';
const QUOTED =
  'وقال الوزير في مؤتمر صحفي: «سنصرف الدفعة الأولى من القروض قبل نهاية الشهر، ولن ننتظر اكتمال الإحصاءات في كل المحافظات». وأضاف أن الخطة تشمل ثلاثين ألف مزارع.';
const CLOSING = 'ويشكل القمح المحصول الرئيسي في المحافظات الشمالية، التي تنتج نحو ثلثي المحصول الوطني في المواسم العادية.';

describe('hard-wrapped plain text', () => {
  it('reads a block between blank lines as a paragraph, a line break in it as a space between words', () => {
    const text = `وزارة الزراعة تعلن خطة لدعم مزارعي القمح\n\n${wrap(LEDE)}\n\n${wrap(QUOTED)}\n\n${wrap(CLOSING)}\n`;
    const article = parseArticle(text, 'plain');
    assert.deepEqual(
      article.paragraphs.map((p) => p.text.replace(/\n/g, ' ')),
      ['وزارة الزراعة تعلن خطة لدعم مزارعي القمح', LEDE, QUOTED, CLOSING],
    );
    assert.ok(article.paragraphs[2].text.includes('\n'), 'nothing is rewritten');
    for (const p of article.paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
    const [quotation, after] = QUOTED.split('». ');
    assert.deepEqual(
      article.paragraphs[2].sentences.map((s) => s.text.replace(/\n/g, ' ')),
      [`${quotation}».`, after],
      'the quotation runs on across its line breaks, and the sentence with it',
    );
  });
  it('joins the lines of a wrapped headline, and of a list item wrapped onto a second line', () => {
    const headline = 'وزارة الزراعة تعلن خطة لدعم مزارعي القمح في المحافظات الشمالية بعد موسم جفاف قاس';
    const item = '- قروض ميسرة بلا فوائد تسدد على خمس سنوات لمن خسر أكثر من نصف محصوله في الموسم الماضي';
    const text = `${wrap(headline)}\n\n${wrap(LEDE)}\n\nوتشمل الخطة:\n${wrap(item)}\n- بذور محسنة\n\n${wrap(CLOSING)}\n`;
    const [first, , , listItem, short] = parseArticle(text, 'plain').paragraphs;
    assert.equal(first.text.replace(/\n/g, ' '), headline);
    assert.ok(first.isHeadline);
    assert.equal(listItem.text.replace(/\n/g, ' '), item);
    assert.equal(short.text, '- بذور محسنة');
  });
  it('keeps the items of a wrapped text apart: a dateline, bullets, numbers, a table of figures, verse', () => {
    const items = [
      'عمان (مدقق)',
      '30 تشرين الثاني 2026',
      '- قروض ميسرة للمزارعين المتضررين من الجفاف في المحافظات الشمالية',
      '- بذور محسنة تقاوم الجفاف توزع مجانا على المزارعين المسجلين هذا العام',
      '• أسمدة بنصف السعر في الجمعيات التعاونية الزراعية في كل المحافظات',
      '1. تسجيل المزارعين المتضررين من الجفاف في مديريات الزراعة حتى نهاية الشهر',
      '2. صرف الدفعة الأولى من القروض الميسرة للمزارعين المسجلين قبل بدء الموسم',
      'القمح 1200 طن',
      'الشعير 800 طن',
      'يا موطني يا موطن الأحرار والأمجاد\tويا أرض الجدود ومهد كل العرب',
      'سنبقى على العهد الذي قطعناه لكم\tما دامت الشمس تشرق فوق الروابي',
    ];
    const text = `العنوان\n\n${wrap(LEDE, 72)}\n\n${items.slice(0, 2).join('\n')}\n${wrap(QUOTED, 72)}\n\n${items.slice(2, 7).join('\n')}\n\n${items.slice(7).join('\n')}\n\n${wrap(CLOSING, 72)}\n`;
    assert.deepEqual(
      paragraphTexts(text).map((p) => p.replace(/\n/g, ' ')),
      ['العنوان', LEDE, ...items.slice(0, 2), QUOTED, ...items.slice(2), CLOSING],
    );
  });
  it('is not assumed of one paragraph on a line, with blank lines between paragraphs or not', () => {
    const lines = ['وزارة الزراعة تعلن خطة لدعم مزارعي القمح', LEDE, QUOTED, CLOSING];
    assert.deepEqual(paragraphTexts(lines.join('\n')), lines);
    assert.deepEqual(paragraphTexts(lines.join('\n\n')), lines);
    // Lines about as long as each other that end as sentences do are paragraphs of a line each.
    const sentences = ['أعلنت الوزارة خطة لدعم مزارعي القمح في المحافظات الشمالية هذا العام.', 'وقالت إن الدفعة الأولى من القروض تصرف قبل نهاية الشهر الجاري للمزارعين.'];
    assert.deepEqual(paragraphTexts(`العنوان\n\n${sentences.join('\n')}\n\n${sentences.join('\n')}\n`), ['العنوان', ...sentences, ...sentences]);
  });
  it('is not assumed of blocks whose lines end as the block does: the headlines of a digest', () => {
    const digest = [
      'وزارة الزراعة تعلن خطة لدعم مزارعي القمح في المحافظات الشمالية',
      'البرلمان يصوت الأسبوع المقبل على قانون الانتخابات الجديد المعدل',
      'البنك المركزي يبقي أسعار الفائدة دون تغيير للشهر الثالث على التوالي',
      'ارتفاع أسعار الوقود في السوق المحلية للمرة الثانية خلال شهرين فقط',
    ];
    const text = `أبرز العناوين\n\n${digest.slice(0, 2).join('\n')}\n\n${digest.slice(2).join('\n')}\n`;
    assert.deepEqual(paragraphTexts(text), ['أبرز العناوين', ...digest]);
  });
  it('finds a line as wide as the wrapping among lines that hold a long address', () => {
    const text = `العنوان\n\n${wrap(LEDE)}\n\nالتفاصيل: https://www.agriculture.gov.example/ar/news/2026/11/wheat-farmers-support-plan-details\n\n${wrap(QUOTED)}\n`;
    assert.equal(paragraphTexts(text).length, 4);
  });
});

describe('prose', () => {
  it('masks URLs, e-mail addresses, inline code and link targets as opaque runs', () => {
    const prose = extractProse('زوروا https://example.com/a.b أو اكتبوا إلى news@example.org اليوم.', 'plain');
    assert.ok(!prose.includes('example'));
    assert.ok(prose.includes(OPAQUE));
    assert.ok(prose.endsWith(' اليوم.'));
  });
  it('masks a hashtag after a proclitic letter, and a web address without scheme by its domain and path', () => {
    const text = 'وتصدر وسما #عاجل و#الطريق_الى_القمة قائمة الخدمات على moh.gov.sa/ar/خدمات-المواطنين?type=2 وbit.ly/وزارة_الصحة اليوم، وقال الوزير.';
    const prose = extractProse(text, 'plain');
    for (const run of ['#عاجل', '#الطريق_الى_القمة', 'moh.gov.sa/ar/خدمات-المواطنين?type=2', 'bit.ly/وزارة_الصحة']) assert.ok(!prose.includes(run), run);
    assert.ok(prose.includes('وتصدر وسما ') && prose.includes(' و' + OPAQUE) && prose.endsWith(' اليوم، وقال الوزير.'));
  });
  it('masks an address under an Arabic country\'s domain with a hyphen, a second dot or a path, not two words and a dot', () => {
    const text = 'سجلوا عبر وزارة-الصحة.السعودية أو بوابة.الحكومة.مصر أو موقع.مصر/الخدمات، وزار الوزير عمان.الاردن أمس.';
    const prose = extractProse(text, 'plain');
    assert.equal(prose, text.replace(/وزارة-الصحة\.السعودية|بوابة\.الحكومة\.مصر|موقع\.مصر\/الخدمات/g, (run) => OPAQUE.repeat(run.length)));
  });
  it('masks an emoticon standing as a word, and stops a URL at an Arabic comma', () => {
    const text = '"يوم حزين :( جدا" وكتب ;) وآخر :D وثالث (: ثم (وهو سعيد جدا :)) وزار www.un.org،الذى يعرض، والساعة 10:30.';
    const prose = extractProse(text, 'plain');
    for (const face of [':(', ';)', ':D', '(:', ':)']) assert.ok(!prose.includes(face), face);
    assert.ok(prose.includes('(وهو سعيد جدا ' + OPAQUE + OPAQUE + ')'));
    assert.ok(prose.includes('،الذى يعرض، والساعة 10:30.') && !prose.includes('www.un.org'));
  });
  it('masks HTML character references, whose semicolon is markup; one that writes a space opens with one', () => {
    const text = 'قال الوزير&nbsp;إن الحكومة &quot;ملتزمة&quot; بالإصلاح&#1548; وAT&T;';
    const prose = extractProse(text, 'plain');
    const masked = (entity: string) => (entity === '&nbsp;' ? ' ' + OPAQUE.repeat(entity.length - 1) : OPAQUE.repeat(entity.length));
    assert.equal(prose, text.replace(/&(?:nbsp|quot|#1548);/g, masked));
  });
  it('in Markdown, keeps a list item\'s later paragraph as prose, and masks indented code inside and outside a list', () => {
    const item = '1. قال الوزير إن الخطة جاهزة.\n\n    وأضاف أن الحكومـــة ستعلن التفاصيل.\n';
    assert.equal(extractProse(item, 'markdown').split('\n')[2], '    وأضاف أن الحكومـــة ستعلن التفاصيل.');
    const bullet = '- البند الأول.\n\n  وتابع الوزير حديثه.\n\n  - بند فرعي.\n\n    فقرة البند الفرعي.\n';
    const bulletLines = extractProse(bullet, 'markdown').split('\n');
    assert.equal(bulletLines[2], '  وتابع الوزير حديثه.');
    assert.equal(bulletLines[6], '    فقرة البند الفرعي.');
    // Code: indented four past the item's text, or after the list has ended with a line at the margin.
    const code = '- البند الأول.\n\n      code(x);\n\nفقرة بعد القائمة.\n\n    code(y);\n';
    const codeLines = extractProse(code, 'markdown').split('\n');
    assert.equal(codeLines[2].trim(), '');
    assert.equal(codeLines[4], 'فقرة بعد القائمة.');
    assert.equal(codeLines[6].trim(), '');
    // A fence indented to the text of an item whose marker is wide.
    const fenced = '10. البند العاشر.\n\n    ```\n    الى\n    ```\n\n    وتابع الوزير.\n';
    assert.deepEqual(extractProse(fenced, 'markdown').split('\n').map((line) => line.trim()), ['البند العاشر.', '', '', '', '', '', 'وتابع الوزير.', '']);
    // Indented code runs on over its later lines, a blank line between them too, and ends at the margin.
    const block = 'قال الوزير.\n\n    // تعليق\n    print("إستمرار")\n\n    x = "الى"\nوأضاف أن الحكومـــة.\n';
    assert.deepEqual(extractProse(block, 'markdown').split('\n').map((line) => line.trim()), ['قال الوزير.', '', '', '', '', '', 'وأضاف أن الحكومـــة.', '']);
    // A fence inside a quotation.
    const quoted = '> قال:\n>\n> ```\n> echo "إستمرار"\n> ```\n> وتابع.\n';
    assert.deepEqual(extractProse(quoted, 'markdown').split('\n').map((line) => line.trim()), ['قال:', '', '', '', '', 'وتابع.', '']);
  });
  it('in Markdown, masks a social-media post embedded as the platform gives it, on one line or several', () => {
    const text = 'قال الوزير إن الفرق تعمل.\n\n<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">فرقنا تعمل الى الصباح.</p>&mdash; الوزير (@MoI) <a href="https://x.com/MoI/status/1">9 يناير</a></blockquote>\n\n<blockquote class="instagram-media" data-instgrm-version="14">\n<p>صور من الميدان الى</p>\n</blockquote>\n\n<blockquote>\nاقتباس عادي.\n</blockquote>\n';
    const prose = extractProse(text, 'markdown').replaceAll(OPAQUE, '');
    assert.deepEqual(prose.split('\n').map((line) => line.trim()).filter(Boolean), ['قال الوزير إن الفرق تعمل.', 'اقتباس عادي.']);
  });
  it('in Markdown, masks a quotation that a post\'s signature closes (— name (@handle)): the post as written; another quotation is prose', () => {
    const text = 'كتب المتحدث على حسابه:\n\n> الحمـــد لله على سلامة الجميع , فرقنا فى الميدان !!\n>\n> — أحمد يلدز (@ahmetyildiz)\n\n> اقتباس عادي من البيان.\n\nوقال يلدز لاحقا إن الفرق أنقذت 12 شخصا.\n';
    const prose = extractProse(text, 'markdown').replaceAll(OPAQUE, '');
    assert.deepEqual(prose.split('\n').map((line) => line.trim()).filter(Boolean), ['كتب المتحدث على حسابه:', 'اقتباس عادي من البيان.', 'وقال يلدز لاحقا إن الفرق أنقذت 12 شخصا.']);
  });
  it('in plain text, masks code in backticks, with a Latin letter inside; Arabic in backticks is prose', () => {
    const prose = extractProse('وكتب المطور `print("مرحبا بالعالم")` ثم قال `مرحبا` للجميع.', 'plain');
    assert.ok(!prose.includes('print') && !prose.includes('بالعالم') && prose.includes('`مرحبا`'));
  });
  it('masks a comment on its own line with spaces', () => {
    assert.equal(extractProse('أ\n<!-- x -->\nب', 'plain'), 'أ\n          \nب');
  });
});

describe('quotations', () => {
  it('outsideQuotations leaves out each quotation with its marks, within the stretch asked for', () => {
    const [paragraph] = parseArticle('ونشرت وكالة «ایرنا» خبرا بعنوان «سفر رئیس جمهور» أمس.', 'plain').paragraphs;
    assert.equal(outsideQuotations(paragraph), 'ونشرت وكالة   خبرا بعنوان   أمس.');
    const from = paragraph.text.indexOf('خبرا');
    assert.equal(outsideQuotations(paragraph, from, paragraph.end), 'خبرا بعنوان   أمس.');
  });
});
