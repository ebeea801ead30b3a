// A modal that shows text to read and copy (the Cypher of the view); copying needs no clipboard permission.
import { h } from "./dom.js";

export function showTextDialog(title: string, body: string, copied: boolean): void {
  const pre = h("pre", { class: "code", attrs: { "data-role": "dialog-text" } }, body);
  const dialog = h(
    "dialog",
    { class: "text-dialog" },
    h("h2", {}, title),
    pre,
    h(
      "p",
      { class: "dialog-actions" },
      h("span", { class: "note" }, copied ? "Copied to the clipboard." : "Select the text to copy it."),
      h("button", { on: { click: () => dialog.close() } }, "Close"),
    ),
  );
  dialog.addEventListener("close", () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
}

export function toast(message: string): void {
  const note = h("div", { class: "toast", attrs: { role: "status" } }, message);
  document.body.appendChild(note);
  setTimeout(() => note.remove(), 2_500);
}

export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
