// The article view: the text with every extracted span highlighted by layer, toggles per
// layer, and a side panel with the record(s) under a click. The text is split into segments
// at every span boundary; each segment is a text node inside a <span> whose classes name the
// layers that cover it. Nothing from the store is parsed as HTML.
import {el, append, clear, api, readParams, header, eventDate, actorRef, formatDate,
  actorLink, placeLink, link, ready, showError, docTitle, docSource, fileName} from "./common.js";

const LAYERS = [
  ["quote", "quotes", "coloured by speaker"], ["event", "events", "trigger word"],
  ["place", "places", ""], ["time", "times", ""], ["actor", "actors", "mentions"]];
const main = document.getElementById("main");
let canonical = (id) => id;  // a document actor id → the page to link (see start)
header("");

async function start() {
  const docId = decodeURIComponent(location.pathname.split("/").slice(2).join("/"));
  const params = readParams();
  let doc;
  try {
    doc = await api("documents/" + encodeURIComponent(docId));
  } catch (error) {
    return showError(main, error);
  }
  // an untitled text (a plain-text file) is named by its first line, its file as a label
  const title = docTitle({...doc, opening: doc.title ? null : doc.text.slice(0, 160)}) || "(untitled)";
  const file = doc.title ? "" : fileName(doc.origin);
  // with a knowledge base, actor links go to the canonical actor this document's actor became
  const kbActors = doc.kb_actors || {};
  canonical = (id) => (id && Object.hasOwn(kbActors, id) ? kbActors[id] : id);
  document.title = "sitrep · " + title;
  const records = collectRecords(doc);
  const textNode = renderText(doc.text, records);
  const panel = el("aside", {class: "panel", id: "panel"},
    el("p", {class: "muted"}, "Click a highlighted span to see its record."));
  const toggles = el("div", {class: "layers", id: "layers"}, LAYERS.map(([key, label, note]) =>
    el("label", {}, el("input", {type: "checkbox", checked: true, "data-layer": key,
      onchange: (e) => textNode.classList.toggle("hide-" + key, !e.target.checked)}),
    el("span", {class: "swatch " + key}), `${label} (${records.filter((r) => r.layer === key && !r.cue).length})`,
    note ? el("span", {class: "muted small"}, " " + note) : null)));
  textNode.addEventListener("click", (event) => {
    const seg = event.target.closest(".seg");
    if (seg) showRecords(seg, records, textNode, panel, doc);
  });
  append(clear(main), [
    el("h1", {id: "title", class: doc.title ? null : "derived"}, title),
    el("p", {class: "meta muted"}, [file ? el("span", {class: "doc-file", id: "doc-file"}, file) : null,
      file && doc.source ? " · " : "", doc.source || (file ? "" : docSource(doc)), " · published ",
      formatDate(doc.published) || "unknown", " · ",
      el("a", {href: link("/search", {doc: doc.id, tab: "events"})}, "events as a list"), " · ",
      el("a", {href: link("/map", {doc: doc.id})}, "on the map")]),
    toggles, speakerLegend(records),
    el("div", {class: "article"}, textNode, panel)]);
  if (params.span) selectSpan(params.span, records, textNode, panel, doc);
  ready("article");
}

function collectRecords(doc) {
  const records = [];
  const speakers = new Map();
  for (const q of doc.quotes) {
    const key = q.speaker_actor || q.speaker_text || "(unknown)";
    if (!speakers.has(key)) speakers.set(key, speakers.size % 8);
    const colour = speakers.get(key);
    records.push({layer: "quote", start: q.span_start, end: q.span_end, data: q, colour,
      speaker: q.speaker_name || q.speaker_text || "(unknown speaker)"});
    if (q.cue_start !== null && (q.cue_end <= q.span_start || q.cue_start >= q.span_end)) {
      records.push({layer: "quote", cue: true, start: q.cue_start, end: q.cue_end, data: q,
        colour, speaker: q.speaker_name || q.speaker_text});
    }
  }
  for (const e of doc.events) {
    records.push({layer: "event", start: e.trigger_start, end: e.trigger_end, data: e});
  }
  for (const p of doc.places) records.push({layer: "place", start: p.span_start, end: p.span_end, data: p});
  for (const t of doc.times) records.push({layer: "time", start: t.span_start, end: t.span_end, data: t});
  const actors = new Map(doc.actors.map((a) => [a.actor_id, a]));
  for (const m of doc.mentions) {
    if (!m.actor_id) continue;
    records.push({layer: "actor", start: m.span_start, end: m.span_end, data: m,
      actor: actors.get(m.actor_id)});
  }
  records.forEach((r, i) => { r.id = i; });
  return records.filter((r) => r.end > r.start);
}

// Split the text at every boundary; a segment knows the records covering it.
function renderText(text, records) {
  const bounds = new Set([0, text.length]);
  for (const r of records) { bounds.add(r.start); bounds.add(r.end); }
  const cuts = [...bounds].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  const starting = new Map();
  for (const r of records) {
    if (!starting.has(r.start)) starting.set(r.start, []);
    starting.get(r.start).push(r);
  }
  const node = el("div", {class: "text", id: "text"});
  let open = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    open = open.filter((r) => r.end > from).concat(starting.get(from) || []);
    const piece = text.slice(from, to);
    if (!open.length) { node.append(document.createTextNode(piece)); continue; }
    const classes = new Set(["seg"]);
    for (const r of open) {
      classes.add("hl-" + r.layer);
      if (r.layer === "quote") classes.add("spk-" + r.colour);
      if (r.cue) classes.add("cue");
    }
    node.append(el("span", {class: [...classes].join(" "), "data-from": from, "data-to": to,
      "data-records": open.map((r) => r.id).join(" ")}, piece));
  }
  return node;
}

