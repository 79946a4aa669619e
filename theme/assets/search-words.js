// How text becomes search terms in the browser, exactly as the index builder makes them (src/RareNewsSite/Search:
// SearchText.cs, SpellingVariants.cs, EnglishStemmer.cs). The search page and the article highlight import it.

// Accents dropped (NFD, marks removed), lower case; words are runs of letters and digits, per code point.
export const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
export const WORD = /[\p{L}\p{N}]+/gu;

// --- British and international medical spellings written the American way (SpellingVariants.cs: the same table).
const FRAGMENTS = [
  ['aem', 'em'], ['paed', 'ped'], ['aesth', 'esth'], ['aetiol', 'etiol'], ['gynaec', 'gynec'], ['faec', 'fec'],
  ['caesar', 'cesar'], ['oesoph', 'esoph'], ['oestr', 'estr'], ['oedem', 'edem'], ['foet', 'fet'], ['coeli', 'celi'],
  ['rrhoe', 'rrhe'], ['pnoe', 'pne'], ['homoeo', 'homeo'], ['sulph', 'sulf'],
  ['tumour', 'tumor'], ['behaviour', 'behavior'], ['colour', 'color'], ['labour', 'labor'], ['odour', 'odor'],
  ['humour', 'humor'], ['favour', 'favor'], ['honour', 'honor'], ['vigour', 'vigor'], ['neighbour', 'neighbor'],
  ['flavour', 'flavor'], ['vapour', 'vapor'], ['rumour', 'rumor'], ['harbour', 'harbor'],
  ['centre', 'center'], ['litre', 'liter'], ['fibre', 'fiber'], ['metre', 'meter'], ['theatre', 'theater'], ['calibre', 'caliber'],
  ['counsell', 'counsel'], ['travell', 'travel'], ['labell', 'label'], ['modell', 'model'], ['cancell', 'cancel'],
  ['fuell', 'fuel'], ['signall', 'signal'], ['enrolment', 'enrollment'], ['ageing', 'aging'], ['judgement', 'judgment'],
  ['programme', 'program'], ['licence', 'license'], ['defence', 'defense'], ['offence', 'offense'], ['practis', 'practic'],
];
const WHOLE = new Map([['enrol', 'enroll'], ['enrols', 'enrolls'], ['grey', 'gray'], ['mould', 'mold'], ['moulds', 'molds'], ['mouldy', 'moldy']]);
const ENDINGS = [
  ['logues', 'logs', 1], ['logue', 'log', 1],
  ['lysing', 'lyzing', 1], ['lysed', 'lyzed', 1], ['lyses', 'lyzes', 1], ['lyser', 'lyzer', 1], ['lyse', 'lyze', 1],
  ['isations', 'izations', 4], ['isation', 'ization', 4], ['ising', 'izing', 4], ['ised', 'ized', 4], ['ises', 'izes', 4],
  ['isers', 'izers', 4], ['iser', 'izer', 4], ['ise', 'ize', 4],
];

export function canonical(word) {
  for (const [british, american] of FRAGMENTS) if (word.includes(british)) word = word.replaceAll(british, american);
  if (WHOLE.has(word)) return WHOLE.get(word);
  for (const [british, american, before] of ENDINGS) {
    if (word.length - british.length >= before && word.endsWith(british)) return word.slice(0, word.length - british.length) + american;
  }
  return word;
}

// A word as the index holds it: folded, lower case, spelt the American way.
export const term = (word) => canonical(fold(word));

// --- The Snowball English (Porter2) stemmer, as english.sbl defines it; EnglishStemmer.cs line for line.
const EXCEPTIONS = new Map([
  ['skis', 'ski'], ['skies', 'sky'], ['idly', 'idl'], ['gently', 'gentl'], ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'],
  ['singly', 'singl'], ['sky', 'sky'], ['news', 'news'], ['howe', 'howe'], ['atlas', 'atlas'], ['cosmos', 'cosmos'], ['bias', 'bias'], ['andes', 'andes'],
]);
const REGION_PREFIXES = ['gener', 'commun', 'arsen', 'past', 'univers', 'later', 'emerg', 'organ', 'inter'];
const STEP2 = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'], ['tional', 'tion'],
  ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'], ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'],
  ['iviti', 'ive'], ['fulli', 'ful'], ['ogist', 'og'], ['enci', 'ence'], ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'],
  ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'], ['ogi', 'og'], ['li', ''],
];
const STEP3 = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''], ['ical', 'ic'], ['ness', ''], ['ful', ''],
];
const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'al', 'er', 'ic'];
const isVowel = (c) => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';

