// Prayers and supplications that several people may be quoted saying in the same words (a funeral, the
// pilgrims of a Hajj story): their repeats are no copies.

/** How a supplication opens: نسأل الله، وندعو الله، أدعو الله، اللهم، إنا لله. */
const SUPPLICATION = String.raw`[وف]?(?:نسأل|ندعو|نسال|أدعو|ادعو) الله|اللهم|إنا لله`;

/** A prayer for the dead or a supplication, at the start of a quotation's words. */
const PRAYER = new RegExp(String.raw`^.?(?:${SUPPLICATION}|رحمه الله|رحمها الله|تغمده الله|تغمدها الله)|يتغمد|تغمده|فسيح جنات`, 'u');

/** Whether the words of a quotation (its marks aside) are a prayer. */
export const isPrayer = (quoted: string): boolean => PRAYER.test(quoted);

/** A prayer after an opening quotation mark, or opening a sentence of a quotation opened before it. */
const QUOTED_PRAYER = new RegExp(String.raw`(?:^|[«"“])\s*(?:[^«»"“”]{0,40}?[\s،,])?(?:${SUPPLICATION})`, 'u');

/** Whether a sentence quotes someone saying a prayer («… أدعو الله أن يتقبل منا»). */
export const quotesPrayer = (sentence: string): boolean => QUOTED_PRAYER.test(sentence);
