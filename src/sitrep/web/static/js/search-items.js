// List items shared by the search, map, actor and facility pages.
import {el, docTitle, articleLink, placeLink, actorRef, eventDate, formatDate} from "./common.js";

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
      el("a", {href: articleLink(q.doc_id, {span: `${q.span_start}-${q.span_end}`})}, docTitle(q))));
}

