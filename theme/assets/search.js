// Site search over the static index the SearchIndex pipeline writes (README: "Search").
// No dependencies. Postings carry each page's BM25F part, precomputed; here we add IDF, match words of the
// same stem, prefixes and one-typo variants, intersect the words, count facets and render.

const form = document.querySelector('.search-form');
const input = form.querySelector('input[name=q]');
const box = document.querySelector('.search-results');
const status = document.getElementById('search-status');
const list = document.getElementById('search-list');
const filtersBox = document.getElementById('search-filters');
const none = document.getElementById('search-none');
const more = document.getElementById('search-more');
const sort = document.getElementById('search-sort');
const PAGE = 10;

// --- Loading: every file once, cache-busted by the index version.
const files = new Map();
const load = (path) => {
  if (!files.has(path)) {
    files.set(path, fetch(`${form.dataset.index}${path}?v=${form.dataset.version}`).then((r) => (r.ok ? r.json() : {})));
  }
  return files.get(path);
};

// --- Decoding (see Base64Varint.cs): base-32 digits, the last from the upper half; scores are one character.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const digit = Object.fromEntries([...ALPHABET].map((c, i) => [c, i]));

const decoded = new Map();
function postings(term, text) {
  if (!decoded.has(term)) {
    const map = new Map();
    for (let i = 0, doc = -1, n = 0; i < text.length; i++) {
      const d = digit[text[i]];
      if (d < 32) { n = n * 32 + d; continue; }
      doc += n * 32 + d - 31;
      n = 0;
      map.set(doc, digit[text[++i]] / 63);
    }
    decoded.set(term, map);
  }
  return decoded.get(term);
}

// --- Terms, exactly as the index builder makes them: search-words.js, loaded with the index (see start()).
let words;
const WORD = /[\p{L}\p{N}]+/gu;

// True when a and b differ by one insertion, deletion, substitution or swap of neighbours.
function nearby(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  const same = (x, y) => a.slice(x) === b.slice(y);
  return same(i + 1, i + 1) || same(i + 1, i) || same(i, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && same(i + 2, i + 2));
}

let meta;
const shardOf = (word) => [word.slice(0, 3), word.slice(0, 2)].find((k) => k.length > 1 && k.length <= word.length && meta.shards.has(k));

// A shard's terms by stem, made once per shard: a query word matches every term of its stem.
const byStem = new Map();
function stemsOf(key, shard) {
  if (!byStem.has(key)) {
    const map = new Map();
    for (const t of Object.keys(shard)) {
      const s = words.stem(t);
      map.has(s) ? map.get(s).push(t) : map.set(s, [t]);
    }
    byStem.set(key, map);
  }
  return byStem.get(key);
}

// The terms a query word matches, each with its weight: itself (1), another word of its stem (0.8: exact matches rank
// above stemmed ones), a longer word while it is being typed (0.7), or, when none of those exists, a word one typo away (0.5).
async function expand(term, typing) {
  const stem = words.stem(term);
  const own = shardOf(term);
  // The forms of a stem are in the shard of the word and the shard of the stem, and, for a few, one meta.json links.
  const linkKey = shardOf(stem) || stem.slice(0, 3);
  const keys = [...new Set([own, shardOf(stem), ...(meta.links.get(linkKey) || [])].filter(Boolean))];
  const shards = new Map(await Promise.all(keys.map(async (k) => [k, await load(`t/${k}.json`)])));
  const found = new Map();
  const add = (shard, t, weight) => {
    if (!found.has(t) || found.get(t).weight < weight) found.set(t, { term: t, weight, text: shard[t] });
  };
  for (const [key, shard] of shards) {
    if (shard[term]) add(shard, term, 1);
    // A stop word ("up") is not a word to stem: "ups" would make "follow-up" ask for it.
    if (!meta.stop.has(term)) for (const t of stemsOf(key, shard).get(stem) || []) add(shard, t, 0.8);
  }
  const mine = own ? shards.get(own) : {};
  if (typing && term.length > 2) {
    const longer = Object.keys(mine).filter((t) => t !== term && t.startsWith(term));
    longer.sort((a, b) => mine[b].length - mine[a].length).slice(0, 20).forEach((t) => add(mine, t, 0.7));
  }
  if (!found.size && term.length > 3) {
    Object.keys(mine).filter((t) => nearby(t, term)).forEach((t) => add(mine, t, 0.5));
  }
  return [...found.values()].map(({ term: t, weight, text }) => ({ term: t, weight, postings: postings(t, text) }));
}

