// One merged event of the knowledge base: what it is, every article that reports it (outlet,
// date, the evidence span, asserted or denied, who said so) and any contradiction side by side.
import {el, append, clear, api, header, link, placeLink, actorRef, formatDate, ready, showError} from "./common.js";
import {sourceItem, contradictionItem} from "./search-items.js";

const main = document.getElementById("main");
header("");

async function start() {
  const id = decodeURIComponent(location.pathname.split("/").slice(2).join("/"));
  let e;
  try {
    e = await api("events/" + encodeURIComponent(id));
  } catch (error) {
    return showError(main, error);
  }
  document.title = `sitrep · ${e.type} ${e.trigger_text}`;
  const interval = formatDate(e.date_earliest) === formatDate(e.date_latest) ? formatDate(e.date_earliest)
    : `${formatDate(e.date_earliest) || "…"} – ${formatDate(e.date_latest) || "…"}`;
  append(clear(main), [
    el("h1", {id: "event-title"}, el("span", {class: "tag " + e.type}, e.type), ` “${e.trigger_text}”`,
      e.mode ? el("span", {class: "muted"}, " " + e.mode) : null),
    el("p", {class: "evidence", id: "event-text"}, e.text),
    el("dl", {class: "record"},
      el("dt", {}, "who"), el("dd", {}, actorRef(e.source_actor, e.source_name), " → ", actorRef(e.target_actor, e.target_name)),
      el("dt", {}, "where"), el("dd", {}, e.place_id ? el("a", {href: placeLink(e.place_id)}, e.place_name || e.place)
        : (e.place || "—"), e.lat != null ? ` (${e.lat.toFixed(3)}, ${e.lon.toFixed(3)})` : ""),
      el("dt", {}, "when"), el("dd", {}, interval || "undated", " (the most precise report's interval)"),
      el("dt", {}, "reports"), el("dd", {id: "event-counts"}, `${e.mentions} mentions in ${e.documents} documents, ` +
        `${e.independent_documents} independent (copies of one text count once)` +
        (e.outlets && e.outlets.length ? ` · ${e.outlets.join(", ")}` : "")),
      e.statuses.length ? [el("dt", {}, "status read"), el("dd", {}, e.statuses.map((s) =>
        el("span", {class: "chip"}, `${s.subject_name}: ${s.status}`)))] : null,
      el("dt", {}, "id"), el("dd", {class: "muted"}, e.kb_event_id)),
    el("section", {id: "sources"}, el("h2", {}, `Sources (${e.sources.length})`),
      el("ul", {class: "results"}, e.sources.map(sourceItem))),
    el("section", {id: "contradictions"}, el("h2", {}, `Contradictions (${e.contradictions.length})`),
      e.contradictions.length ? el("ul", {class: "results"}, e.contradictions.map(contradictionItem))
        : el("p", {class: "muted"}, "No two reports of this event contradict each other.")),
    el("p", {class: "muted small"}, "A merged event of the knowledge base: mentions from different articles that ",
      "the KB judged to be one event (same type, compatible actors, place and dates). ",
      el("a", {href: link("/search", {tab: "events", type: e.type, since: formatDate(e.date_earliest), until: formatDate(e.date_latest)})},
        "Other events of this type in these days →"))]);
  ready("event");
}

start();
