// An actor across documents, by actor id (the per-document tables; see sitrep/web/data.py for
// the seam to the cross-document knowledge base): names and aliases, quotes by it, events
// involving it, documents mentioning it.
import {el, docTitle, append, clear, api, header, link, articleLink, formatDate, ready, showError} from "./common.js";
import {eventItem, quoteItem} from "./search-items.js";

const main = document.getElementById("main");
header("");

async function start() {
  const actorId = decodeURIComponent(location.pathname.split("/").slice(2).join("/"));
  let a;
  try {
    a = await api("actors/" + encodeURIComponent(actorId));
  } catch (error) {
    return showError(main, error);
  }
  document.title = "sitrep · " + a.name;
  const values = (rows) => rows.map((r) => el("span", {class: "chip"}, `${r.value} · ${r.documents}`));
  append(clear(main), [
    el("h1", {id: "actor-name"}, a.name),
    el("p", {class: "muted"}, `${a.actor_id} · in ${a.documents} documents (${formatDate(a.first)} – ` +
      `${formatDate(a.last)}) · ${a.mentions} mentions · `,
      el("a", {href: link("/map", {actor: a.actor_id})}, "events on the map"), " · ",
      el("a", {href: link("/search", {actor: a.actor_id, tab: "events"})}, "search with this actor")),
    el("h2", {}, "Names and aliases"),
    el("div", {class: "chips", id: "names"}, a.names.map((n) => el("span", {class: "chip"}, `${n.name} · ${n.documents} docs`))),
    el("dl", {class: "record"},
      a.kinds.length ? [el("dt", {}, "kind"), el("dd", {}, values(a.kinds))] : null,
      a.countries.length ? [el("dt", {}, "country"), el("dd", {}, values(a.countries))] : null,
      a.roles.length ? [el("dt", {}, "roles"), el("dd", {}, values(a.roles))] : null,
      a.affiliations.length ? [el("dt", {}, "affiliations"), el("dd", {}, values(a.affiliations))] : null),
    section("Quotes by " + a.name, a.quotes, quoteItem, {actor: a.actor_id, tab: "quotes"}, "quotes"),
    section("Events involving " + a.name + " (source or target)", a.events, eventItem,
      {actor: a.actor_id, tab: "events"}, "events"),
    section("Documents mentioning " + a.name, a.documents_list, (d) => el("li", {},
      el("a", {href: articleLink(d.id)}, docTitle(d)),
      el("span", {class: "meta"}, ` ${formatDate(d.published)} · ${d.source || ""}`)),
    {actor: a.actor_id}, "documents"),
    el("p", {class: "muted small"}, "Per-document view: records whose actor id is " + a.actor_id +
      " in each article. Actors the pipeline names differently in different articles are not merged here yet.")]);
  ready("actor");
}

export function section(title, page, render, searchParams, id) {
  return el("section", {id},
    el("h2", {}, `${title} (${page.total})`),
    page.items.length ? el("ul", {class: "results"}, page.items.map(render))
      : el("p", {class: "muted"}, "None."),
    page.total > page.items.length ? el("a", {href: link("/search", searchParams)}, `all ${page.total} →`) : null);
}

start();