export function stem(word) {
  if (EXCEPTIONS.has(word)) return EXCEPTIONS.get(word);
  if (word.length < 3 || !/^[a-z']+$/.test(word)) return word;
  let w = word[0] === "'" ? word.slice(1) : word;
  // A y that starts the word or follows a vowel is a consonant, written Y until the end.
  let foundY = false;
  if (w[0] === 'y') { w = 'Y' + w.slice(1); foundY = true; }
  for (let i = 1; i < w.length; i++) {
    if (w[i] === 'y' && isVowel(w[i - 1])) { w = w.slice(0, i) + 'Y' + w.slice(i + 1); foundY = true; }
  }
  // Just after the first consonant that follows a vowel, from `from`; -1 if none.
  const pastVowelThenConsonant = (from) => {
    let i = from;
    while (i < w.length && !isVowel(w[i])) i++;
    if (i === w.length) return -1;
    i++;
    while (i < w.length && isVowel(w[i])) i++;
    return i === w.length ? -1 : i + 1;
  };
  let p1 = w.length;
  let p2 = w.length;
  const prefix = REGION_PREFIXES.find((p) => w.startsWith(p));
  let at = prefix ? prefix.length : pastVowelThenConsonant(0);
  if (at >= 0) {
    p1 = at;
    at = pastVowelThenConsonant(at);
    if (at >= 0) p2 = at;
  }
  const ends = (s) => w.endsWith(s);
  const setEnd = (start, s) => { w = w.slice(0, start) + s; };
  const hasVowelBefore = (end) => { for (let i = 0; i < end; i++) if (isVowel(w[i])) return true; return false; };
  const shortSyllableBefore = (end) =>
    (end >= 3 && !isVowel(w[end - 1]) && !'wxY'.includes(w[end - 1]) && isVowel(w[end - 2]) && !isVowel(w[end - 3]))
    || (end === 2 && !isVowel(w[1]) && isVowel(w[0]))
    || (end >= 4 && w.slice(end - 4, end) === 'past');
  const isWord = (end, ...words) => words.some((x) => x.length === end && w.startsWith(x));

  // Step 1a
  if (ends("'s'")) setEnd(w.length - 3, '');
  else if (ends("'s")) setEnd(w.length - 2, '');
  else if (ends("'")) setEnd(w.length - 1, '');
  if (ends('sses')) setEnd(w.length - 2, '');
  else if (ends('ied') || ends('ies')) { const start = w.length - 3; setEnd(start, start >= 2 ? 'i' : 'ie'); }
  else if (ends('us') || ends('ss')) { /* kept */ }
  else if (ends('s') && w.length >= 2 && hasVowelBefore(w.length - 2)) setEnd(w.length - 1, '');

  // Step 1b
  step1b: {
    const suffix = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'].find(ends);
    if (!suffix) break step1b;
    const start = w.length - suffix.length;
    if (suffix === 'eed' || suffix === 'eedly') {
      if (start >= p1 && !isWord(start, 'proc', 'exc', 'succ')) setEnd(start, 'ee');
      break step1b;
    }
    if (suffix === 'ing') {
      if (isWord(start, 'inn', 'out', 'cann', 'herr', 'earr', 'even')) break step1b;
      if (start === 2 && w[1] === 'y' && !isVowel(w[0])) { setEnd(1, 'ie'); break step1b; }
    }
    if (!hasVowelBefore(start)) break step1b;
    setEnd(start, '');
    const n = w.length;
    if (ends('at') || ends('bl') || ends('iz')) setEnd(n, 'e');
    else if (n >= 2 && w[n - 1] === w[n - 2] && 'bdfgmnprt'.includes(w[n - 1])) {
      if (!(n === 3 && 'aeo'.includes(w[0]))) setEnd(n - 1, '');
    } else if (p1 === n && shortSyllableBefore(n)) setEnd(n, 'e');
  }

  // Step 1c
  if (w.length >= 3 && (w.endsWith('y') || w.endsWith('Y')) && !isVowel(w[w.length - 2])) setEnd(w.length - 1, 'i');

  // Steps 2 and 3: the longest suffix that ends the word, replaced when it lies in R1 and the step allows it.
  const replace = (rules, allowed) => {
    const rule = rules.find(([suffix]) => ends(suffix));
    if (!rule) return;
    const start = w.length - rule[0].length;
    if (start >= p1 && allowed(start, rule[0])) setEnd(start, rule[1]);
  };
  replace(STEP2, (start, suffix) => (suffix === 'ogi' ? start >= 1 && w[start - 1] === 'l'
    : suffix === 'li' ? start >= 1 && 'cdeghkmnrt'.includes(w[start - 1]) : true));
  replace(STEP3, (start, suffix) => suffix !== 'ative' || start >= p2);

  // Step 4
  const suffix4 = STEP4.find(ends);
  if (suffix4) {
    const start = w.length - suffix4.length;
    if (start >= p2 && (suffix4 !== 'ion' || (start >= 1 && 'st'.includes(w[start - 1])))) setEnd(start, '');
  }

  // Step 5
  const last = w.length - 1;
  if (last >= 0) {
    if (w[last] === 'e' && (last >= p2 || (last >= p1 && !shortSyllableBefore(last)))) setEnd(last, '');
    else if (w[last] === 'l' && last >= p2 && last >= 1 && w[last - 1] === 'l') setEnd(last, '');
  }
  return foundY ? w.replaceAll('Y', 'y') : w;
}
