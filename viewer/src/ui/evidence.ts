// One claim's evidence as an analyst reads it: the sentence with the actors' names marked, the claim, its
// modality, document and date. Untrusted article text becomes text nodes and <mark> elements only.
import type { ApiEvidence } from "../api.js";
import { h, relationLabel, text } from "./dom.js";

/** The sentence as text nodes, with <mark> around each valid range of `marks` (sorted, inside, not overlapping). */
export function markedSentence(sentence: ApiEvidence["sentence"]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const value = sentence.text;
  let at = 0;
  for (const [start, end] of sentence.marks ?? []) {
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      start < at ||
      end <= start ||
      end > value.length
    ) {
      continue;
    }
    if (start > at) fragment.appendChild(text(value.slice(at, start)));
    fragment.appendChild(h("mark", {}, value.slice(start, end)));
    at = end;
  }
  if (at < value.length) fragment.appendChild(text(value.slice(at)));
  return fragment;
}

export function evidenceItem(e: ApiEvidence): HTMLLIElement {
  const arrow = e.symmetric ? "—" : "→";
  return h(
    "li",
    { class: `evidence evidence-${e.modality}`, attrs: { "data-claim": e.claimId } },
    h("blockquote", { class: "sentence" }, markedSentence(e.sentence)),
    h(
      "div",
      { class: "claim" },
      h("span", { class: `polarity-dot ${e.polarity}`, attrs: { "aria-hidden": "true" } }),
      `${e.source.name} ${arrow} ${relationLabel(e.relation)} ${arrow} ${e.target.name}`,
      e.via !== null ? h("span", { class: "via" }, ` (via ${e.via})`) : null,
      " ",
      h("span", { class: `modality modality-${e.modality}` }, e.modality),
    ),
    h(
      "div",
      { class: "source" },
      h("span", { class: "doc", title: e.doc.name }, e.doc.title ?? e.doc.name),
      e.doc.title !== null ? h("span", { class: "doc-name" }, ` · ${e.doc.name}`) : null,
      ` · ${e.date ?? e.doc.date ?? "undated"}`,
      ` · sentence ${e.sentence.index + 1}`,
      ` · confidence ${e.confidence.toFixed(2)}`,
    ),
  );
}

export function evidenceList(items: readonly ApiEvidence[]): HTMLOListElement {
  return h("ol", { class: "evidence-list" }, ...items.map(evidenceItem));
}