// Every word must match (through itself, a longer word while typing, or a one-typo variant);
// stop words the index does not hold are skipped. Returns page ids, best first, and for each query word the terms it matched.
async function search(query) {
  const terms = [...new Set((words.fold(query).match(WORD) || []).map(words.canonical))].filter((t) => t.length > 1);
  const typing = !/[\s"]$/.test(query); // a closed quote ends the word as a space does
  const expanded = await Promise.all(terms.map((t, i) => expand(t, typing && i === terms.length - 1)));
  const groups = expanded.filter((g, i) => g.length || !meta.stop.has(terms[i]));
  if (!groups.length) return { hits: [], groups: [] };
  let scores = null;
  for (const group of groups) {
    const best = new Map();
    for (const { postings: p, weight } of group) {
      const idf = Math.log(1 + (meta.n - p.size + 0.5) / (p.size + 0.5));
      for (const [doc, score] of p) best.set(doc, Math.max(best.get(doc) || 0, idf * score * weight));
    }
    if (scores) for (const [doc, s] of scores) best.has(doc) ? scores.set(doc, s + best.get(doc)) : scores.delete(doc);
    else scores = best;
  }
  const hits = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
  return { hits, groups };
}

// --- Facets: value lists and, per value, its pages (RiceLists.cs: each list's length, its parameter k, then the gaps
// between its page ids, Rice coded, six bits to a character). Turned round here into each page's values. A facet every
// page has one value of comes page by page instead, "w" bits each (OneValuePerPage.cs).
class Bits {
  constructor(text) { [this.text, this.at, this.bit] = [text, 0, 0]; }
  get done() { return this.at >= this.text.length; }
  next() {
    const b = (digit[this.text[this.at]] >> (5 - this.bit)) & 1;
    if (++this.bit === 6) [this.bit, this.at] = [0, this.at + 1];
    return b;
  }
  number(width) {
    let n = 0;
    for (let b = 0; b < width; b++) n = n * 2 + this.next();
    return n;
  }
  // A Base64Varint number (whole characters: call align() first when bits were read).
  varint() {
    let n = 0;
    for (let d = digit[this.text[this.at++]]; ; d = digit[this.text[this.at++]]) {
      n = n * 32 + (d & 31);
      if (d >= 32) return n;
    }
  }
  char() { return digit[this.text[this.at++]]; }
  align() { if (this.bit) [this.bit, this.at] = [0, this.at + 1]; }
}

// Each page's values of one facet.
function pageValues(f) {
  const docs = Array.from({ length: meta.n }, () => []);
  const bits = new Bits(f.d);
  if (f.w) {
    for (const values of docs) values.push(bits.number(f.w));
    return docs;
  }
  for (let value = 0; !bits.done; value++) {
    const length = bits.varint();
    const k = bits.char();
    for (let i = 0, doc = -1; i < length; i++) {
      let q = 0;
      while (bits.next()) q++;
      doc += q * 2 ** k + bits.number(k) + 1;
      docs[doc].push(value);
    }
    bits.align();
  }
  return docs;
}

let facets = [];
const selected = new Map();
async function loadFacets() {
  facets = (await load('filters.json')).map((f) => {
    selected.set(f.k, new Set());
    return { ...f, docs: pageValues(f) };
  });
}
const passes = (doc, except) => facets.every((f) => f.k === except || !selected.get(f.k).size || f.docs[doc].some((v) => selected.get(f.k).has(v)));

// --- Rendering.
const make = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  node.append(...children);
  return node;
};

