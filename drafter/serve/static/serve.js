// drafter serve: save as the clerk types (debounced), and swap in the new walk, field and preview.
// Without this script the page still works: every form posts, and the server answers with a page.
"use strict";
(function () {
  const csrf = document.querySelector('meta[name="csrf"]').content;
  const WAIT = 600; // ms after the last key before an answer is saved
  let timer = null;
  let saving = Promise.resolve();
  let overwrite = false;

  const $ = (selector) => document.querySelector(selector);
  const form = () => $("#answer");
  const input = () => $("#text");
  const dirty = () => form() && input() && input().value !== form().elements.before.value;

  function status(text, kind) {
    const node = $("#status");
    node.textContent = text;
    node.className = kind || "";
  }

  function swap(parts, keepField) {
    for (const name of ["walk", "preview", "totals"]) {
      if (parts[name] !== undefined) document.getElementById(name).innerHTML = parts[name];
    }
    if (keepField && form() && String(parts.structure) !== form().elements.structure.value) {
      // the answer changed the walk (a part's first point became a field of its own): show the
      // field as it is now, with what is being typed and the caret where they were
      const typed = input().value, caret = input().selectionStart;
      $("#field").innerHTML = parts.field;
      history.replaceState(null, "", "/?field=" + parts.index);
      input().value = typed;
      input().focus();
      input().setSelectionRange(caret, caret);
      if (dirty()) input().dispatchEvent(new Event("input", { bubbles: true }));
    } else if (!keepField) {
      $("#field").innerHTML = parts.field;
      history.replaceState(null, "", "/?field=" + parts.index);
      if (input()) input().focus();
    } else if (form()) {
      form().elements.before.value = parts.before;
      form().elements.structure.value = parts.structure;
      const phrase = new DOMParser().parseFromString(parts.field, "text/html").querySelector(".phrase");
      const shown = $("#field .phrase");
      if (shown) shown.remove();
      if (phrase) $("#check").after(phrase);
    }
    const here = document.querySelector("#walk li.here");
    if (here) here.scrollIntoView({ block: "nearest" });
    showInPreview();
  }

  // the preview paragraph that holds the field's text, marked and scrolled to (found by its words:
  // the tree does not say which data field each paragraph came from)
  function showInPreview() {
    const text = input() ? input().value.trim().split("\n")[0].slice(0, 16) : "";
    for (const old of document.querySelectorAll("#preview .current")) old.classList.remove("current");
    if (text.length < 4) return;
    const found = [...document.querySelectorAll("#preview article p")].find((p) => p.textContent.includes(text));
    if (!found) return;
    found.classList.add("current");
    found.scrollIntoView({ block: "nearest" });
  }
  showInPreview();

  async function post(url, data) {
    data.set("csrf", csrf);
    const response = await fetch(url, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRF-Token": csrf },
    });
    let body = {};
    try { body = await response.json(); } catch (e) { body = { error: response.status + " " + response.statusText }; }
    return { ok: response.ok, status: response.status, body: body };
  }

  function save(goNext) {
    saving = saving.then(() => saveNow(goNext));
    return saving;
  }

  async function saveNow(goNext) {
    if (!form()) return true;
    if (!goNext && !dirty()) return true;
    const data = new FormData(form());
    if (goNext) data.set("go", "next");
    if (overwrite) data.set("overwrite", "1");
    status(texts.saving, "saving");
    let reply;
    try {
      reply = await post("/answer", data);
    } catch (e) {
      status(texts.offline, "error");
      return false;
    }
    const check = $("#check");
    if (reply.ok) {
      overwrite = false;
      $("#banner").hidden = true;
      swap(reply.body, !goNext && !reply.body.warning);
      if ($("#check")) $("#check").textContent = reply.body.warning || "";
      status(texts.saved + " " + new Date().toLocaleTimeString(document.documentElement.lang || undefined), "saved");
      return true;
    }
    if (check) check.textContent = reply.body.error || "";
    if (reply.body.kind === "edited") $("#banner").hidden = false;
    if (reply.body.kind === "other-tab" || reply.body.kind === "structure") offerReload(check);
    status(texts.unsaved, "error");
    return false;
  }

  function offerReload(check) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = texts.load;
    button.addEventListener("click", () => { location.href = "/?field=" + form().elements.field.value; });
    check.append(" ", button);
  }

  const texts = JSON.parse(document.getElementById("texts").textContent);

  document.addEventListener("input", (event) => {
    if (event.target !== input()) return;
    clearTimeout(timer);
    status(texts.typing, "");
    timer = setTimeout(() => save(false), WAIT);
  });

  document.addEventListener("keydown", (event) => {
    // Ctrl+Enter saves and goes on; so does Enter in a point, which is one line however long it runs
    const oneLine = event.target === input() && input().dataset.oneLine && !event.shiftKey && !event.isComposing;
    if (event.target === input() && event.key === "Enter" && (event.ctrlKey || event.metaKey || oneLine)) {
      event.preventDefault();
      clearTimeout(timer);
      save(true);
    }
  });

  document.addEventListener("submit", async (event) => {
    const target = event.target;
    if (!(target instanceof HTMLFormElement)) return;
    event.preventDefault();
    clearTimeout(timer);
    if (target.id === "answer") { save(true); return; }
    if (!(await save(false))) return;
    const data = new FormData(target);
    if (event.submitter && event.submitter.name) data.set(event.submitter.name, event.submitter.value);
    const reply = await post(target.getAttribute("action"), data);
    if (reply.ok) { swap(reply.body, false); status(texts.saved + " " + new Date().toLocaleTimeString(document.documentElement.lang || undefined), "saved"); }
    else { const check = $("#check"); if (check) check.textContent = reply.body.error || ""; status(texts.unsaved, "error"); }
  });

  document.addEventListener("click", async (event) => {
    const link = event.target.closest("a[data-field]");
    if (!link) return;
    event.preventDefault();
    clearTimeout(timer);
    await save(false); // a field that cannot be saved (an impossible date) stays in hand: its message shows
    if (dirty()) return;
    const response = await fetch("/view?field=" + link.dataset.field, { headers: { "Accept": "application/json" }, credentials: "same-origin" });
    if (response.ok) swap(await response.json(), false);
  });

  $("#reload").addEventListener("click", async () => {
    const typed = input() ? input().value : null;
    const reply = await post("/reload", new FormData(form() || undefined));
    if (!reply.ok) { status(reply.body.error || texts.unsaved, "error"); return; }
    swap(reply.body, false);
    $("#banner").hidden = true;
    if (typed !== null && input() && typed !== input().value) { input().value = typed; status(texts.kept, "error"); }
  });

  $("#overwrite").addEventListener("click", () => {
    overwrite = true;
    $("#banner").hidden = true;
    save(false);
  });

  // another program's edit shows before the next save would find it
  setInterval(async () => {
    try {
      const response = await fetch("/status", { credentials: "same-origin" });
      if (response.ok && (await response.json()).edited && !overwrite) $("#banner").hidden = false;
    } catch (e) { /* the server stopped: the next save says so */ }
  }, 3000);

  // leaving the page (closing the tab) sends the field in hand once more
  window.addEventListener("pagehide", () => {
    if (!dirty()) return;
    const data = new FormData(form());
    data.set("csrf", csrf);
    navigator.sendBeacon("/answer", data);
  });
})();
