import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig } from './config';
import { lint } from './lint';
import { findNames } from './names/detect';
import { nameListFor } from './names/list';
import { articleOutline, outlineNames, type ArticleOutline } from './outline';
import type { TextKind } from './text/prose';

const config = resolveConfig();

function outlineOf(text: string, kind: TextKind = 'plain', maxBlocks?: number): ArticleOutline {
  return articleOutline(lint(text, config, { kind }), { maxBlocks });
}

const covered = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('article outline', () => {
  it('has the headline in full, the lede and paragraphs by their first words', () => {
    const text = 'الحكومة تقر موازنة العام المقبل\n\nأقر مجلس الوزراء مساء الثلاثاء موازنة العام المقبل بعجز أقل.\n\nوتتوقع الوزارة نموا بنسبة 3.5 في المئة.';
    const outline = outlineOf(text);
    assert.deepEqual(
      outline.blocks.map((b) => [b.role, b.label]),
      [
        ['headline', 'الحكومة تقر موازنة العام المقبل'],
        ['lede', 'أقر مجلس الوزراء مساء الثلاثاء موازنة …'],
        ['paragraph', 'وتتوقع الوزارة نموا بنسبة 3.5 في …'],
      ],
    );
    assert.equal(covered(text, outline.blocks[1].span), 'أقر مجلس الوزراء مساء الثلاثاء موازنة العام المقبل بعجز أقل.');
    assert.deepEqual(outline.names, []);
    assert.equal(outline.omittedBlocks, 0);
  });

  it('in hard-wrapped plain text, has a paragraph and its quotation whole across their line breaks, a wrapped headline in full', () => {
    const text =
      'الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع بعد نقاش استمر\nأسبوعين\n\n' +
      'أقر مجلس الوزراء مساء الثلاثاء موازنة العام المقبل بعجز أقل من المتوقع،\nبعد نقاش استمر أسبوعين.\n\n' +
      'وقال وزير المالية سامر الحداد: «خفضنا الإنفاق الجاري من دون أن نمس\nرواتب الموظفين أو مخصصات الدعم».\n';
    const outline = outlineOf(text);
    assert.deepEqual(
      outline.blocks.map((b) => [b.role, b.label]),
      [
        ['headline', 'الحكومة تقر موازنة العام المقبل بعجز أقل من المتوقع بعد نقاش استمر أسبوعين'],
        ['lede', 'أقر مجلس الوزراء مساء الثلاثاء موازنة …'],
        ['paragraph', 'وقال وزير المالية سامر الحداد: «خفضنا …'],
      ],
    );
    const [quotation] = outline.blocks[2].quotations;
    assert.equal(covered(text, quotation.span), '«خفضنا الإنفاق الجاري من دون أن نمس\nرواتب الموظفين أو مخصصات الدعم»');
    assert.equal(quotation.speaker, 'وزير المالية سامر الحداد');
  });

  it('in Markdown, a heading under the headline is a section, and the lede the first paragraph of prose', () => {
    const text = '# وزير الخارجية يبحث الأزمة في جنيف\n\n## خلفية\n\nالتقى الوزير بعدد من المسؤولين في جنيف لبحث الأزمة.\n\n## تفاصيل\n\nوشملت المحادثات ملف اللاجئين.\n';
    assert.deepEqual(
      outlineOf(text, 'markdown').blocks.map((b) => [b.role, b.label]),
      [
        ['headline', 'وزير الخارجية يبحث الأزمة في جنيف'],
        ['section', 'خلفية'],
        ['lede', 'التقى الوزير بعدد من المسؤولين في …'],
        ['section', 'تفاصيل'],
        ['paragraph', 'وشملت المحادثات ملف اللاجئين.'],
      ],
    );
  });

  it('in Markdown, a setext heading is the headline (over ===) or a section (over ---); a --- after a blank line is a break, a hashtag line no heading', () => {
    const text = [
      'الحكومة تقر موازنة العام المقبل',
      '===============================',
      '',
      'أقر مجلس الوزراء مساء الثلاثاء موازنة العام المقبل بعجز أقل.',
      '',
      'خلفية',
      '-----',
      'بدأ النقاش حول الموازنة قبل شهرين.',
      '',
      '---',
      '',
      'ردود الفعل',
      '---',
      '',
      'رحبت النقابات بالموازنة.',
      '',
      '#الموازنة_العامة',
      '',
    ].join('\n');
    const outline = outlineOf(text, 'markdown');
    assert.deepEqual(
      outline.blocks.map((b) => [b.role, b.level, b.label, covered(text, b.span)]),
      [
        ['headline', undefined, 'الحكومة تقر موازنة العام المقبل', 'الحكومة تقر موازنة العام المقبل'],
        ['lede', undefined, 'أقر مجلس الوزراء مساء الثلاثاء موازنة …', 'أقر مجلس الوزراء مساء الثلاثاء موازنة العام المقبل بعجز أقل.'],
        ['section', 2, 'خلفية', 'خلفية'],
        ['paragraph', undefined, 'بدأ النقاش حول الموازنة قبل شهرين.', 'بدأ النقاش حول الموازنة قبل شهرين.'],
        ['section', 2, 'ردود الفعل', 'ردود الفعل'],
        ['paragraph', undefined, 'رحبت النقابات بالموازنة.', 'رحبت النقابات بالموازنة.'],
      ],
    );
  });

  it('in Markdown, gives each section its level: by its #s, 1 or 2 by its setext underline, a bold label below every heading', () => {
    const text =
      '# الحكومة تقر الموازنة\n\nأقر مجلس الوزراء الموازنة.\n\n## ردود الفعل\n\nرحبت النقابات.\n\n### موقف المعارضة\n\nرفضت المعارضة الموازنة.\n\n**في البرلمان**\n\nتبدأ المناقشة غدا.\n\nالخلفية\n=======\n\nبدأ النقاش قبل شهرين.\n';
    assert.deepEqual(
      outlineOf(text, 'markdown').blocks.filter((b) => b.role === 'section').map((b) => [b.label, b.level]),
      [
        ['ردود الفعل', 2],
        ['موقف المعارضة', 3],
        ['في البرلمان', 7],
        ['الخلفية', 1],
      ],
    );
  });

  it('in Markdown, a heading after a paragraph of prose is a section: the article opened with its headline as plain text', () => {
    const text = 'الحكومة تقر موازنة العام المقبل\n\nأقر مجلس الوزراء مساء الثلاثاء الموازنة.\n\n## ردود الفعل\n\nرحبت النقابات بالموازنة.\n\n# في البرلمان\n\nتبدأ المناقشة غدا.\n';
    assert.deepEqual(
      outlineOf(text, 'markdown').blocks.map((b) => [b.role, b.label]),
      [
        ['headline', 'الحكومة تقر موازنة العام المقبل'],
        ['lede', 'أقر مجلس الوزراء مساء الثلاثاء الموازنة.'],
        ['section', 'ردود الفعل'],
        ['paragraph', 'رحبت النقابات بالموازنة.'],
        ['section', 'في البرلمان'],
        ['paragraph', 'تبدأ المناقشة غدا.'],
      ],
    );
    // Clean twin: a picture above the heading is no prose, and the heading still the headline.
    assert.deepEqual(
      outlineOf('![الوزير في الجلسة](a.jpg)\n\n## الحكومة تقر الموازنة\n\nأقر مجلس الوزراء الموازنة.\n', 'markdown').blocks.map((b) => b.role),
      ['paragraph', 'headline', 'lede'],
    );
  });

  it('in Markdown, a --- that opens the article is front matter only when what follows it is metadata', () => {
    const roles = (text: string) => outlineOf(text, 'markdown').blocks.map((b) => [b.role, b.label]);
    assert.deepEqual(roles('---\n\nالحكومة تقر الموازنة\n---\n\nأقر مجلس الوزراء الموازنة.\n'), [
      ['headline', 'الحكومة تقر الموازنة'],
      ['lede', 'أقر مجلس الوزراء الموازنة.'],
    ]);
    assert.deepEqual(roles('---\ntitle: الحكومة تقر الموازنة\n---\n\nالحكومة تقر الموازنة\n---\n\nأقر مجلس الوزراء الموازنة.\n'), [
      ['headline', 'الحكومة تقر الموازنة'],
      ['lede', 'أقر مجلس الوزراء الموازنة.'],
    ]);
  });

  it('in Markdown, a line of bold text alone is a section like a heading; a bold lede or a bold phrase in a paragraph is not', () => {
    const text =
      '# القوات الحكومية تستعيد بلدة حدودية\n\n**أعلن الجيش صباح الأحد استعادة السيطرة على البلدة.**\n\n**الموقف الميداني**\n\nقال المتحدث العسكري إن الوحدات تقدمت من ثلاثة محاور.\n\n__ردود الفعل:__\n\nرحبت الحكومة **بشدة** بالتقدم.\n\n**الخسائر** لم تعلن بعد.\n';
    assert.deepEqual(
      outlineOf(text, 'markdown').blocks.map((b) => [b.role, b.label]),
      [
        ['headline', 'القوات الحكومية تستعيد بلدة حدودية'],
        ['lede', 'أعلن الجيش صباح الأحد استعادة السيطرة …'],
        ['section', 'الموقف الميداني'],
        ['paragraph', 'قال المتحدث العسكري إن الوحدات تقدمت …'],
        ['section', 'ردود الفعل:'],
        ['paragraph', 'رحبت الحكومة بشدة بالتقدم.'],
        ['paragraph', 'الخسائر لم تعلن بعد.'],
      ],
    );
  });

  it('takes a byline before the lede for no lede, in plain text and Markdown', () => {
    const roles = (text: string, kind: TextKind = 'plain') => outlineOf(text, kind).blocks.map((b) => [b.role, b.label]);
    assert.deepEqual(roles('الحكومة تقر الموازنة\nبقلم سارة الكعبي\nبغداد (رويترز) - أقر مجلس الوزراء الموازنة.'), [
      ['headline', 'الحكومة تقر الموازنة'],
      ['byline', 'بقلم سارة الكعبي'],
      ['lede', 'بغداد (رويترز) - أقر مجلس الوزراء …'],
    ]);
    assert.deepEqual(roles('# وزير الطاقة: لا زيادة في الأسعار\n\n**حاوره: سامر الخطيب**\n\nتحدث الوزير عن خطط الوزارة.', 'markdown'), [
      ['headline', 'وزير الطاقة: لا زيادة في الأسعار'],
      ['byline', 'حاوره: سامر الخطيب'],
      ['lede', 'تحدث الوزير عن خطط الوزارة.'],
    ]);
    assert.deepEqual(roles('# الحكومة تقر الموازنة\n\n**كتب: أحمد صبحي**\n\nأقر مجلس الوزراء الموازنة.\n\n![الوزير في الجلسة](a.jpg)', 'markdown'), [
      ['headline', 'الحكومة تقر الموازنة'],
      ['byline', 'كتب: أحمد صبحي'],
      ['lede', 'أقر مجلس الوزراء الموازنة.'],
      ['paragraph', 'الوزير في الجلسة'],
    ]);
    // A picture above the lede is no lede.
    assert.deepEqual(roles('# الحكومة تقر الموازنة\n\n![الوزير في الجلسة](a.jpg)\n\nأقر مجلس الوزراء الموازنة.', 'markdown'), [
      ['headline', 'الحكومة تقر الموازنة'],
      ['paragraph', 'الوزير في الجلسة'],
      ['lede', 'أقر مجلس الوزراء الموازنة.'],
    ]);
    // Clean twins: a lede that opens with كتب, a byline-like line after the lede.
    assert.deepEqual(roles('الرئيس يعلق على الاتفاق\nكتب الرئيس على حسابه في منصة إكس أن الاتفاق تاريخي.\nبقلم سارة الكعبي'), [
      ['headline', 'الرئيس يعلق على الاتفاق'],
      ['lede', 'كتب الرئيس على حسابه في منصة …'],
      ['paragraph', 'بقلم سارة الكعبي'],
    ]);
  });

  it('names a quotation by the speaker its verb of saying names', () => {
    const text = 'عنوان الخبر\nوقال وزير الخارجية أحمد العلي: «لن نقبل بأي تسوية على حساب السيادة».';
    const [quote] = outlineOf(text).blocks[1].quotations;
    assert.equal(quote.speaker, 'وزير الخارجية أحمد العلي');
    assert.equal(covered(text, quote.speakerSpan!), 'وزير الخارجية أحمد العلي');
    assert.equal(covered(text, quote.span), '«لن نقبل بأي تسوية على حساب السيادة»');
    assert.equal(quote.label, 'لن نقبل بأي تسوية على حساب …');
  });

  it('ends the speaker before where and to whom the words were said', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وأكد الوزير ضرورة «إعادة النظر في الاتفاق كله».'), ['الوزير']);
    assert.deepEqual(speakers('وأكدت الوزيرة أهمية «الحوار بين جميع الأطراف».'), ['الوزيرة']);
    assert.deepEqual(speakers('وقال الوزير في مؤتمر صحفي إن «الحكومة ماضية في خطتها حتى النهاية».'), ['الوزير']);
    assert.deepEqual(speakers('وقال مصدر مطلع لوكالة الأنباء: «المفاوضات متوقفة منذ أسبوع».'), ['مصدر مطلع']);
    assert.deepEqual(speakers('قال علي حسن: «سنعود إلى بيوتنا قريبا».'), ['علي حسن']);
    assert.deepEqual(speakers('«لن نتراجع عن هذا القرار»، قال المتحدث باسم الحكومة.'), ['المتحدث باسم الحكومة']);
    assert.deepEqual(speakers('وقال الوزير الثلاثاء: «سنرفع الأجور في مطلع العام».'), ['الوزير']);
    assert.deepEqual(speakers('وأكد الوزير مجددا أن «الحكومة لن تتراجع عن قرارها».'), ['الوزير']);
    assert.deepEqual(speakers('وقال الوزير للصحفيين: «لن نسمح بتكرار ما حدث».'), ['الوزير']);
    assert.deepEqual(speakers('وقال الوزير لـ«رويترز»: «لن نسمح بتكرار ما حدث».'), ['الوزير']);
    // An abbreviation's dot is no sentence end: the speaker goes on past د. and the verb before it is found.
    assert.deepEqual(speakers('وقالت وزيرة الصحة د. منى الراشد: «سنفتح المستشفى الجديد قريبا».'), ['وزيرة الصحة د. منى الراشد']);
    assert.deepEqual(speakers('وقال م. سامي العلي للصحفيين: «انتهت أعمال الصيانة».'), ['م. سامي العلي']);
    // Clean twin: a full stop after a letter that labels ends its sentence, and the verb before it is not reached.
    assert.deepEqual(speakers('وقال الطبيب إن المرضى يحتاجون إلى فيتامين د. ورفع المحتجون لافتات «لا للفساد في المستشفيات».'), [undefined]);
  });

  it('takes the speaker of a verb that reports the gist of speech (أشار إلى أن، شدد على أن، رأى أن)', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وأشار الوزير إلى أن "الحكومة لن تتراجع عن خطتها".'), ['الوزير']);
    assert.deepEqual(speakers('وأشارت المتحدثة باسم الوزارة إلى أن «آلاف الأسر نزحت خلال الأسبوع».'), ['المتحدثة باسم الوزارة']);
    assert.deepEqual(speakers('ولفت الخبير الاقتصادي سامر حداد إلى أن «التضخم سيتراجع في الربع المقبل».'), ['الخبير الاقتصادي سامر حداد']);
    assert.deepEqual(speakers('ونوه رئيس الاتحاد إلى «ضرورة الالتزام بالمواعيد المحددة».'), ['رئيس الاتحاد']);
    assert.deepEqual(speakers('وشدد الوزير على أن «الأمن خط أحمر لا نقبل المساس به».'), ['الوزير']);
    assert.deepEqual(speakers('واعتبر المحلل أن «الاتفاق خطوة أولى في طريق طويل».'), ['المحلل']);
    assert.deepEqual(speakers('ورأى الخبير أن «الأسواق ستستقر قبل نهاية العام».'), ['الخبير']);
    assert.deepEqual(speakers('ويرى محللون أن «الأزمة لن تنتهي قريبا».'), ['محللون']);
    assert.deepEqual(speakers('وبينت الوزيرة أن «المشروع سيكتمل في الموعد».'), ['الوزيرة']);
    // Clean twins: the preposition بين, the noun رأي that رأى folds like, the name فرات that reads as ف and رأت.
    assert.deepEqual(speakers('وقارن التقرير بين «الخطة القديمة والخطة الجديدة» في فصل كامل.'), [undefined]);
    assert.deepEqual(speakers('وفي رأي الخبراء فإن «الأزمة لن تنتهي قريبا».'), [undefined]);
    assert.deepEqual(speakers('وأجرت الشركة استطلاع رأي نشرته «الصحيفة اليومية الأولى في البلاد».'), [undefined]);
    assert.deepEqual(speakers('وقال فرات الشمري: «سنعود إلى بيوتنا قريبا».'), ['فرات الشمري']);
  });

  it('takes the speaker a report cites with عن … قوله (ونقلت الوكالة عن الوزير قوله: «…»)', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('ونقلت وكالة الأنباء الرسمية عن الوزير قوله: «سنرفع الأجور في مطلع العام».'), ['الوزير']);
    assert.deepEqual(speakers('ونقلت الصحيفة عن المتحدثة باسم الوزارة ليلى حسن قولها إن «الأزمة في طريقها إلى الحل».'), ['المتحدثة باسم الوزارة ليلى حسن']);
    assert.deepEqual(speakers('ونقل التلفزيون عن شهود قولهم: «سمعنا دوي انفجارات قوية».'), ['شهود']);
    // Without عن, قوله is the noun of a sentence about the saying: no speaker is made up.
    assert.deepEqual(speakers('ورفض الوزير قوله في الجلسة: «سنرفع الأجور في مطلع العام».'), [undefined]);
  });

  it('keeps a long title whole, with the ل of its organisation, and the name after it', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وقال الرئيس التنفيذي للشركة الوطنية للنفط سالم العبيدي: «الإنتاج سيرتفع».'), ['الرئيس التنفيذي للشركة الوطنية للنفط سالم العبيدي']);
    assert.deepEqual(speakers('وقالت رئيسة المجلس القومي للمرأة: «نرحب بالدعوة ونأمل أن تكون جادة».'), ['رئيسة المجلس القومي للمرأة']);
    assert.deepEqual(speakers('وقالت المتحدثة باسم وزارة الهجرة علياء حسن إن «آلاف الأسر نزحت».'), ['المتحدثة باسم وزارة الهجرة علياء حسن']);
  });

  it('keeps a post in an institution whole across في, and ends the speaker at في before where the words were said', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وقال وزير الدولة في وزارة الخارجية سامي العلي: «لن نقبل بأي تسوية على حساب السيادة».'), ['وزير الدولة في وزارة الخارجية سامي العلي']);
    assert.deepEqual(speakers('وقال مدير الإعلام في الهيئة العامة للموانئ: «الحركة عادت إلى طبيعتها».'), ['مدير الإعلام في الهيئة العامة للموانئ']);
    assert.deepEqual(speakers('وقال مسؤول في وزارة الخارجية لوكالة الأنباء: «المفاوضات متوقفة منذ أسبوع».'), ['مسؤول في وزارة الخارجية']);
    assert.deepEqual(speakers('وقال أحد المسؤولين في الوزارة: «لم نتلق أي طلب رسمي حتى الآن».'), ['أحد المسؤولين في الوزارة']);
    assert.deepEqual(speakers('وقالت الباحثة في جامعة بغداد ليلى حسن: «الأرقام مقلقة جدا».'), ['الباحثة في جامعة بغداد ليلى حسن']);
    assert.deepEqual(speakers('وقال مسؤول في الوزارة في بيان: «لم نتلق أي طلب رسمي».'), ['مسؤول في الوزارة']);
    // Clean twins: في with where or when the words were said, or after a title that is no post in an institution.
    assert.deepEqual(speakers('وقال وزير الخارجية في البرلمان: «لن نقبل بأي تسوية على حساب السيادة».'), ['وزير الخارجية']);
    assert.deepEqual(speakers('وقال رئيس الوزراء في كلمة أمام البرلمان: «لن نستقيل مهما حدث».'), ['رئيس الوزراء']);
    assert.deepEqual(speakers('وقال مسؤول في بغداد: «الوضع تحت السيطرة تماما».'), ['مسؤول']);
    assert.deepEqual(speakers('وقال الوزير في الحكومة الجديدة: «سنعمل على خفض الأسعار».'), ['الوزير']);
  });

  it('keeps a post whole with the place or field it is held in, the name after it, and an MP with his constituency', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وقال مدير المياه في المحافظة: «خصصنا ميزانية لمد شبكة جديدة».'), ['مدير المياه في المحافظة']);
    assert.deepEqual(speakers('يقول الخبير في شؤون المياه الدكتور نبيل سمعان: «حفر الآبار العشوائية استنزف المخزون».'), ['الخبير في شؤون المياه الدكتور نبيل سمعان']);
    assert.deepEqual(speakers('وقال مدير مستشفى الشفاء في غزة محمد أبو سلمية: «لا أسرة شاغرة لدينا».'), ['مدير مستشفى الشفاء في غزة محمد أبو سلمية']);
    assert.deepEqual(speakers('وقال النائب عن المنطقة خالد يوسف: «الأهالي يعيشون في خوف دائم».'), ['النائب عن المنطقة خالد يوسف']);
    // Clean twins: no post before في, no name after the place, an occasion after في, عن after no MP.
    assert.deepEqual(speakers('وقال الوزير في غزة: «الوضع صعب جدا في كل المناطق».'), ['الوزير']);
    assert.deepEqual(speakers('وقال مسؤول في مؤتمر صحفي: «الوضع تحت السيطرة تماما».'), ['مسؤول']);
    assert.deepEqual(speakers('وقال الوزير عن الخطة: «ستبدأ في مطلع العام المقبل».'), ['الوزير']);
  });

  it('ends the speaker before a clause on him (الذي، طلب عدم نشر اسمه)', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وقال رئيس البلدية الذي زار موقع القصف صباحا: «البيوت دمرت بالكامل».'), ['رئيس البلدية']);
    assert.deepEqual(speakers('وقال ضابط في الجيش طلب عدم نشر اسمه: «القصف استمر طوال الليل».'), ['ضابط في الجيش']);
    assert.deepEqual(speakers('وقالت ممرضة فضلت عدم ذكر اسمها: «نعمل منذ يومين بلا راحة».'), ['ممرضة']);
  });

  it('ends the speaker before what the verb announces, not before a name or a title in ة', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وأعلنت أمانته العامة استقالة جماعية، مؤكدة أن «النتائج لا تعكس حقيقة الخريطة».'), ['أمانته العامة']);
    assert.deepEqual(speakers('وأعلنت الوزارة خطة لإعادة الإعمار، مؤكدة أن «العمل يبدأ غدا».'), ['الوزارة']);
    // Clean twins: a given name, a name before its family's, a title in apposition, a title's ل.
    assert.deepEqual(speakers('وقالت المناضلة جميلة بوحيرد: «الجزائر حرة».'), ['المناضلة جميلة بوحيرد']);
    assert.deepEqual(speakers('وقالت الطبيبة رحمة السيد: «المرضى بخير».'), ['الطبيبة رحمة السيد']);
    // قال takes no noun: one in ة after its subject is the subject's name.
    assert.deepEqual(speakers('وقالت الطبيبة رحمة: «المرضى بخير».'), ['الطبيبة رحمة']);
    assert.deepEqual(speakers('وقالت الناطقة باسم الوزارة مديرة الإعلام سعاد الحسن: «الخطة جاهزة».'), ['الناطقة باسم الوزارة مديرة الإعلام سعاد الحسن']);
    assert.deepEqual(speakers('وقال الأمين العام لجامعة الدول العربية: «الوضع خطير».'), ['الأمين العام لجامعة الدول العربية']);
  });

  it('takes a subject written before its verb of saying when none follows the verb', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('لكن صندوق النقد الدولي قال في تقريره إن «العجز لن يتراجع من دون إصلاح».'), ['صندوق النقد الدولي']);
    assert.deepEqual(speakers('أبي يقول دائما: «التقاعد المبكر نعمة لا يعرفها إلا من تعب».'), ['أبي']);
    assert.deepEqual(speakers('أما هدى ناصر فترى أن «الرواتب لا تكفي حتى منتصف الشهر».'), ['هدى ناصر']);
    assert.deepEqual(speakers('والوزير كان قد قال: «لن نرفع الأسعار هذا العام».'), ['الوزير']);
    assert.deepEqual(speakers('الرئيس الأميركي، الذي زار المنطقة، قال: «نريد سلاما دائما في المنطقة».'), ['الرئيس الأميركي']);
    // The one a relative clause of saying is on, past what governs it: a preposition, a verb and its subject.
    assert.deepEqual(speakers('وبلغت نسبة المشاركة 50%، بحسب وزير الداخلية عبد الوافي لفتيت، الذي قال إن «العملية جرت في ظروف عادية».'), ['وزير الداخلية عبد الوافي لفتيت']);
    assert.deepEqual(speakers('والتقى الوفد رئيس الوزراء، الذي قال إن «الحكومة ملتزمة بالاتفاق».'), ['رئيس الوزراء']);
    assert.deepEqual(speakers('وأشاد الحضور بالكاتبة سعاد الصباح، التي قالت إن «الشعر باق ما بقي الناس».'), ['الكاتبة سعاد الصباح']);
    assert.deepEqual(speakers('وتوجه الوفد للوزير المختص، الذي قال إن «الملف قيد الدرس».'), ['الوزير المختص']);
    assert.deepEqual(speakers('وأكد المحلل أن وزير المالية سامي العلي قال إن «الإصلاح لا يعني الضرائب».'), ['وزير المالية سامي العلي']);
    // The subject after the verb comes first.
    assert.deepEqual(speakers('وفي المؤتمر قال الوزير: «الخطة ستنفذ على مراحل».'), ['الوزير']);
    // Clean twins: what stands before the verb says where, when or about what the words were said.
    assert.deepEqual(speakers('وفي المؤتمر قال: «لم نتفق على شيء بعد».'), [undefined]);
    assert.deepEqual(speakers('بعد الاجتماع قال: «لم نتفق على شيء بعد».'), [undefined]);
    assert.deepEqual(speakers('والأسبوع الماضي قال: «لم نتفق على شيء بعد».'), [undefined]);
    assert.deepEqual(speakers('العام الماضي قال: «لم نتفق على شيء بعد».'), [undefined]);
    assert.deepEqual(speakers('وردا على سؤال قال: «لا تعليق لدي الآن».'), [undefined]);
    assert.deepEqual(speakers('وفي بيان مقتضب، قال: «لا تعليق لدي الآن».'), [undefined]);
  });

  it('gives a verb of saying without a subject the subject of the verb that opens its sentence or the one before', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => q.speaker);
    assert.deepEqual(speakers('وتعمل الحكيم منذ عشرين عاما في ترميم البيوت القديمة، وتقول: «كل بيت يحكي قصة أهله».'), ['الحكيم']);
    assert.deepEqual(speakers('وتعمل الحكيم منذ عشرين عاما في ترميم البيوت القديمة. وتقول: «كل بيت يحكي قصة أهله».'), ['الحكيم']);
    assert.deepEqual(speakers('ويعمل سمير الحداد منذ ثلاثين عاما سائقا. ويقول: «الطرق لم تتغير منذ أن بدأت».'), ['سمير الحداد']);
    // Clean twins: verbs that do not agree; a subject that may run on into the verb's object.
    assert.deepEqual(speakers('ويعمل الحداد منذ ثلاثين عاما سائقا، وتقول: «الطرق لم تتغير منذ أن بدأت».'), [undefined]);
    assert.deepEqual(speakers('وزار الوزير المستشفى، وقال: «الوضع صعب جدا هنا».'), [undefined]);
  });

  it('carries the speaker over a participle that qualifies the saying', () => {
    const text = 'عنوان\nوقال الوزير: «الوضع تحت السيطرة تماما».\nوتابع قائلا: «لا مجال للتراجع عن القرار».';
    assert.deepEqual(outlineOf(text).blocks.flatMap((b) => b.quotations.map((q) => q.speaker)), ['الوزير', 'الوزير']);
  });

  it('carries the last speaker to a verb that names none, when they agree', () => {
    const text = [
      'عنوان',
      'وقال الوزير: «الوضع تحت السيطرة تماما».',
      'وأضاف: «سنعلن التفاصيل غدا في مؤتمر صحفي».',
      'وقالت: «لا تعليق لدينا على ذلك الآن».',
    ].join('\n');
    const quotes = outlineOf(text).blocks.flatMap((b) => b.quotations);
    assert.deepEqual(quotes.map((q) => q.speaker), ['الوزير', 'الوزير', undefined]);
    assert.equal(quotes[1].speakerSpan, undefined);
  });

  it('carries a plural speaker, named after a singular verb, to a plural verb only', () => {
    const speakers = (...lines: string[]) => outlineOf(['عنوان', ...lines].join('\n')).blocks.flatMap((b) => b.quotations.map((q) => q.speaker));
    assert.deepEqual(speakers('وقال المسؤولون في بيان: «نرفض أي تدخل في شؤوننا».', 'وأضافوا: «سنواصل العمل مع شركائنا».', 'وأضاف: «هذه جملة لا تنسب إليهم».'), [
      'المسؤولون',
      'المسؤولون',
      undefined,
    ]);
    assert.deepEqual(speakers('وقال شهود: «سمعنا دوي انفجارات قوية».', 'وأضافوا: «فر الناس إلى الحقول».'), ['شهود', 'شهود']);
    // Clean twins: a name ending in -ون is one speaker.
    assert.deepEqual(speakers('وقال مأمون: «سمعنا دوي انفجارات قوية».', 'وأضاف: «فر الناس إلى الحقول».'), ['مأمون', 'مأمون']);
    assert.deepEqual(speakers('وقال هارون الرشيد: «سمعنا دوي انفجارات قوية».', 'وأضاف: «فر الناس إلى الحقول».'), ['هارون الرشيد', 'هارون الرشيد']);
  });

  it('gives a quotation after a participle of saying the speaker of the sentence\'s quotation before it, not across a sentence end', () => {
    const speakers = (...lines: string[]) => outlineOf(['عنوان', ...lines].join('\n')).blocks.flatMap((b) => b.quotations.map((q) => q.speaker));
    assert.deepEqual(speakers('وقال البرهان إن الجيش «لن يقبل بوجود الميليشيا»، مضيفا أن القوات «ماضية في التحرير».'), ['البرهان', 'البرهان']);
    assert.deepEqual(speakers('وقال البرهان إن الجيش «لن يقبل بوجود الميليشيا». ورفع المتظاهرون لافتات «لا للحرب في السودان».'), ['البرهان', undefined]);
    assert.deepEqual(speakers('ورفض الجيش «أي هدنة لا تتضمن الانسحاب»، مضيفا أن القوات «ماضية في التحرير».'), [undefined, undefined]);
  });

  it('takes the subject between كان and قد for the speaker, and ends a speaker at بأن', () => {
    const speakers = (...lines: string[]) => outlineOf(['عنوان', ...lines].join('\n')).blocks.flatMap((b) => b.quotations.map((q) => q.speaker));
    assert.deepEqual(speakers('وقال الوزير: «الوضع خطير».', 'وكان الرئيس السوري أحمد الشرع قد أكد الشهر الماضي أن بلاده «لن تكون مصدر تهديد لأي من جيرانها».'), [
      'الوزير',
      'الرئيس السوري أحمد الشرع',
    ]);
    assert.deepEqual(speakers('ورد المتحدث باسم الحكومة عبدو كريم فال بأن الانتخابات جرت «في أجواء من الشفافية والهدوء».'), ['المتحدث باسم الحكومة عبدو كريم فال']);
  });

  it('carries no speaker over to an answer: who answers is who was asked', () => {
    const speakers = (...lines: string[]) => outlineOf(['عنوان', ...lines].join('\n')).blocks.flatMap((b) => b.quotations.map((q) => q.speaker));
    assert.deepEqual(speakers('وقال المتحدث باسم النقابة: «الإضراب مستمر».', 'وسأل مراسلون مدير الميناء: هل ستلجأ الإدارة إلى عمال مؤقتين؟ فأجاب بأن «كل الخيارات مطروحة».'), [
      'المتحدث باسم النقابة',
      undefined,
    ]);
  });

  it('leaves out scare quotes and terms, keeps unattributed long quotations without a speaker', () => {
    const text = 'عنوان\nوصف المراقبون الاتفاق بأنه «تاريخي» ونقلت الصحف عبارة «السلام خيار لا رجعة عنه» في عناوينها.';
    const quotes = outlineOf(text).blocks[1].quotations;
    assert.deepEqual(quotes.map((q) => [covered(text, q.span), q.speaker]), [['«السلام خيار لا رجعة عنه»', undefined]]);
  });

  it('does not reach across a sentence end for the verb', () => {
    const text = 'عنوان\nقال الوزير إن الجلسة انتهت. ورفع المتظاهرون لافتات «لا للفساد في المؤسسات».';
    const [quote] = outlineOf(text).blocks[1].quotations;
    assert.equal(quote.speaker, undefined);
  });

  it('takes no pronoun or preposition for a speaker', () => {
    const text = 'عنوان\nورفع المتظاهرون لافتات كتب عليها «لا للفساد في المؤسسات».';
    const [quote] = outlineOf(text).blocks[1].quotations;
    assert.equal(quote.speaker, undefined);
  });

  it('puts a nested quotation inside its outer one, not beside it', () => {
    const text = 'عنوان\nقال المحامي: «سمعته يقول “لن أوقع على شيء” ثم غادر القاعة».';
    const quotes = outlineOf(text).blocks[1].quotations;
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker, 'المحامي');
  });

  it('follows a quotation over several paragraphs, each reopened, with the speaker of its first', () => {
    const text = [
      'الرئيس يدعو إلى حوار وطني',
      'وقال الرئيس في كلمة متلفزة: «الحوار هو الطريق إلى الاستقرار. ونحن مستعدون للاستماع إلى الجميع.',
      '«لن يقصى أحد، مهما كانت مواقفه.',
      '«وسنعلن موعد الجلسة الأولى خلال أيام».',
      'وأضاف: «الباب مفتوح أمام الجميع دون استثناء».',
    ].join('\n');
    const quotes = outlineOf(text).blocks.slice(1).map((b) => b.quotations.map((q) => [covered(text, q.span), q.speaker, q.speakerSpan && covered(text, q.speakerSpan)]));
    assert.deepEqual(quotes, [
      [['«الحوار هو الطريق إلى الاستقرار. ونحن مستعدون للاستماع إلى الجميع.', 'الرئيس', 'الرئيس']],
      [['«لن يقصى أحد، مهما كانت مواقفه.', 'الرئيس', undefined]],
      [['«وسنعلن موعد الجلسة الأولى خلال أيام»', 'الرئيس', undefined]],
      [['«الباب مفتوح أمام الجميع دون استثناء»', 'الرئيس', undefined]],
    ]);
  });

  it('leaves out a quotation left open and not reopened in the next paragraph (unbalanced-quotes flags it)', () => {
    const text = 'عنوان\nوقال الوزير: «سنواصل العمل حتى آخر يوم\nحتى تعود الكهرباء إلى كل بيت».';
    assert.deepEqual(outlineOf(text).blocks.map((b) => b.quotations.length), [0, 0, 0]);
  });

  it('leaves out a quotation that names an outlet, a programme or an operation, and finds the verb before it for the next', () => {
    const quotes = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => [covered(`عنوان\n${text}`, q.span), q.speaker]);
    assert.deepEqual(quotes('وقال الوزير لصحيفة «وول ستريت جورنال» إن الاتفاق بات قريبا.'), []);
    assert.deepEqual(quotes('وقال المتحدث في مقابلة مع برنامج «ما وراء الخبر» إن الحكومة لن تستقيل.'), []);
    assert.deepEqual(quotes('وأطلق الجيش عملية «درع الوطن الشامل» فجر الأحد.'), []);
    assert.deepEqual(quotes('وقال الوزير لـ«رويترز»: «المفاوضات مع النقابات ستستأنف قريبا».'), [['«المفاوضات مع النقابات ستستأنف قريبا»', 'الوزير']]);
    // Clean twins: the same words said, not named; a second quotation joined to the first by و.
    assert.deepEqual(quotes('وقال الوزير: «لن نتراجع عن القرار» و«سنمضي في الإصلاحات حتى النهاية».'), [
      ['«لن نتراجع عن القرار»', 'الوزير'],
      ['«سنمضي في الإصلاحات حتى النهاية»', undefined],
    ]);
    assert.deepEqual(quotes('وقال الوزير: «وول ستريت جورنال أخطأت».'), [['«وول ستريت جورنال أخطأت»', 'الوزير']]);
  });

  it('takes a verb of saying after a quotation only when the quotation opens its sentence', () => {
    const text = 'عنوان\nوقال الوزير: «الوضع تحت السيطرة تماما».\nووصف مسؤول محلي الخطة بأنها «ناجحة»، وقال إن الحكومة ستوسعها.\n«الأولوية للمدارس»، قال المسؤول.';
    const quotes = outlineOf(text).blocks.flatMap((b) => b.quotations.map((q) => [covered(text, q.span), q.speaker]));
    assert.deepEqual(quotes, [
      ['«الوضع تحت السيطرة تماما»', 'الوزير'],
      ['«الأولوية للمدارس»', 'المسؤول'],
    ]);
  });

  it('maps spans to the original text (BOM and CRLF)', () => {
    const text = '\uFEFFعنوان الخبر\r\n\r\nوقال الوزير: «انتهت المفاوضات دون اتفاق نهائي».\r\n';
    const outline = outlineOf(text);
    const [quote] = outline.blocks[1].quotations;
    assert.equal(covered(text, outline.blocks[0].span), 'عنوان الخبر');
    assert.equal(covered(text, quote.span), '«انتهت المفاوضات دون اتفاق نهائي»');
    assert.equal(covered(text, quote.speakerSpan!), 'الوزير');
  });

  it('takes the Markdown heading as the headline and labels without emphasis or link targets', () => {
    const text = '---\ntitle: خبر\n---\n# **الحكومة** تقر الموازنة\n\nأقر [مجلس الوزراء](https://example.com/a) الموازنة بعجز أقل.';
    const outline = outlineOf(text, 'markdown');
    assert.deepEqual(outline.blocks.map((b) => b.label), ['الحكومة تقر الموازنة', 'أقر مجلس الوزراء الموازنة بعجز أقل.']);
  });

  it('in Markdown, has a table by its rows, cells parted by spaces, without the delimiter row under the header', () => {
    const text = '# نتائج الانتخابات\n\nأعلنت اللجنة النتائج الأولية.\n\n| الحزب | المقاعد |\n| :--- | ---: |\n| التقدم | ٤٢ |\n\n---\n\nوتبدأ المشاورات الأسبوع المقبل.';
    const outline = outlineOf(text, 'markdown');
    assert.deepEqual(outline.blocks.map((b) => b.label), ['نتائج الانتخابات', 'أعلنت اللجنة النتائج الأولية.', 'الحزب المقاعد', 'التقدم ٤٢', 'وتبدأ المشاورات الأسبوع المقبل.']);
    assert.equal(outline.omittedBlocks, 0);
    // In plain text a line of dashes and pipes is what the writer typed.
    assert.equal(outlineOf('عنوان الخبر\nأعلنت اللجنة النتائج.\n| --- | --- |', 'plain').blocks.length, 3);
  });

  it('bounds the number of blocks and says how many were left out', () => {
    const text = ['عنوان', ...Array.from({ length: 10 }, (_, i) => `الفقرة رقم ${i}.`)].join('\n');
    const outline = outlineOf(text, 'plain', 4);
    assert.equal(outline.blocks.length, 4);
    assert.equal(outline.omittedBlocks, 7);
  });

  describe('speakers of news stories, in every order a desk writes them', () => {
    /** The speaker of each quotation, the article's names given as the editor's outline gives them. */
    const speakers = (lines: string[]) => {
      const result = lint(lines.join('\n'), config);
      const outline = articleOutline(result, { names: outlineNames(findNames(result.article, nameListFor(config.names))) });
      return outline.blocks.flatMap((b) => b.quotations.map((q) => q.speaker));
    };

    it('a budget story', () => {
      const story = [
        'الحكومة تعرض موازنة العام المقبل على البرلمان',
        'عمان - عرضت الحكومة مشروع موازنة العام المقبل على البرلمان الأحد، وسط انتقادات من المعارضة لارتفاع الدين العام.',
        'وقال وزير المالية سامي العلي أمام النواب: «خفضنا الإنفاق الجاري من دون أن نمس رواتب الموظفين».',
        'لكن صندوق النقد الدولي قال في تقريره الأخير إن «العجز لن يتراجع من دون إصلاح ضريبي واسع».',
        'أما النائبة هدى ناصر فترى أن «الموازنة تحمل الفقراء كلفة أخطاء الحكومات السابقة».',
        '«لن نقبل بضرائب جديدة على السلع الأساسية»، قال رئيس كتلة الإصلاح خالد يوسف.',
        'والوزير كان قد قال الشهر الماضي: «لا ضرائب جديدة قبل نهاية العام».',
      ];
      assert.deepEqual(speakers(story), ['وزير المالية سامي العلي', 'صندوق النقد الدولي', 'النائبة هدى ناصر', 'رئيس كتلة الإصلاح خالد يوسف', 'الوزير']);
    });

    it('a visit', () => {
      const story = [
        'زيارة الرئيس الأميركي تنتهي بوعود بالمساعدة',
        'الرياض - أنهى الرئيس الأميركي جولته في المنطقة الخميس بزيارة إلى الرياض.',
        'الرئيس الأميركي، الذي زار ثلاث عواصم خلال أسبوع، قال في مؤتمر صحفي: «نريد سلاما دائما لا هدنة مؤقتة».',
        'وردا على سؤال عن المساعدات قال: «سنعلن حزمة جديدة خلال أيام».',
        'وأكد وزير الخارجية السعودي أن «المحادثات كانت صريحة وبناءة».',
        'غير أن مسؤولا في الوفد الأميركي قال لوكالة الأنباء إن «الخلاف حول الجدول الزمني ما زال قائما».',
        'وفي ختام الزيارة قالت المتحدثة باسم البيت الأبيض: «الرئيس راض عن نتائج الجولة».',
      ];
      assert.deepEqual(speakers(story), ['الرئيس الأميركي', 'الرئيس الأميركي', 'وزير الخارجية السعودي', 'مسؤولا في الوفد الأميركي', 'المتحدثة باسم البيت الأبيض']);
    });

    it('a profile', () => {
      const story = [
        'مهندسة تعيد الحياة إلى بيوت دمشق القديمة',
        'دمشق - رممت المهندسة المعمارية سعاد الحكيم أكثر من ثلاثين بيتا في المدينة القديمة خلال عقدين.',
        'وتعمل الحكيم منذ عشرين عاما في ترميم البيوت القديمة، وتقول: «كل بيت يحكي قصة أهله».',
        'وقال عنها زميلها المهندس فادي عيسى: «لا تبدأ مشروعا قبل أن تعرف الجيران واحدا واحدا».',
        'وتقضي الحكيم في الورشة معظم يومها. وتضيف: «الخشب القديم يحتاج إلى صبر لا إلى أدوات».',
        'أبي كان يقول دائما: «البيت الذي يهجره أهله يموت»، تروي الحكيم.',
      ];
      assert.deepEqual(speakers(story), ['الحكيم', 'زميلها المهندس فادي عيسى', 'الحكيم', 'أبي']);
    });

    it('a diplomatic row: a connector before the first verb, a title and a name as its subject, a prime minister after another speaker, a title before its object with a title', () => {
      const story = [
        'تصعيد دبلوماسي جديد',
        'الرباط - استدعت الجزائر سفيرها لدى فرنسا للتشاور.',
        'وكان الرئيس الجزائري عبد المجيد تبون قد حذر من أن بلاده «لن تقف مكتوفة الأيدي».',
        'في المقابل، رحب وزير الخارجية المغربي ناصر بوريطة بالموقف الفرنسي، وقال في مؤتمر صحفي إن المملكة «تثمن هذا الدعم الواضح».',
        'ورحب رئيس الوزراء محمد شياع السوداني بالاتفاق، وقال في بيان إن حكومته «ملتزمة بحل المسائل العالقة».',
        'والتقى الرئيس نظيره الفرنسي إيمانويل ماكرون، وقال إن البلدين «يتفقان على أهمية الحوار».',
        'ورحب نائب رئيس الوزراء الروسي ألكسندر نوفاك بالاتفاق، وقال إن موسكو «ترى توازنا في السوق».',
      ];
      assert.deepEqual(speakers(story), [
        'الرئيس الجزائري عبد المجيد تبون',
        'وزير الخارجية المغربي ناصر بوريطة',
        'رئيس الوزراء محمد شياع السوداني',
        'الرئيس',
        'نائب رئيس الوزراء الروسي ألكسندر نوفاك',
      ]);
    });

    it('an opening', () => {
      const story = [
        'مستشفى جديد في الشمال يستقبل أول مرضاه',
        'حلب - استقبل المستشفى الجديد في المدينة أول مرضاه صباح الثلاثاء بعد تأخر دام عامين.',
        'وقالت وزيرة الصحة د. منى الراشد خلال الافتتاح: «هذا المستشفى وعد قطعناه للأهالي ووفينا به».',
        'وفي المؤتمر الصحفي قال مدير المستشفى الدكتور نبيل سمعان إن «الطاقم الطبي اكتمل بنسبة تسعين في المئة».',
        'وأضاف: «نحتاج إلى ممرضين أكثر في قسم الطوارئ».',
        'بعد الافتتاح قال أحد الأهالي: «انتظرنا هذا اليوم طويلا».',
        'والنقابة الطبية كانت قد حذرت من أن «نقص الكوادر سيعطل الأقسام الجديدة».',
      ];
      assert.deepEqual(speakers(story), ['وزيرة الصحة د. منى الراشد', 'مدير المستشفى الدكتور نبيل سمعان', 'مدير المستشفى الدكتور نبيل سمعان', 'أحد الأهالي', 'النقابة الطبية']);
    });

    it('a protest', () => {
      const story = [
        'سكان الحي القديم يرفضون قرار الهدم',
        'القاهرة - تظاهر العشرات من سكان الحي القديم مساء الجمعة احتجاجا على قرار المحافظة هدم عشرات البيوت.',
        'ويسكن سمير الحداد الحي منذ ولادته، ويقول: «لن نخرج من بيوتنا إلا إلى المقابر».',
        'وقالت المحافظة في بيان: «القرار نهائي والتعويضات ستصرف خلال شهر».',
        '«التعويضات لا تكفي لشراء غرفة واحدة»، قالت الناشطة ليلى حسن.',
        'أما المحامي كريم فؤاد فيرى أن «القرار مخالف للقانون ويمكن الطعن فيه».',
        'وخلال الاعتصام قال أحد المتظاهرين: «سنبقى هنا حتى تتراجع المحافظة».',
      ];
      assert.deepEqual(speakers(story), ['سمير الحداد', 'المحافظة', 'الناشطة ليلى حسن', 'المحامي كريم فؤاد', 'أحد المتظاهرين']);
    });
  });

  it('groups the names: kind, preferred form, count, other spellings, mentions on the original text', () => {
    const text = '\uFEFFوفد يزور واشنطن\r\nوصل الوفد إلى واشنطن الأحد.\r\nوقال الخبير أحمد الحمدان إن المباحثات بين بغداد وواشنطون ستطول، وأكد احمد الحمدان ذلك.';
    const result = lint(text, config);
    const outline = articleOutline(result, { names: outlineNames(findNames(result.article, nameListFor(config.names))) });
    const shown = outline.names.map((n) => [n.kind, n.name, n.count, n.variants, n.spans.map((s) => covered(text, s))]);
    assert.deepEqual(shown, [
      ['place', 'واشنطن', 3, ['واشنطون'], ['واشنطن', 'واشنطن', 'واشنطون']],
      ['person', 'أحمد الحمدان', 2, ['احمد الحمدان'], ['أحمد الحمدان', 'احمد الحمدان']],
      ['place', 'بغداد', 1, [], ['بغداد']],
    ]);
  });
});