// The terms the query matched, each with the query word it stands for (sections are ranked by how many words they say).
let matched = new Map();
let queryTerms = []; // for each query word, the terms it matched, with their postings
const termMemo = new Map(); // a word's term, made once: results and sections read the same words on every keystroke
const termOf = (word) => {
  if (!termMemo.has(word)) termMemo.set(word, words.term(word));
  return termMemo.get(word);
};
const isMatch = (word) => matched.has(termOf(word));

// Text with matched words in <mark>; built as nodes, never as HTML.
function highlight(text) {
  const nodes = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isMatch(m[0])) continue;
    nodes.push(text.slice(last, m.index), make('mark', {}, m[0]));
    last = m.index + m[0].length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

// About 30 words around the first matched word.
function excerpt(text) {
  const words = [...text.matchAll(WORD)];
  const first = Math.max(0, words.findIndex((m) => isMatch(m[0])));
  const from = Math.max(0, first - 10);
  const to = Math.min(words.length, from + 30);
  if (!words.length) return [];
  const start = words[from].index;
  const end = words[to - 1].index + words[to - 1][0].length;
  return [from > 0 ? '… ' : '', ...highlight(text.slice(start, end)), to < words.length ? ' …' : ''];
}

// --- Sections: the fragment's headings ("h": [start, length, id] in its text "x"). A section runs from its heading to
// the next; the (at most) three that say the most of the query's words, then the most matched words, are shown beneath
// the page's result, in the article's order, each linking to its heading.
const SECTIONS = 3;
function sectionsOf(p) {
  const heads = p.h || [];
  if (!heads.length) return [];
  const tally = heads.map(() => ({ words: new Set(), count: 0 }));
  let at = -1;
  for (const m of p.x.matchAll(WORD)) {
    while (at + 1 < heads.length && heads[at + 1][0] <= m.index) at++;
    if (at < 0 || !isMatch(m[0])) continue;
    tally[at].words.add(matched.get(termOf(m[0])));
    tally[at].count++;
  }
  return heads.map(([start, length, id], i) => ({
    i, id, ...tally[i],
    title: p.x.slice(start, start + length),
    text: p.x.slice(start + length, i + 1 < heads.length ? heads[i + 1][0] : p.x.length).trim(),
  }))
    .filter((s) => s.count)
    .sort((a, b) => b.words.size - a.words.size || b.count - a.count || a.i - b.i)
    .slice(0, SECTIONS)
    .sort((a, b) => a.i - b.i);
}

