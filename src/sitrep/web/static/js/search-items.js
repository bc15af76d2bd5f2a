// List items shared by the search, map, actor and facility pages.
import {el, docTitle, docSource, articleLink, placeLink, actorRef, eventDate, formatDate} from "./common.js";

export function eventItem(e) {
  return el("li", {},
    el("div", {}, el("span", {class: "tag " + e.type}, e.type), e.mode ? " " + e.mode + " " : " ",
      el("span", {class: "muted small", title: "trigger"}, `“${e.trigger_text}” `),
      actorRef(e.source_actor, e.source_name), " → ", actorRef(e.target_actor, e.target_name),
      e.place ? [" · at ", e.place_id ? el("a", {href: placeLink(e.place_id)}, e.place_name || e.place) : e.place] : null,
      e.polarity === "negative" ? el("span", {class: "tag"}, " not") : null,
      e.modality !== "asserted" ? el("span", {class: "muted small"}, ` (${e.modality})`) : null),
    el("p", {class: "evidence"}, e.text),
    el("div", {class: "meta"}, eventDate(e), " · ",
      el("a", {href: articleLink(e.doc_id, {span: `${e.span_start}-${e.span_end}`})}, docTitle(e))));
}

export function quoteItem(q) {
  return el("li", {},
    el("div", {}, q.speaker_actor ? actorRef(q.speaker_actor, q.speaker_name || q.speaker_text)
      : el("span", {}, q.speaker_text || "(unknown speaker)"),
      el("span", {class: "muted small"}, ` ${q.cue_text || ""} · ${q.kind} · ${q.source_type}`)),
    el("p", {class: "evidence"}, q.text),
    el("div", {class: "meta"}, formatDate(q.published), " · ",
      el("a", {href: articleLink(q.doc_id, {span: `${q.span_start}-${q.span_end}`})}, docTitle(q)),
      alsoInCopies(q)));
}


// --- the knowledge base: merged events, their sources, status rows, contradictions ----------

export const eventLink = (id) => "/event/" + encodeURIComponent(id);
const interval = (e) => {
  const a = formatDate(e.date_earliest), b = formatDate(e.date_latest);
  return a === b ? a : `${a || "…"} – ${b || "…"}`;
};
// Where a document came from: its outlet, else its file's name, else its title.
const outletOf = (row, prefix = "") => docSource(row, prefix) || docTitle(row, prefix);
const spanLink = (docId, start, end) => articleLink(docId, end != null ? {span: `${start}-${end}`} : {});

// One merged (deduplicated) event: who did what to whom, where, when, and how many documents
// and independent documents (copies of one text count once) report it.
export function mergedEventItem(e) {
  // a list row counts its contradictions; the event detail lists them
  const contradictions = Array.isArray(e.contradictions) ? e.contradictions.length : e.contradictions;
  return el("li", {class: "merged-event", "data-event": e.kb_event_id},
    el("div", {}, el("span", {class: "tag " + e.type}, e.type), e.mode ? " " + e.mode + " " : " ",
      el("span", {class: "muted small", title: "trigger"}, `“${e.trigger_text}” `),
      actorRef(e.source_actor, e.source_name), " → ", actorRef(e.target_actor, e.target_name),
      e.place ? [" · at ", e.place_id ? el("a", {href: placeLink(e.place_id)}, e.place_name || e.place) : e.place] : null,
      e.modality !== "asserted" ? el("span", {class: "muted small"}, ` (${e.modality})`) : null),
    el("p", {class: "evidence"}, e.text),
    el("div", {class: "meta"}, interval(e), " · ",
      el("span", {class: "sources", title: "documents reporting it (independent: copies count once)"},
        `${e.documents} document${e.documents === 1 ? "" : "s"}, ${e.independent_documents} independent`),
      e.outlets && e.outlets.length ? ` · ${e.outlets.join(", ")}` : "",
      " ", e.denied ? el("span", {class: "tag denied"}, `${e.denied} denial${e.denied === 1 ? "" : "s"}`) : null,
      " ", contradictions ? el("span", {class: "tag contradicted"}, `${contradictions} contradiction${contradictions === 1 ? "" : "s"}`) : null,
      e.km != null ? ` · ${e.km} km away` : "", " · ",
      el("a", {href: eventLink(e.kb_event_id), class: "event-link"}, "sources →")));
}