function speakerLegend(records) {
  const seen = new Map();
  for (const r of records) if (r.layer === "quote" && !r.cue && !seen.has(r.speaker)) seen.set(r.speaker, r.colour);
  if (!seen.size) return null;
  return el("div", {class: "speakers"}, el("span", {class: "muted"}, "Speakers: "),
    [...seen].map(([name, colour]) => el("span", {class: "chip"},
      el("span", {class: "swatch spk-" + colour}), name)));
}

function visibleLayers(textNode) {
  return new Set(LAYERS.map(([key]) => key).filter((key) => !textNode.classList.contains("hide-" + key)));
}

function showRecords(seg, records, textNode, panel, doc) {
  const visible = visibleLayers(textNode);
  const ids = seg.dataset.records.split(" ").map(Number);
  const hits = ids.map((i) => records.find((r) => r.id === i))
    .filter((r) => r && visible.has(r.layer))
    .sort((a, b) => (a.end - a.start) - (b.end - b.start));
  if (!hits.length) return;
  markSelected(textNode, hits[0]);
  append(clear(panel), hits.map((r) => card(r, doc)));
}

function selectSpan(spec, records, textNode, panel, doc) {
  const [start, end] = spec.split("-").map(Number);
  const hit = records.find((r) => r.data.span_start === start && r.data.span_end === end) ||
    records.find((r) => r.start <= start && r.end >= end);
  if (!hit) return;
  markSelected(textNode, hit);
  append(clear(panel), [card(hit, doc)]);
  textNode.querySelector(".seg.selected")?.scrollIntoView({block: "center"});
}

function markSelected(textNode, record) {
  for (const s of textNode.querySelectorAll(".seg.selected")) s.classList.remove("selected");
  const [from, to] = record.layer === "event" ? [record.data.span_start, record.data.span_end]
    : [record.start, record.end];
  for (const s of textNode.querySelectorAll(".seg")) {
    if (Number(s.dataset.from) >= from && Number(s.dataset.to) <= to) s.classList.add("selected");
  }
}

function fields(pairs) {
  return el("dl", {class: "record"}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function card(r, doc) {
  const d = r.data;
  const title = {quote: "Quote", event: "Event", place: "Place", time: "Time", actor: "Actor mention"}[r.layer];
  let body;
  if (r.layer === "quote") {
    body = fields([["text", d.text], ["speaker", d.speaker_actor ? actorRef(canonical(d.speaker_actor), d.speaker_name || d.speaker_text) : d.speaker_text],
      ["as written", d.speaker_text], ["cue", d.cue_text], ["kind", d.kind], ["source type", d.source_type],
      ["span", `${d.span_start}–${d.span_end}`], ["truncated", d.truncated ? "yes (quotation never closed)" : null]]);
  } else if (r.layer === "event") {
    body = fields([["type", [el("span", {class: "tag " + d.type}, d.type), d.mode ? " " + d.mode : ""]],
      ["trigger", d.trigger_text], ["source", actorRef(canonical(d.source_actor), d.source_name)],
      ["target", actorRef(canonical(d.target_actor), d.target_name)], ["date", eventDate(d)],
      ["place", d.place_id ? el("a", {href: placeLink(d.place_id)}, d.place_name || d.place) : d.place],
      ["polarity", d.polarity], ["modality", d.modality],
      ["reported by", d.reported_by ? actorRef(canonical(d.reported_by), d.reported_by_name) : null],
      ["evidence", d.text], ["span", `${d.span_start}–${d.span_end}`]]);
  } else if (r.layer === "place") {
    body = fields([["as written", d.text], ["resolved to", d.gazetteer_id ? el("a", {href: placeLink(d.gazetteer_id)}, d.name) : "(unresolved)"],
      ["role", d.role], ["feature", d.feature_type], ["country", d.country], ["region", d.admin1],
      ["coordinates", d.lat !== null ? `${d.lat.toFixed(4)}, ${d.lon.toFixed(4)}` : null],
      ["span", `${d.span_start}–${d.span_end}`]]);
  } else if (r.layer === "time") {
    body = fields([["as written", d.text], ["type", d.type], ["value", d.value],
      ["interval", `${formatDate(d.earliest) || "…"} – ${formatDate(d.latest) || "…"}`], ["mod", d.mod],
      ["span", `${d.span_start}–${d.span_end}`]]);
  } else {
    const a = r.actor || {};
    body = fields([["as written", d.text], ["actor", el("a", {href: actorLink(canonical(d.actor_id))}, a.name || d.actor_id)],
      ["id", d.actor_id], ["canonical", canonical(d.actor_id) !== d.actor_id ? canonical(d.actor_id) : null], ["kind", a.kind], ["country", a.country], ["role", a.role],
      ["affiliation", a.affiliation], ["aliases", (a.aliases || []).join(", ")],
      ["label", d.label], ["span", `${d.span_start}–${d.span_end}`]]);
  }
  return el("div", {class: "card", "data-layer": r.layer}, el("h3", {}, title), body);
}

start();
