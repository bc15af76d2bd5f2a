// A facility (any resolved place) across documents, by gazetteer id: where it is, how the
// articles wrote it, and the events whose clause names it, ordered by date. With a knowledge
// base (p.kb): its status timeline, merged events at or near it, quotes about it and
// contradictions.
/* global L */
import {el, docTitle, docSource, append, clear, api, header, link, articleLink, formatDate, ready, showError} from "./common.js";
import {eventItem, mergedEventItem, quoteItem, statusItem, contradictionItem} from "./search-items.js";
import {addBasemap} from "./basemap.js";

const main = document.getElementById("main");

header("");

async function start() {
  const placeId = decodeURIComponent(location.pathname.split("/").slice(2).join("/"));
  let p;
  try {
    p = await api("places/" + encodeURIComponent(placeId));
  } catch (error) {
    return showError(main, error);
  }
  document.title = "sitrep · " + p.name;
  const near = {lat: p.lat.toFixed(4), lon: p.lon.toFixed(4), km: 50};
  const events = p.events;
  if (p.kb) {
    renderKB(p, near);
    await miniMap(p);
    ready("place");
    return;
  }
  append(clear(main), [
    el("h1", {id: "place-name"}, p.name),
    el("p", {class: "muted"}, `${p.feature_type || "place"} · ${p.country || ""}${p.admin1 ? " · " + p.admin1 : ""} · ` +
      `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)} · ${p.place_id} · ${p.mentions} mentions in ${p.documents} documents · `,
      el("a", {href: link("/map", near)}, "events within 50 km on the map")),
    el("div", {class: "chips"}, el("span", {class: "muted small"}, "Written as:"),
      p.written.map((w) => el("span", {class: "chip"}, `${w.text} · ${w.mentions}`)),
      el("span", {class: "muted small"}, "Roles:"),
      p.roles.map((r) => el("span", {class: "chip"}, `${r.role} · ${r.mentions}`))),
    el("div", {id: "map", class: "small-map"}),
    el("section", {id: "events"}, el("h2", {}, `Events at ${p.name}, by date (${events.total})`),
      events.items.length ? el("ol", {class: "results"}, events.items.map(eventItem))
        : el("p", {class: "muted"}, "No event clause names this place."),
      events.total > events.items.length ? el("a", {href: link("/search", {place: p.place_id, place_match: "clause", tab: "events"})},
        `all ${events.total} →`) : null),
    el("section", {id: "documents"}, el("h2", {}, `Documents naming ${p.name} (${p.documents_list.total})`),
      el("ul", {class: "results"}, p.documents_list.items.map((d) => el("li", {},
        el("a", {href: articleLink(d.id)}, docTitle(d)),
        el("span", {class: "meta"}, ` ${formatDate(d.published)} · ${docSource(d)}`))))),
    el("p", {class: "muted small"}, "Per-document view: events located here or whose clause names this place. " +
      "This store has no knowledge base (sitrep kb build makes one): no status timeline or contradictions.")]);
  await miniMap(p);
  ready("place");
}

function renderKB(p, near) {
  const documentItem = (d) => el("li", {}, el("a", {href: articleLink(d.id)}, docTitle(d)),
    el("span", {class: "meta"}, ` ${formatDate(d.published)} · ${docSource(d)}`));
  const list = (id, title, items, render, empty, more) => el("section", {id},
    el("h2", {}, `${title} (${items.total ?? items.length})`),
    (items.items || items).length ? el(id === "status" ? "ol" : "ul", {class: "results"}, (items.items || items).map(render))
      : el("p", {class: "muted"}, empty), more || null);
  append(clear(main), [
    el("h1", {id: "place-name"}, p.name),
    el("p", {class: "muted"}, `${p.feature_type || "place"} · ${p.country || ""}${p.admin1 ? " · " + p.admin1 : ""} · ` +
      `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)} · ${p.place_id} · ${p.mentions} mentions in ${p.documents} documents · `,
      el("a", {href: link("/map", near)}, "events within 50 km on the map")),
    el("div", {class: "chips", id: "written"}, el("span", {class: "muted small"}, "Written as:"),
      p.written.map((w) => el("span", {class: "chip"}, `${w.text} · ${w.mentions}`)),
      p.aliases.length ? el("span", {class: "muted small"}, "Also known as:") : null,
      p.aliases.map((a) => el("span", {class: "chip"}, a))),
    el("div", {class: "cols"},
      el("div", {id: "map", class: "small-map"}),
      list("status", "Status over time", p.status, statusItem, "No status read for this place.")),
    list("contradictions", "Contradictions", p.contradictions, contradictionItem,
      "None: no two reports of events here contradict each other."),
    list("events", `Merged events at ${p.name}, named in their clause or within ${p.near_km} km`, p.events,
      mergedEventItem, "No merged event here.",
      p.events.total > p.events.items.length ? el("a", {href: link("/search", {place: p.place_id, place_match: "clause", tab: "events"})},
        `all ${p.events.total} →`) : null),
    list("quotes-about", `Quotes about ${p.name} (naming it)`, p.quotes_about, quoteItem, "No quote names it."),
    list("documents", `Documents naming ${p.name}`, p.documents_list, documentItem, "None."),
    el("p", {class: "muted small"}, "From the knowledge base: statuses and events merged across articles; ",
      "each status row says who reported it and links to the sentence.")]);
}

async function miniMap(p) {
  const map = L.map("map", {zoomControl: true, attributionControl: false}).setView([p.lat, p.lon], 7);
  await addBasemap(map);
  L.circleMarker([p.lat, p.lon], {radius: 7, className: "facility-marker"}).addTo(map);
}

start();
