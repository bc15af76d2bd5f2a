// An actor across documents. With a knowledge base (a.kb): the canonical actor — every name
// and alias, quotes by it (or people affiliated with it) and about it, merged events as source
// or target, its status timeline, contradictions on its events. Without one: the actor id in
// the per-document tables (names, quotes, events, documents).
import {el, docTitle, docSource, append, clear, api, header, link, articleLink, actorRef, formatDate, ready, showError} from "./common.js";
import {eventItem, quoteItem, mergedEventItem, statusItem, contradictionItem} from "./search-items.js";

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
  if (a.kb) return renderKB(a);
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
      el("span", {class: "meta"}, ` ${formatDate(d.published)} · ${docSource(d)}`)),
    {actor: a.actor_id}, "documents"),
    el("p", {class: "muted small"}, "Per-document view: records whose actor id is " + a.actor_id +
      " in each article. This store has no knowledge base (sitrep kb build makes one): actors named differently in different articles are not merged.")]);
  ready("actor");
}

function renderKB(a) {
  const search = (tab) => ({actor: a.actor_id, tab});
  const documentItem = (d) => el("li", {}, el("a", {href: articleLink(d.id)}, docTitle(d)),
    el("span", {class: "meta"}, ` ${formatDate(d.published)} · ${docSource(d)}`));
  append(clear(main), [
    el("h1", {id: "actor-name"}, a.name),
    a.note ? el("p", {class: "kb-note", id: "resolved"}, a.note) : null,
    el("p", {class: "muted"}, `${a.kind}${a.country ? " · " + a.country : ""} · ${a.actor_id} · ` +
      `${a.scope === "global" ? "canonical actor" : "described in one document"} · in ${a.documents} documents ` +
      `(${formatDate(a.first)} – ${formatDate(a.last)}) · ${a.mentions} mentions · `,
      el("a", {href: link("/map", {actor: a.actor_id})}, "events on the map"), " · ",
      el("a", {href: link("/search", search("events"))}, "search with this actor")),
    el("dl", {class: "record"},
      a.affiliation ? [el("dt", {}, "affiliation"), el("dd", {}, actorRef(a.affiliation, a.affiliation_name))] : null,
      a.role ? [el("dt", {}, "role"), el("dd", {}, a.role)] : null,
      el("dt", {}, "names"), el("dd", {}, el("div", {class: "chips", id: "names"},
        a.names.map((n) => el("span", {class: "chip"}, `${n.name} · ${n.documents} docs`)))),
      a.affiliated.length ? [el("dt", {}, "affiliated"), el("dd", {}, el("div", {class: "chips", id: "affiliated"},
        a.affiliated.map((x) => el("a", {class: "chip", href: "/actor/" + encodeURIComponent(x.kb_actor_id)},
          `${x.name} · ${x.documents} docs`))))] : null),
    el("section", {id: "status"}, el("h2", {}, `Status over time (${a.status.length})`),
      a.status.length ? el("ol", {class: "results"}, a.status.map(statusItem))
        : el("p", {class: "muted"}, "No status read for this actor.")),
    el("section", {id: "contradictions"}, el("h2", {}, `Contradictions on its events (${a.contradictions.length})`),
      a.contradictions.length ? el("ul", {class: "results"}, a.contradictions.map(contradictionItem))
        : el("p", {class: "muted"}, "None: no two reports of its events contradict each other.")),
    section(`Merged events with ${a.name} as source or target`, a.events, mergedEventItem, search("events"), "events"),
    el("div", {class: "cols"},
      section(`Quotes by ${a.name} or people affiliated with it`, a.quotes_by, quoteItem, search("quotes"), "quotes"),
      section(`Quotes about ${a.name} (naming it)`, a.quotes_about, quoteItem, {q: a.name, tab: "quotes"}, "quotes-about")),
    section("Documents mentioning " + a.name, a.documents_list, documentItem, {actor: a.actor_id}, "documents"),
    el("p", {class: "muted small"}, "From the knowledge base: one canonical actor across articles (dictionary id, ",
      "full name or alias file); events are merged across articles, each counted once.")]);
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