describe('interview outline', () => {
  /** Each paragraph as `role/turn | speaker | label`, each quotation under it as `« speaker: label`. */
  const turnsOf = (text: string, kind: TextKind = 'plain') =>
    outlineOf(text, kind).blocks.flatMap((b) => [
      `${b.role}${b.turn ? `/${b.turn}` : ''} | ${b.speaker ?? ''} | ${b.label}`,
      ...b.quotations.map((q) => `« ${q.speaker ?? ''}: ${q.label}`),
    ]);

  it('in a print Q&A, credits the answers and their quotations to the guest the intro names, the questions to the byline', () => {
    const text = [
      'وزير المالية سامي العلي لـ«الصحيفة»: لا ضرائب جديدة قبل نهاية العام',
      'حاوره: سامر الخطيب',
      'بغداد - حاورت «الصحيفة» وزير المالية سامي العلي حول موازنة العام المقبل وخطط الحكومة لخفض العجز.',
      'س: هل تنوي الحكومة فرض ضرائب جديدة لسد العجز؟',
      'ج: لا. قلت للنواب في الجلسة الأخيرة: «لن نحمل المواطن كلفة أخطاء الماضي»، وما زلت عند كلامي.',
      'س: لكن صندوق النقد قال في تقريره إن «العجز لن يتراجع من دون إصلاح ضريبي»، فكيف تردون؟',
      'ج: خطتنا تقوم على «خفض الإنفاق الجاري أولا ثم توسيع القاعدة الضريبية»، وكما قال رئيس الوزراء: «لا عودة إلى الاقتراض».',
    ].join('\n');
    assert.deepEqual(turnsOf(text), [
      'headline |  | وزير المالية سامي العلي لـ«الصحيفة»: لا ضرائب جديدة قبل نهاية العام',
      'byline |  | حاوره: سامر الخطيب',
      'lede |  | بغداد - حاورت «الصحيفة» وزير المالية …',
      'paragraph/question | سامر الخطيب | هل تنوي الحكومة فرض ضرائب جديدة …',
      'paragraph/answer | وزير المالية سامي العلي | لا. قلت للنواب في الجلسة الأخيرة: …',
      '« وزير المالية سامي العلي: لن نحمل المواطن كلفة أخطاء الماضي',
      // The question quotes someone else: not the interviewer's words.
      'paragraph/question | سامر الخطيب | لكن صندوق النقد قال في تقريره …',
      '« صندوق النقد: العجز لن يتراجع من دون إصلاح …',
      // An answer's quotation that a verb of saying gives to another is that one's.
      'paragraph/answer | وزير المالية سامي العلي | خطتنا تقوم على «خفض الإنفاق الجاري …',
      '« وزير المالية سامي العلي: خفض الإنفاق الجاري أولا ثم توسيع …',
      '« رئيس الوزراء: لا عودة إلى الاقتراض',
    ]);
  });

  it('takes the guest from في حوار مع before التقى, else from the headline (الوزير لـ«الصحيفة»: …), with س- ج- سؤال: جواب:', () => {
    const speakers = (text: string) => outlineOf(text).blocks.filter((b) => b.turn).map((b) => `${b.turn} ${b.speaker ?? ''}`);
    assert.deepEqual(
      speakers(
        'الوزير: لا ضرائب جديدة\nالتقى الوزير بالمستثمرين في دبي الشهر الماضي. وفي حوار خاص مع وزير المالية سامي العلي تحدث عن خطة الحكومة.\nسؤال: هل تفرضون ضرائب جديدة؟\nجواب: لا.\nس- ومتى تصرف الرواتب؟\nج- الأسبوع المقبل.',
      ),
      ['question ', 'answer وزير المالية سامي العلي', 'question ', 'answer وزير المالية سامي العلي'],
    );
    assert.deepEqual(speakers('التقت «الصحيفة» بالوزيرة ليلى حسن في مكتبها\nس: هل تفرضون ضرائب جديدة؟\nج: لا.'), ['question ', 'answer الوزيرة ليلى حسن']);
    assert.deepEqual(speakers('عنوان\nوحاورت مجلة «الأسبوع» وزيرة الصحة ليلى حسن عن خطط الوزارة.\nس: متى يفتح المستشفى؟\nج: قريبا.'), ['question ', 'answer وزيرة الصحة ليلى حسن']);
    // An abbreviation's dot ends neither the guest nor the sentence.
    assert.deepEqual(speakers('عنوان\nوحاورت «الصحيفة» وزيرة الصحة د. منى الراشد عن خطط الوزارة.\nس: متى يفتح المستشفى؟\nج: قريبا.'), ['question ', 'answer وزيرة الصحة د. منى الراشد']);
    assert.deepEqual(speakers('وزير المالية سامي العلي لـ"الصحيفة": لا ضرائب جديدة\nتحدث الوزير عن خطة الحكومة.\nس: هل تفرضون ضرائب جديدة؟\nج: لا.'), ['question ', 'answer وزير المالية سامي العلي']);
    assert.deepEqual(speakers('وزير المالية سامي العلي للصحيفة: لا ضرائب جديدة\nس: هل تفرضون ضرائب جديدة؟\nج: لا.'), ['question ', 'answer وزير المالية سامي العلي']);
    // Clean twin: a headline that quotes the guest names no one.
    assert.deepEqual(speakers('الوزير: لا ضرائب جديدة\nس: هل تفرضون ضرائب جديدة؟\nج: لا.'), ['question ', 'answer ']);
  });

  it('in a transcript, credits each turn to the name that opens it, and takes who asks most for the interviewer', () => {
    const text = [
      'مديرة المتحف الوطني: الترميم ينتهي نهاية العام المقبل',
      'استضاف برنامج «حديث المساء» مديرة المتحف الوطني الدكتورة منى الراشد. وفي ما يلي نص الحوار.',
      'ليلى حسن: مساء الخير، متى تنتهي أعمال الترميم في المتحف؟',
      'د. منى الراشد: إذا وصل التمويل في موعده فنهاية العام المقبل.',
      'ليلى حسن: وزير الثقافة قال الأسبوع الماضي إن التمويل «مؤمن بالكامل منذ أشهر»، فما الذي تأخر؟',
      'د. منى الراشد: القاعة الكبرى. وقال لنا المهندسون يومها: «لا يمكن ترميم السقف، يجب استبداله».',
      'ليلى حسن: شكرا لك.',
    ].join('\n');
    assert.deepEqual(turnsOf(text), [
      'headline |  | مديرة المتحف الوطني: الترميم ينتهي نهاية العام المقبل',
      'lede |  | استضاف برنامج «حديث المساء» مديرة المتحف …',
      'paragraph/question | ليلى حسن | مساء الخير، متى تنتهي أعمال الترميم …',
      'paragraph/answer | د. منى الراشد | إذا وصل التمويل في موعده فنهاية …',
      'paragraph/question | ليلى حسن | وزير الثقافة قال الأسبوع الماضي إن …',
      '« وزير الثقافة: مؤمن بالكامل منذ أشهر',
      'paragraph/answer | د. منى الراشد | القاعة الكبرى. وقال لنا المهندسون يومها: …',
      '« المهندسون: لا يمكن ترميم السقف، يجب استبداله',
      'paragraph/question | ليلى حسن | شكرا لك.',
    ]);
  });

  it('in a profile, credits the Q&A to the guest and the byline, and leaves the narrative to its verbs of saying', () => {
    const text = [
      '# سعاد الحكيم: المدينة القديمة تحتاج إلى سكانها',
      '**حاورتها: ريم منصور**',
      'في حوار مع المهندسة المعمارية سعاد الحكيم، التي رممت أكثر من ثلاثين بيتا، تتحدث عن عقدين من العمل.',
      'ولدت الحكيم في حي الشاغور عام 1968. وقال عنها زميلها المهندس فادي عيسى: «لا تبدأ مشروعا قبل أن تعرف الجيران».',
      '## البدايات',
      '**س: متى بدأ اهتمامك بالبيوت القديمة؟**',
      '**ج:** في طفولتي. كنت أقول لأمي: «سأعيد هذا البيت كما كان».',
      '## المشروع الحالي',
      'وتعمل الحكيم اليوم على ترميم خان قديم قرب الجامع الكبير.',
    ].join('\n\n');
    assert.deepEqual(turnsOf(text, 'markdown'), [
      'headline |  | سعاد الحكيم: المدينة القديمة تحتاج إلى سكانها',
      'byline |  | حاورتها: ريم منصور',
      'lede |  | في حوار مع المهندسة المعمارية سعاد …',
      'paragraph |  | ولدت الحكيم في حي الشاغور عام …',
      '« زميلها المهندس فادي عيسى: لا تبدأ مشروعا قبل أن تعرف …',
      'section |  | البدايات',
      'paragraph/question | ريم منصور | متى بدأ اهتمامك بالبيوت القديمة؟',
      'paragraph/answer | المهندسة المعمارية سعاد الحكيم | في طفولتي. كنت أقول لأمي: «سأعيد …',
      '« المهندسة المعمارية سعاد الحكيم: سأعيد هذا البيت كما كان',
      'section |  | المشروع الحالي',
      'paragraph |  | وتعمل الحكيم اليوم على ترميم خان …',
    ]);
  });

  it('in a vox pop, credits each answer to the name that opens it or stands over it', () => {
    const text = [
      'هل تؤيد رفع سن التقاعد؟',
      'سألت «الصحيفة» عددا من المارة في وسط العاصمة عن مشروع القانون.',
      'س: هل تؤيد رفع سن التقاعد إلى 65 عاما؟',
      'سمير الحداد، سائق أجرة: لا. أعمل منذ ثلاثين عاما.',
      'هدى ناصر (معلمة): أؤيده إذا رفعت الرواتب.',
      'خالد يوسف، 24 عاما، طالب: لا يعنيني الآن، لكن أبي يقول دائما: «التقاعد المبكر نعمة لا يعرفها إلا من تعب».',
      'ويناقش البرلمان مشروع القانون يوم الأحد.',
    ].join('\n');
    assert.deepEqual(turnsOf(text), [
      'headline |  | هل تؤيد رفع سن التقاعد؟',
      // «الصحيفة» after the verb is who asks, no quotation.
      'lede |  | سألت «الصحيفة» عددا من المارة في …',
      'paragraph/question |  | هل تؤيد رفع سن التقاعد إلى …',
      'paragraph/answer | سمير الحداد، سائق أجرة | لا. أعمل منذ ثلاثين عاما.',
      'paragraph/answer | هدى ناصر (معلمة) | أؤيده إذا رفعت الرواتب.',
      'paragraph/answer | خالد يوسف، 24 عاما، طالب | لا يعنيني الآن، لكن أبي يقول …',
      '« أبي: التقاعد المبكر نعمة لا يعرفها إلا …',
      'paragraph |  | ويناقش البرلمان مشروع القانون يوم الأحد.',
    ]);
    const overTurns = 'استطلاع آراء\nأحمد، موظف:\nس: ما الذي تنتظره من الحكومة؟\nج: خفض الأسعار.\nسهى، معلمة:\nس: ما الذي تنتظره من الحكومة؟\nج: رواتب أفضل.';
    assert.deepEqual(outlineOf(overTurns).blocks.filter((b) => b.turn === 'answer').map((b) => b.speaker), ['أحمد، موظف', 'سهى، معلمة']);
  });

  it('finds no interview in a lettered list, a schedule by day, a question without answers or a story of quotations', () => {
    const turns = (text: string) => outlineOf(text).blocks.filter((b) => b.turn || b.speaker).length;
    assert.equal(turns('خطة الحكومة\nوتشمل الخطة:\nأ- خفض الإنفاق الجاري.\nب- تجميد التعيينات.\nج- توسيع القاعدة الضريبية.'), 0);
    assert.equal(turns('الطقس\nالخميس: أجواء صحوة.\nالجمعة: سحب ممطرة.\nالخميس: رياح خفيفة.\nالجمعة: رياح معتدلة.'), 0);
    assert.equal(turns('أسئلة عن الموازنة\nس: ما الذي تغير في الموازنة الجديدة؟\nخفضت الحكومة الإنفاق الجاري.\nالمصدر: وزارة المالية.'), 0);
    assert.equal(turns('عنوان\nوقال الوزير: «لن نقبل بأي تسوية».\nوقال الوزير: «سنعلن التفاصيل غدا».\nوقال المتحدث: «هل من جديد؟»\nوقال المتحدث: «ربما غدا».'), 0);
  });

  it('takes a short quotation after a verb of saying for who speaks, and a pronoun after the verb for whom it was said to', () => {
    const speakers = (text: string) => outlineOf(`عنوان\n${text}`).blocks[1].quotations.map((q) => [q.label, q.speaker]);
    assert.deepEqual(speakers('وقالت «رويترز» إن «المفاوضات متوقفة منذ أسبوع».'), [['المفاوضات متوقفة منذ أسبوع', undefined]]);
    assert.deepEqual(speakers('وقال له الوزير: «لن نسمح بتكرار ما حدث».'), [['لن نسمح بتكرار ما حدث', 'الوزير']]);
    // Clean twins: words said after a colon, however short; a long quotation right after the verb.
    assert.deepEqual(speakers('وقال الوزير: «لا».'), [['لا', 'الوزير']]);
    assert.deepEqual(speakers('وأضاف «سنعلن التفاصيل غدا في مؤتمر صحفي».'), [['سنعلن التفاصيل غدا في مؤتمر صحفي', undefined]]);
  });
});