// One report of a merged event (v_event_sources): article, outlet, date, evidence, polarity.
export function sourceItem(s) {
  return el("li", {class: "source"},
    el("div", {}, el("a", {href: spanLink(s.doc_id, s.span_start, s.span_end)}, docTitle(s)),
      el("span", {class: "meta"}, ` · ${docSource(s) || "no outlet"} · ${formatDate(s.published)} `),
      s.polarity === "negative" ? el("span", {class: "tag denied"}, "denied") : el("span", {class: "tag asserted"}, "asserted"),
      s.duplicate_of ? el("span", {class: "muted small"}, " copy of an earlier article") : null),
    el("p", {class: "evidence"}, s.text),
    el("div", {class: "meta"}, "reported by ", s.reported_by ? actorRef(s.reported_by, s.reported_by_name) : "the article itself",
      s.count_low != null ? ` · toll ${s.count_low}${s.count_high == null ? "+" : s.count_high !== s.count_low ? "–" + s.count_high : ""}` : "",
      ` · ${s.how}${s.score != null ? " (" + Number(s.score).toFixed(1) + ")" : ""}`));
}

// A row that syndicated copies of its document repeat, shown once: "also in 2 copies: A, B".
export function alsoInCopies(row) {
  if (!row.copies) return null;
  return el("span", {class: "copies", title: "detected copies of the same article (they repeat this row)"},
    ` · also in ${row.copies} cop${row.copies === 1 ? "y" : "ies"}`, (row.copy_docs || []).length ? ": " : "",
    (row.copy_docs || []).map((c, i) => [i ? ", " : "",
      el("a", {href: spanLink(c.doc_id, c.span_start, c.span_end)}, c.outlet || c.doc_id)]));
}

// A status row of a facility or actor: when, what, who reported it, the evidence.
export function statusItem(s) {
  return el("li", {class: "status"},
    el("div", {}, el("span", {class: "when"}, interval(s)), " ",
      el("span", {class: "tag status-" + s.status.replace(/\W+/g, "-")}, s.status),
      el("span", {class: "meta"}, " reported by ",
        s.reported_by ? actorRef(s.reported_by, s.reported_by_name) : "the article itself",
        ` · ${outletOf(s)} · ${formatDate(s.published)}`)),
    el("p", {class: "evidence"}, s.text),
    el("div", {class: "meta"}, el("a", {href: spanLink(s.doc_id, s.span_start, s.span_end)}, "in the article →"),
      s.kb_event_id ? [" · ", el("a", {href: eventLink(s.kb_event_id)}, "the event's sources →")] : null,
      alsoInCopies(s)));
}

// Two statements about one event that cannot both hold, side by side.
export function contradictionItem(c) {
  const side = (p) => el("div", {class: "side side-" + p},
    el("div", {class: "claim"}, el("span", {class: "tag " + (c[p + "_claim"] === "denied" ? "denied" : "asserted")}, c[p + "_claim"])),
    el("dl", {class: "record"},
      el("dt", {}, "outlet"), el("dd", {class: "outlet"}, outletOf(c, p + "_")),
      el("dt", {}, "date"), el("dd", {}, formatDate(c[p + "_published"])),
      el("dt", {}, "speaker"), el("dd", {class: "speaker"}, c[p + "_reported_by"]
        ? actorRef(c[p + "_reported_by"], c[p + "_reported_by_name"]) : "the article itself")),
    el("blockquote", {class: "evidence"}, c[p + "_text"]),
    el("a", {href: spanLink(c[p + "_doc_id"], c[p + "_span_start"], c[p + "_span_end"])}, "in the article →"));
  return el("li", {class: "contradiction"},
    el("div", {class: "meta"}, el("span", {class: "tag " + c.type}, c.type), ` ${c.kind} contradiction on `,
      el("a", {href: eventLink(c.kb_event_id)}, c.event_text), alsoInCopies(c)),
    el("div", {class: "sides"}, side("a"), side("b")));
}
