// Tiny DOM helpers. Text always goes in as text nodes, never as HTML, so API content cannot inject markup.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") element.className = value;
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

export function heading(level, text, attributes = {}) {
  const extra = attributes.class ? ` ${attributes.class}` : "";
  return h(`h${level}`, { ...attributes, class: `nl-heading nl-heading--level-${level}${extra}` }, text);
}

export function paragraph(text, attributes = {}) {
  const extra = attributes.class ? ` ${attributes.class}` : "";
  return h("p", { ...attributes, class: `nl-paragraph${extra}` }, text);
}

export function link(href, text, attributes = {}) {
  const extra = attributes.class ? ` ${attributes.class}` : "";
  return h("a", { ...attributes, href, class: `nl-link${extra}` }, text);
}

export function button(label, attributes = {}, appearance = "primary") {
  const extra = attributes.class ? ` ${attributes.class}` : "";
  return h(
    "button",
    { type: "button", ...attributes, class: `nl-button nl-button--${appearance}${extra}` },
    h("span", { class: "nl-button__label" }, label),
  );
}

/** A link that looks like a button (it navigates, so it stays a link for assistive technology). */
export function linkButton(href, label, attributes = {}, appearance = "primary") {
  const extra = attributes.class ? ` ${attributes.class}` : "";
  return h("a", { ...attributes, href, class: `nl-button nl-button--${appearance} kk-link-button${extra}` }, h("span", { class: "nl-button__label" }, label));
}

export function setButtonBusy(element, busy, busyLabel) {
  const label = element.querySelector(".nl-button__label");
  if (busy) {
    element.dataset.label = label.textContent;
    label.textContent = busyLabel;
    element.setAttribute("aria-disabled", "true");
    element.classList.add("nl-button--busy");
  } else {
    if (element.dataset.label) label.textContent = element.dataset.label;
    element.removeAttribute("aria-disabled");
    element.classList.remove("nl-button--busy");
  }
}

/** Splits free text on blank lines into paragraphs. */
export function paragraphs(text, attributes = {}) {
  return String(text ?? "")
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => paragraph(part, attributes));
}
