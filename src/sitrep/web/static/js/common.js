// Shared helpers. Untrusted text (everything from the store) only ever becomes a text node or
// an attribute value set through the DOM; nothing here assigns innerHTML.

export const FILTER_KEYS = ["q", "actor", "type", "since", "until", "lat", "lon", "km",
  "source", "doc", "place", "place_match", "view"];

// el("a", {href: "/x", class: "y"}, "text", child) — strings become text nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "href") node.setAttribute("href", safeHref(value));
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only links into this app: a path starting with one "/" (never javascript:, data:, //host).
function safeHref(value) {
  const text = String(value);
  return /^\/(?!\/)/.test(text) ? text : "#";
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export async function api(path, params) {
  const query = params ? "?" + toQuery(params) : "";
  const response = await fetch("/api/" + path + query, {headers: {Accept: "application/json"}});
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// --- filters live in the query string, so every view is a shareable URL -------------------

export function readParams() {
  const params = {};
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (value === "") continue;
    if (key === "type") params.type = params.type ? params.type + "," + value : value;
    else params[key] = value;
  }
  return params;
}

export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) if (params[key]) filters[key] = params[key];
  return filters;
}

export function toQuery(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  return search.toString();
}

export function link(path, params) {
  const query = params ? toQuery(params) : "";
  return path + (query ? "?" + query : "");
}

export const articleLink = (docId, params) => link("/article/" + encodeURIComponent(docId), params);
export const actorLink = (actorId) => "/actor/" + encodeURIComponent(actorId);
export const placeLink = (placeId) => "/place/" + encodeURIComponent(placeId);

// --- page furniture ------------------------------------------------------------------------

export function header(active) {
  const items = [["search", "/search", "Search"], ["map", "/map", "Map & timeline"]];
  const nav = el("nav", {class: "top"}, el("a", {href: "/search", class: "brand"}, "sitrep"),
    items.map(([key, href, label]) =>
      el("a", {href, class: key === active ? "active" : null}, label)));
  document.body.prepend(nav);
}

// A document's name: its title; for an untitled one (a plain-text file) the first line of its
// text (`opening`, sent for untitled documents), else the file it came from, else its id.
export function docTitle(row, prefix = "") {
  return row[prefix + "title"] || headingOf(row[prefix + "opening"]) || fileName(row[prefix + "origin"]) ||
    row[prefix + "doc_id"] || row.id;
}

// Where a document came from, as a secondary label: its outlet, else its file's name.
export function docSource(row, prefix = "") {
  return row[prefix + "outlet"] || row[prefix + "source"] || fileName(row[prefix + "origin"]);
}

export function fileName(origin) {
  return origin ? String(origin).split(/[\\/]/).pop() : "";
}

// An untitled text's heading: its first line when short and title-like, else its first words
// and "…". Plain text in, plain text out (the caller puts it in a text node).
export function headingOf(opening) {
  if (!opening) return "";
  const text = String(opening).trimStart();
  const newline = text.search(/\r?\n/);
  const line = (newline >= 0 ? text.slice(0, newline) : text).replace(/\s+/g, " ").trim();
  if (!line) return "";
  const whole = newline >= 0 || text.length < 160;
  if (whole && line.length <= 100 && line.split(" ").length <= 16 && !/[,;:]$/.test(line)) return line;
  const cut = line.slice(0, 80);
  const space = cut.lastIndexOf(" ");
  return (space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "") + "…";
}

export function formatDate(value) {
  return value ? String(value).slice(0, 10) : "";
}

// An event's date as written and its interval: "2024-W50 (2024-12-06 … 2024-12-09)".
export function eventDate(e) {
  const earliest = formatDate(e.date_earliest), latest = formatDate(e.date_latest);
  const interval = earliest === latest ? earliest : `${earliest || "…"} – ${latest || "…"}`;
  const value = e.date_value && e.date_value !== earliest ? e.date_value + " " : "";
  const by = e.date_source === "publication_date" ? " (publication)" : "";
  return (value + (value ? `(${interval})` : interval) + by).trim();
}

export function actorRef(id, name) {
  if (!id) return el("span", {class: "muted"}, "—");
  return el("a", {href: actorLink(id), title: id}, name || id);
}

