// The one DOM helper of every page: elements with properties and children, SVG elements, and a
// scoped lookup so views find their parts inside the root they were given, never by global id.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * el('p', {className: 'note', textContent: 'x', dataset: {code}, attrs: {'aria-label': 'y'}}, child, 'text')
 * — properties are assigned, dataset and attrs are merged in, null and undefined children are skipped.
 */
export function el(tag, props = {}, ...children) {
  const { dataset, attrs, ...rest } = props ?? {};
  const node = Object.assign(document.createElement(tag), rest);
  if (dataset) Object.assign(node.dataset, dataset);
  if (attrs) Object.entries(attrs).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, String(v)); });
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** svg('line', {x1: 0, …}, children…): attributes (not properties), as SVG needs. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  Object.entries(attrs).forEach(([k, v]) => { if (v !== null && v !== undefined) node.setAttribute(k, String(v)); });
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** The element with this id inside root (a view's own part); throws when it is missing, so a typo shows. */
export function part(root, id) {
  const node = root.querySelector(`#${CSS.escape(id)}`);
  if (!node) throw new Error(`missing #${id} in ${root.id || root.tagName}`);
  return node;
}

/** <option>s for a select, keeping the selected value when it is still offered. */
export function fillSelect(select, entries, selected = select.value) {
  select.replaceChildren(...entries.map(([value, label]) => el('option', { value, textContent: label })));
  if (selected !== undefined && entries.some(([v]) => v === selected)) select.value = selected;
}

/** Downloads a Blob under a file name, without leaving anything behind in the page. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Resolves after the browser has had the chance to paint (the next frame, or 100 ms in a hidden tab, which
 * draws no frames): long work after it no longer holds back what the page already shows, and is a task of its own.
 */
export function afterPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
  });
}

/**
 * Resolves in a task of its own, so that long work split by it lets the browser paint and answer input in
 * between. scheduler.yield where the browser has it; a message otherwise (not throttled like a timer in a
 * background tab).
 */
export function nextTask() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}
