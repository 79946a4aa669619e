// Highlight on arrival (README: "Search"). A search result links to its article with the words it matched,
// `?highlight=infant+leukemia` (terms as the index holds them); this marks those words in the article and scrolls the
// first into view. Words are compared as the search compares them (search-words.js: accents, case, British spellings),
// so "Leukaemia" on the page is marked for "leukemia". Nothing is stored, and without the parameter nothing is loaded.
// A classic deferred script, so that it can read its own data attribute (the fingerprinted name of search-words.js).

const wanted = new URLSearchParams(location.search).get('highlight');
const script = document.currentScript;

// Text where a reader would look for the words: the article's header and body, not form fields or code.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MARK', 'CODE', 'PRE']);

function textNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (SKIP.has(e.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      return node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

// Wraps every word of a text node whose term is wanted in <mark>, built as nodes (never as HTML).
function markWords(node, isWanted) {
  const text = node.data;
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!isWanted(m[0])) continue;
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    mark.textContent = m[0];
    parts.push(text.slice(last, m.index), mark);
    last = m.index + m[0].length;
  }
  if (!parts.length) return [];
  parts.push(text.slice(last));
  node.replaceWith(...parts.filter((p) => p !== ''));
  return parts.filter((p) => typeof p !== 'string');
}

async function highlight() {
  const terms = new Set(wanted.split(/\s+/).filter(Boolean));
  const article = document.querySelector('main article') || document.querySelector('main');
  if (!terms.size || !article) return;
  const words = await import(script.dataset.words);
  const isWanted = (word) => terms.has(words.term(word));
  const marks = textNodes(article).flatMap((node) => markWords(node, isWanted));
  // The first mark in the section the link points at, else in the body (the header is in view already).
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const after = (mark) => !target || target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING;
  const body = article.querySelector('.article-body') || article;
  const first = marks.find((mark) => after(mark) && body.contains(mark)) || marks.find(after);
  // With a heading to go to, the browser is there: move only if the mark is not in view yet.
  first?.scrollIntoView({ block: target ? 'nearest' : 'center' });
}

if (wanted && script?.dataset.words) highlight();