export function pager(page, onOffset) {
  const from = page.total ? page.offset + 1 : 0;
  const to = page.offset + page.items.length;
  return el("div", {class: "pager"},
    el("span", {}, `${from}–${to} of ${page.total}`),
    page.offset > 0 ? el("button", {type: "button", class: "prev",
      onclick: () => onOffset(Math.max(0, page.offset - page.limit))}, "← previous") : null,
    page.next_offset !== null ? el("button", {type: "button", class: "next",
      onclick: () => onOffset(page.next_offset)}, "next →") : null);
}

export function showError(container, error) {
  append(clear(container), [el("p", {class: "error"}, "Error: " + error.message)]);
}

// The filter form: a plain GET form, so submitting it is navigating to a shareable URL.
export function filterForm(overview, params, {action, extraHidden = {}} = {}) {
  const field = (label, input) => el("label", {}, el("span", {}, label), input);
  const input = (name, attrs = {}) => el("input", {name, value: params[name] || "", ...attrs});
  const types = el("select", {name: "type"}, el("option", {value: ""}, "any type"),
    overview.event_types.map((t) => el("option", {value: t.type,
      selected: params.type === t.type}, `${t.type} (${t.n})`)));
  const sources = el("select", {name: "source"}, el("option", {value: ""}, "any source"),
    overview.sources.map((s) => el("option", {value: s.source,
      selected: params.source === s.source}, `${s.source} (${s.n})`)));
  const actorInput = input("actor", {list: "actor-options", size: 14,
    placeholder: overview.kb ? "any name or id" : "actor id"});
  const actorOptions = el("datalist", {id: "actor-options"});
  actorInput.addEventListener("input", debounce(async () => {
    if (actorInput.value.length < 2) return;
    const found = await api("actors", {q: actorInput.value});
    append(clear(actorOptions), found.items.map((a) =>
      el("option", {value: a.actor_id}, `${a.name} (${a.kind}, ${a.documents} docs)`)));
  }, 200));
  const form = el("form", {method: "get", action, class: "filters", id: "filters"},
    field("text", input("q", {type: "search", placeholder: "words", size: 16})),
    field("actor", actorInput), actorOptions,
    field("event type", types),
    field("from", input("since", {type: "date"})),
    field("to", input("until", {type: "date"})),
    field("near lat", input("lat", {size: 6, inputmode: "decimal"})),
    field("lon", input("lon", {size: 6, inputmode: "decimal"})),
    field("km", input("km", {size: 4, inputmode: "decimal"})),
    field("source", sources),
    Object.entries(extraHidden).map(([name, value]) =>
      value ? el("input", {type: "hidden", name, value}) : null),
    params.doc ? el("input", {type: "hidden", name: "doc", value: params.doc}) : null,
    params.place ? el("input", {type: "hidden", name: "place", value: params.place}) : null,
    params.place_match ? el("input", {type: "hidden", name: "place_match", value: params.place_match}) : null,
    params.view ? el("input", {type: "hidden", name: "view", value: params.view}) : null,
    el("button", {type: "submit"}, "Apply"),
    el("a", {href: action, class: "reset"}, "reset"));
  // Empty fields stay out of the URL.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = {};
    for (const [key, value] of new FormData(form)) if (value) data[key] = value;
    location.assign(link(action, data));
  });
  return form;
}

// With a knowledge base, events come merged (one per deduplicated event, the default) or as
// per-document mentions; the choice is `view` in the URL like any filter.
export function viewToggle(overview, params, path, extra = {}) {
  if (!overview.kb) return null;
  const current = params.view === "mentions" ? "mentions" : "merged";
  const option = (view, label) => el("a", {href: link(path, {...filtersOf(params), ...extra, view: view === "merged" ? "" : view}),
    class: view === current ? "active" : null, "data-view": view}, label);
  return el("div", {class: "viewtoggle", id: "viewtoggle"}, el("span", {class: "muted"}, "Events:"),
    option("merged", `merged across articles (${overview.kb.events})`), "|",
    option("mentions", `per-document mentions (${overview.counts.events})`));
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// Marks the page as rendered with data (the browser tests and the benchmark wait for it).
export function ready(name) {
  document.body.dataset.ready = name;
  performance.mark("sitrep-ready");
}
