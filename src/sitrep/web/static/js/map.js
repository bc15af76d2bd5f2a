// Map and timeline: located events, one marker per place (clustered), over an offline basemap
// of country borders and coastlines (Natural Earth via world-atlas, vendored). Brushing the
// timeline sets since/until in the URL and redraws both.
/* global L */
import {el, append, clear, api, readParams, filtersOf, header, filterForm, link, placeLink,
  ready, showError, viewToggle} from "./common.js";
import {addBasemap} from "./basemap.js";  // first: the basemap loads while the API answers
import {drawTimeline} from "./timeline.js";
import {eventItem, mergedEventItem, sourceItem, eventLink} from "./search-items.js";

const main = document.getElementById("main");
header("map");
let state = {filters: {}, map: null, cluster: null};

async function start() {
  const params = readParams();
  state.filters = filtersOf(params);
  let overview;
  try {
    overview = await api("overview");
  } catch (error) {
    return showError(main, error);
  }
  const downloads = el("div", {class: "downloads", id: "downloads"});
  append(clear(main), [
    filterForm(overview, params, {action: "/map"}), viewToggle(overview, params, "/map"), downloads,
    el("div", {class: "mapwrap"}, el("div", {id: "map"}),
      el("aside", {class: "panel", id: "panel"}, el("p", {class: "muted"}, overview.kb && params.view !== "mentions"
        ? "Each green marker is one merged event; its number is how many independent documents report it. " +
          "Blue clusters count events. Click a marker for its sources."
        : "Markers are places named by event clauses; a number counts events. Click one for its events."))),
    el("div", {id: "timeline"})]);
  state.map = L.map("map", {worldCopyJump: true, minZoom: 1, maxZoom: 13, zoomSnap: 0.5})
    .setView([30, 20], 2);
  state.map.attributionControl.setPrefix(false);
  state.map.attributionControl.addAttribution("Basemap: Natural Earth 1:50m (public domain) · Leaflet");
  await Promise.all([addBasemap(state.map), refresh()]);
  ready("map");
}

async function refresh() {
  const f = state.filters;
  updateDownloads(f);
  const [points, timeline, events] = await Promise.all([
    api("map", f), api("timeline", f), api("events", {...f, limit: 400, order: "-date"})]);
  state.merged = points.view === "merged";
  drawPoints(points.points);
  drawTimeline(document.getElementById("timeline"), timeline, events, onBrush);
  document.getElementById("map").dataset.points = points.points.length;
}

function updateDownloads(f) {
  append(clear(document.getElementById("downloads")), ["Download this selection:",
    el("a", {href: link("/api/events.geojson", f), download: ""}, "GeoJSON"),
    el("a", {href: link("/api/events.csv", f), download: ""}, "CSV"),
    el("a", {href: link("/search", {...f, tab: "events"})}, "as a list"),
    f.since || f.until ? el("button", {type: "button", id: "clear-dates",
      onclick: () => onBrush(null, null)}, "clear dates") : null]);
}

const CountIcon = () => L.DivIcon.extend({
  createIcon(old) {
    const div = L.DivIcon.prototype.createIcon.call(this, old);
    div.replaceChildren(el("div", {}, this.options.label));
    return div;
  },
});

function drawPoints(points) {
  const Icon = CountIcon();
  if (state.cluster) state.map.removeLayer(state.cluster);
  state.cluster = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45,
    iconCreateFunction: (cluster) => {
      const n = cluster.getAllChildMarkers().reduce((sum, m) => sum + m.options.events, 0);
      const size = Math.round(26 + 6 * Math.log10(n + 1));
      return new Icon({className: "pt cluster", label: String(n), iconSize: [size, size], html: false});
    },
  });
  for (const p of points) {
    if (state.merged) {  // one marker per merged event, labelled with its independent sources
      const marker = L.marker([p.lat, p.lon], {events: 1, title: `${p.type} at ${p.name}: ` +
        `${p.independent_documents} independent of ${p.documents} documents`,
        icon: new Icon({className: "pt merged", label: String(p.independent_documents), iconSize: [20, 20], html: false})});
      marker.on("click", () => showEvent(p));
      state.cluster.addLayer(marker);
      continue;
    }
    const size = Math.round(18 + 6 * Math.log10(p.events + 1));
    const marker = L.marker([p.lat, p.lon], {events: p.events, title: `${p.name}: ${p.events} events`,
      icon: new Icon({className: "pt", label: String(p.events), iconSize: [size, size], html: false})});
    marker.on("click", () => showPlace(p));
    state.cluster.addLayer(marker);
  }
  state.map.addLayer(state.cluster);
  if (points.length) {
    state.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])).pad(0.2), {maxZoom: 7});
  }
}

async function showPlace(p) {
  const panel = document.getElementById("panel");
  append(clear(panel), [el("h2", {}, el("a", {href: placeLink(p.place_id)}, p.name)),
    el("p", {class: "muted small"}, `${p.feature_type || "place"} · ${p.country || ""} · ` +
      `${p.events} events in ${p.documents} documents · ${p.types.join(", ")}`),
    el("p", {class: "muted"}, "Loading events…")]);
  try {
    const page = await api("events", {...state.filters, place: p.place_id, limit: 50});
    panel.lastChild.replaceWith(el("ul", {class: "results", id: "place-events"}, page.items.map(eventItem)),
      page.total > page.items.length ? el("a", {href: link("/search", {...state.filters, place: p.place_id, tab: "events"})},
        `all ${page.total} events`) : "");
  } catch (error) {
    showError(panel, error);
  }
}

async function showEvent(p) {
  const panel = document.getElementById("panel");
  append(clear(panel), [el("p", {class: "muted"}, "Loading the event…")]);
  try {
    const e = await api("events/" + encodeURIComponent(p.kb_event_id));
    append(clear(panel), [el("ul", {class: "results", id: "place-events"}, mergedEventItem(e)),
      el("h3", {}, `Sources (${e.sources.length})`), el("ul", {class: "results"}, e.sources.map(sourceItem)),
      e.contradictions.length ? el("a", {href: eventLink(e.kb_event_id)}, `${e.contradictions.length} contradiction(s) →`) : null,
      el("p", {}, el("a", {href: link("/search", {...state.filters, place: p.place_id, tab: "events"})}, `all events at ${p.name} →`))]);
  } catch (error) {
    showError(panel, error);
  }
}

function onBrush(since, until) {
  state.filters = {...state.filters, since, until};
  if (!since) delete state.filters.since;
  if (!until) delete state.filters.until;
  history.replaceState(null, "", link("/map", state.filters));
  for (const [name, value] of [["since", since], ["until", until]]) {
    const input = document.querySelector(`#filters input[name=${name}]`);
    if (input) input.value = value || "";
  }
  refresh().then(() => { document.body.dataset.brushed = since || "cleared"; });
}

start();
