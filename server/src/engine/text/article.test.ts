import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle, splitSentences } from './article';
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
    assert.deepEqual(sentences('1. البند الأول.'), ['1. البند الأول.']);
    assert.deepEqual(sentences('قال J. Smith إن الاتفاق صامد.'), ['قال J. Smith إن الاتفاق صامد.']);
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
  it('markdown: each row of a table is a block of its own, so a finding in a row points at it', () => {
    const text = '# العنوان\n\n| المؤشر | القيمة |\n| --- | --- |\n| التضخم | 3.2% |\n| البطالة | 7.1% |\n';
    const article = parseArticle(text, 'markdown');
    assert.deepEqual(article.paragraphs.map((p) => p.text), ['العنوان', '| المؤشر | القيمة |', '| --- | --- |', '| التضخم | 3.2% |', '| البطالة | 7.1% |']);
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
