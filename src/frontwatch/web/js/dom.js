// Building DOM from data: every value becomes a text node, never HTML.
// Attributes are set one by one; event-handler attributes and unsafe links are refused.
// Bidi embeddings, overrides and isolates in data are shown as visible codes ("<U+202E>"): left
// invisible, they would make a headline or a place name read backwards on screen.

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function visible(text) {
  return String(text).replace(BIDI_CONTROLS, (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase()}>`);
}

const SAFE_SCHEMES = ["http:", "https:"];

export function safeHref(url) {
  if (typeof url !== "string" || url.trim() === "") return null;
  try {
    const parsed = new URL(url.trim());
    return SAFE_SCHEMES.includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.toLowerCase().startsWith("on")) throw new Error("event attributes are not allowed");
    if (name === "href") {
      const href = safeHref(value);
      if (href) node.setAttribute("href", href);
      continue;
    }
    node.setAttribute(name, value === true ? "" : visible(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(visible(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}