// A result's link carries the terms the page matched (those whose postings list it), for highlight.js to mark them in
// the article: /articles/x/?highlight=infant+leukemia#what-the-study-found. Nothing is stored anywhere.
function linkTo(url, doc, hash = '') {
  const terms = [...new Set(queryTerms.flat().filter((e) => e.postings.has(doc)).map((e) => e.term))];
  const query = terms.length ? `${url.includes('?') ? '&' : '?'}${new URLSearchParams({ highlight: terms.join(' ') })}` : '';
  return `${url}${query}${hash}`;
}
const destination = (option) => option.getAttribute('href').replace(/\?[^#]*/, ''); // the page and heading, without the words

// One result: the page's option, and, when sections of it match, a group of the page and its sections.
function result(p, i, doc) {
  const option = (attributes, ...children) => make('a', { role: 'option', tabindex: '-1', 'aria-selected': 'false', ...attributes }, ...children);
  const page = option({ href: linkTo(p.u, doc), id: `search-hit-${i}`, class: 'search-hit' },
    make('span', { class: 'search-hit-title', id: `search-hit-${i}-title` }, ...highlight(p.t)),
    // A sponsored article is labelled in results as on its card ("sp" is in its result file only then).
    ...(p.sp ? [make('span', { class: 'sponsored-label' }, 'Sponsored')] : []),
    make('span', { class: 'meta' }, p.d),
    make('span', { class: 'search-excerpt' }, ...excerpt(`${p.s} ${p.x}`)));
  const sections = sectionsOf(p);
  if (!sections.length) return page;
  return make('div', { role: 'group', class: 'search-group', 'aria-labelledby': `search-hit-${i}-title` }, page,
    ...sections.map((s, j) => option({ href: linkTo(p.u, doc, `#${encodeURIComponent(s.id)}`), id: `search-hit-${i}-${j + 1}`, class: 'search-section' },
      make('span', { class: 'search-section-title' }, ...highlight(s.title)),
      make('span', { class: 'search-excerpt' }, ...excerpt(s.text)))));
}

function renderFacets(hits) {
  const focused = document.activeElement?.id;
  filtersBox.replaceChildren(...facets.map((f) => {
    const counts = new Map();
    for (const doc of hits) if (passes(doc, f.k)) for (const v of f.docs[doc]) counts.set(v, (counts.get(v) || 0) + 1);
    // The ten biggest values and any chosen one: enough to narrow, and quick to redraw on every keystroke.
    const top = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a - b).slice(0, 10);
    const values = [...new Set([...top, ...selected.get(f.k)])];
    if (!values.length) return '';
    const items = values.map((v) => {
      const id = `filter-${f.k}-${v}`;
      const box = make('input', { type: 'checkbox', id, 'data-facet': f.k, value: v });
      box.checked = selected.get(f.k).has(v);
      return make('li', {}, box, make('label', { for: id }, `${f.v[v]} `, make('span', { class: 'count' }, `(${counts.get(v) || 0})`)));
    });
    return make('fieldset', { class: 'search-facet' }, make('legend', {}, f.l), make('ul', {}, ...items));
  }));
  if (focused) document.getElementById(focused)?.focus();
}

let hits = [];
let shown = PAGE;
let active = -1;
let sequence = 0;

async function render(query, mine, started) {
  const filtered = hits.filter((doc) => passes(doc, null));
  const pages = await Promise.all(filtered.slice(0, shown).map((doc) => load(`p/${doc}.json`)));
  if (mine !== sequence) return;
  // A redraw (a later keystroke's results, a filter) keeps the option the reader had arrowed to, if still listed.
  const chosen = active >= 0 ? list.querySelectorAll('[role=option]')[active] : null;
  const kept = chosen ? destination(chosen) : null;
  renderFacets(hits);
  list.replaceChildren(...pages.map((p, i) => result(p, i, filtered[i])));
  const n = filtered.length;
  const filteredNote = hits.length !== n ? ' with the filters you chose' : '';
  status.textContent = n ? `${n} ${n === 1 ? 'result' : 'results'} for “${query}”${filteredNote}` : `No results for “${query}”${filteredNote}.`;
  none.hidden = n > 0;
  list.hidden = n === 0;
  more.hidden = n <= shown;
  input.setAttribute('aria-expanded', String(n > 0));
  setActive(kept ? [...list.querySelectorAll('[role=option]')].findIndex((o) => destination(o) === kept) : -1);
  box.dataset.ms = (performance.now() - started).toFixed(1);
}

// --- Phrases: "bone marrow" in quotes. The index holds no word positions, so the pages that have every word are
// checked on the text their result already loads (title, summary and the first 8,000 characters of the body):
// the phrase's words must stand there next to each other and in order, each as written or another word of its stem,
// within one sentence.
const phrasesOf = (query) => [...query.matchAll(/"([^"]*)"/g)]
  .map((m) => (words.fold(m[1]).match(WORD) || []).map((w) => words.stem(words.canonical(w))))
  .filter((p) => p.length > 1);

// A phrase does not run over the end of a sentence or clause: "…the bone marrow. Bone marrow is…" has no "marrow bone".
function says(text, phrase) {
  return text.split(/[.!?;:]\s/).some((part) => {
    const stems = (words.fold(part).match(WORD) || []).map((w) => words.stem(words.canonical(w)));
    return stems.some((_, i) => phrase.every((s, j) => stems[i + j] === s));
  });
}

async function withPhrases(found, phrases) {
  if (!phrases.length) return found;
  const pages = await Promise.all(found.map((doc) => load(`p/${doc}.json`)));
  return found.filter((_, i) => phrases.every((p) => [pages[i].t, pages[i].s, pages[i].x].some((text) => says(text || '', p))));
}

// --- Order: best match, or newest first. The index builder numbers pages newest first (SearchIndexBuilder.Order),
// so the date order is the page numbers' order and needs no dates in the browser.
let ranked = [];
const ordered = () => (sort.value === 'date' ? [...ranked].sort((a, b) => a - b) : ranked);
const sortFromUrl = () => { sort.value = new URLSearchParams(location.search).get('sort') === 'date' ? 'date' : ''; };

async function update() {
  const started = performance.now();
  const mine = ++sequence;
  const query = input.value.trim();
  if (!query) {
    [hits, ranked] = [[], []];
    [status.textContent, list.hidden, none.hidden, more.hidden] = ['', true, true, true];
    list.replaceChildren();
    filtersBox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
    return;
  }
  const result = await search(input.value);
  const kept = await withPhrases(result.hits, phrasesOf(input.value));
  if (mine !== sequence) return;
  ranked = kept;
  hits = ordered();
  queryTerms = result.groups;
  matched = new Map(queryTerms.flatMap((group, i) => group.map((e) => [e.term, i])));
  shown = PAGE;
  await render(query, mine, started);
}

// --- Keyboard: the ARIA 1.2 combobox pattern, focus stays in the input.
function setActive(index) {
  const options = list.querySelectorAll('[role=option]');
  active = index;
  options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
  if (index >= 0) {
    input.setAttribute('aria-activedescendant', options[index].id);
    options[index].scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

input.addEventListener('keydown', (event) => {
  const count = list.querySelectorAll('[role=option]').length;
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count) {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
  } else if (event.key === 'Enter' && active >= 0) {
    event.preventDefault();
    list.querySelectorAll('[role=option]')[active].click();
  } else if (event.key === 'Escape') {
    if (active >= 0) setActive(-1);
    else { input.value = ''; update(); remember(); }
  }
});

// --- The query in the URL: one history entry per burst of typing, so Back returns to the last search.
let lastChange = -Infinity;
function remember() {
  const url = new URL(location.href);
  if (input.value.trim()) url.searchParams.set('q', input.value.trim());
  else url.searchParams.delete('q');
  if (sort.value === 'date') url.searchParams.set('sort', 'date');
  else url.searchParams.delete('sort');
  if (url.href === location.href) return;
  history[performance.now() - lastChange < 1000 ? 'replaceState' : 'pushState'](null, '', url);
  lastChange = performance.now();
}

input.addEventListener('input', () => { update(); remember(); });
form.addEventListener('submit', (event) => { event.preventDefault(); update(); remember(); });
filtersBox.addEventListener('change', (event) => {
  const { facet } = event.target.dataset;
  const value = Number(event.target.value);
  if (event.target.checked) selected.get(facet).add(value);
  else selected.get(facet).delete(value);
  shown = PAGE;
  render(input.value.trim(), sequence, performance.now());
});
sort.addEventListener('change', () => {
  hits = ordered();
  shown = PAGE;
  setActive(-1);
  render(input.value.trim(), sequence, performance.now());
  remember();
});
more.addEventListener('click', () => { shown += PAGE; render(input.value.trim(), sequence, performance.now()); });
list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
window.addEventListener('popstate', () => { input.value = new URLSearchParams(location.search).get('q') || ''; sortFromUrl(); update(); });

// --- Start: swap the no-JavaScript links for the search, then run the query from the URL.
async function start() {
  try {
    const [m, w] = await Promise.all([load('meta.json'), import(form.dataset.words)]);
    words = w;
    const links = new Map();
    for (const [from, to] of (m.l || '').split(' ').filter(Boolean).map((pair) => pair.split(':'))) links.set(from, [...(links.get(from) || []), to]);
    meta = { n: m.n, shards: new Set(m.s.split(' ')), stop: new Set(m.w.split(' ')), links };
    await loadFacets();
  } catch {
    return; // the A–Z links stay
  }
  document.getElementById('search-nojs').hidden = true;
  box.hidden = false;
  Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': 'search-list', 'aria-expanded': 'false' })
    .forEach(([k, v]) => input.setAttribute(k, v));
  input.value = new URLSearchParams(location.search).get('q') || input.value;
  sortFromUrl();
  if (input.value) update();
}
start();
