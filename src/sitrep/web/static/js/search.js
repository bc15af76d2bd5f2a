// Search: documents, events or quotes under the composable filters, all state in the URL.
import {el, docTitle, docSource, append, clear, api, readParams, filtersOf, header, filterForm, link, articleLink,
  actorLink, placeLink, formatDate, pager, ready, showError, viewToggle} from "./common.js";
import {eventItem, quoteItem, mergedEventItem} from "./search-items.js";

const TABS = [["documents", "Documents"], ["events", "Events"], ["quotes", "Quotes"]];
const main = document.getElementById("main");
header("search");

async function start() {
  const params = readParams();
  const tab = TABS.some(([key]) => key === params.tab) ? params.tab : "documents";
  const filters = filtersOf(params);
  let overview;
  try {
    overview = await api("overview");
  } catch (error) {
    return showError(main, error);
  }
  const results = el("div", {id: "results"}, el("p", {class: "muted"}, "Loading…"));
  const matches = el("div", {id: "matches"});
  const c = overview.counts;
  const kb = overview.kb ? `; knowledge base: ${overview.kb.events} merged events (${overview.kb.multi_document_events} ` +
    `reported by 2+ documents), ${overview.kb.actors} canonical actors, ${overview.kb.contradictions} contradictions` : "";
  append(clear(main), [
    el("h1", {}, "Search the record"),
    el("p", {class: "muted small"}, `${c.documents} documents, ${c.events} events, ${c.quotes} quotes, ` +
      `${c.places} place mentions; published ${formatDate(overview.published.first)} – ${formatDate(overview.published.last)}` + kb),
    filterForm(overview, params, {action: "/search", extraHidden: {tab}}),
    matches,
    tab === "events" ? viewToggle(overview, params, "/search", {tab}) : null,
    el("div", {class: "tabs"}, TABS.map(([key, label]) =>
      el("a", {href: link("/search", {...filters, tab: key}), class: key === tab ? "active" : null,
        "data-tab": key}, label))),
    el("div", {class: "downloads"}, "Download this selection:",
      el("a", {href: link(`/api/${tab}.csv`, filters), download: ""}, "CSV"),
      tab === "events" ? el("a", {href: link("/api/events.geojson", filters), download: ""}, "GeoJSON") : null,
      tab === "events" ? el("a", {href: link("/map", filters)}, "show on the map") : null),
    results]);
  if (params.q) showMatches(matches, params.q);
  const offset = Number(params.offset || 0);
  try {
    const page = await api(tab, {...filters, limit: 25, offset});
    const go = (next) => location.assign(link("/search", {...filters, tab, offset: next || ""}));
    const render = {documents: documentItem, events: page.view === "merged" ? mergedEventItem : eventItem,
      quotes: quoteItem}[tab];
    append(clear(results), [page.note ? el("p", {class: "kb-note", id: "resolved"}, page.note) : null, pager(page, go),
      page.items.length ? el("ul", {class: "results", id: "result-list"}, page.items.map(render))
        : el("p", {class: "muted"}, "Nothing matches these filters."),
      page.items.length > 10 ? pager(page, go) : null]);
  } catch (error) {
    showError(results, error);
  }
  ready("search");
}

async function showMatches(container, q) {
  const [actors, places] = await Promise.all([api("actors", {q}), api("places", {q})]);
  const chips = (items, href, label) => items.slice(0, 8).map((x) =>
    el("a", {href: href(x), class: "chip"}, label(x)));
  if (actors.items.length || places.items.length) {
    append(container, [el("div", {class: "chips"},
      actors.items.length ? el("span", {class: "muted small"}, "Actors:") : null,
      chips(actors.items, (a) => actorLink(a.actor_id), (a) => `${a.name} · ${a.documents} docs`),
      places.items.length ? el("span", {class: "muted small"}, "Places:") : null,
      chips(places.items, (p) => placeLink(p.place_id), (p) => `${p.name} (${p.feature_type || "place"}) · ${p.documents} docs`))]);
  }
}

function documentItem(d) {
  return el("li", {},
    el("a", {href: articleLink(d.id), class: "doc-title"}, docTitle(d)),
    el("div", {class: "meta"}, `${formatDate(d.published)} · ${docSource(d) || "no source"} · ` +
      `${d.events} events · ${d.quotes} quotes · ${d.chars} characters`),
    el("p", {class: "evidence"}, d.opening + (d.chars > d.opening.length ? "…" : "")));
}

start();
