// riskevents review page. Document text is only ever put into the page with textContent (never innerHTML).
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const S = { reviewer: "", config: null, list: [], idx: -1, current: null, started: false, };

  function message(text) { $("message").textContent = text || ""; }

  // Every action runs after the previous one finished: keys pressed quickly are queued, never dropped or reordered.
  S.queue = Promise.resolve();
  function enqueue(fn) {
    S.queue = S.queue.then(() => fn()).catch((e) => message(e.message));
    return S.queue;
  }

  async function api(path, body) {
    const opts = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
    const r = await fetch(path, opts);
    const data = await r.json().catch(() => ({}));
    if (!r.ok) { throw new Error(data.detail ? JSON.stringify(data.detail) : r.statusText); }
    return data;
  }

  function fillSelect(sel, values, labels) {
    for (const v of values) {
      const o = document.createElement("option");
      o.value = v; o.textContent = labels ? labels(v) : v;
      sel.appendChild(o);
    }
  }

  function filterQuery() {
    const q = new URLSearchParams({ reviewer: S.reviewer });
    const add = (k, id) => { const v = $(id).value; if (v !== "") q.set(k, v); };
    add("type", "f-type"); add("rule", "f-rule"); add("kind", "f-kind");
    add("min_conf", "f-min"); add("max_conf", "f-max");
    if ($("f-undecided").checked) q.set("undecided", "true");
    return q.toString();
  }

  async function loadList(keepId) {
    const data = await api("/api/items?" + filterQuery());
    S.list = data.items;
    S.progress = data;
    let idx = -1;
    const want = keepId !== undefined ? keepId : (!S.started ? data.position : null);
    if (want) { idx = S.list.findIndex((it) => it.event_id === want); }
    if (idx < 0 && !S.started) { idx = S.list.findIndex((it) => !it.decision); }
    if (idx < 0) { idx = Math.min(Math.max(S.idx, 0), S.list.length - 1); }
    S.started = true;
    await show(idx);
  }

  function progressText() {
    const p = S.progress || { total: 0, decided: 0 };
    const filteredDecided = S.list.filter((it) => it.decision).length;
    return `${p.decided} / ${p.total} decided · item ${S.idx + 1} of ${S.list.length}` +
      ` (${filteredDecided} decided in view)`;
  }

  async function show(idx) {
    if (!S.list.length || idx < 0) {
      S.idx = -1; S.current = null;
      $("card").hidden = true; $("empty").hidden = false;
      $("progress").textContent = progressText();
      return;
    }
    S.idx = Math.min(idx, S.list.length - 1);
    const id = S.list[S.idx].event_id;
    const data = await api(`/api/item/${encodeURIComponent(id)}?reviewer=${encodeURIComponent(S.reviewer)}`);
    S.current = data;
    render(data);
    // awaited, so that positions are stored in the order the reviewer moved
    await api("/api/position", { reviewer: S.reviewer, event_id: id }).catch(() => {});
  }

  function render(data) {
    const it = data.item, st = data.state;
    $("empty").hidden = true; $("card").hidden = false;
    const banner = $("kind-banner");
    banner.className = it.kind;
    banner.textContent = it.kind === "candidate" ? "Possible missed event (no rule fired here): " +
      "select the trigger and press n to add it, a to accept the suggestion, x if there is no event" :
      it.kind === "added" ? `Added by ${it.added_by || "a reviewer"}` : "";
    $("v-type").textContent = st.event_type + (st.event_type !== it.event_type ? ` (was ${it.event_type})` : "");
    $("v-status").textContent = st.status + (st.status !== it.status ? ` (was ${it.status})` : "");
    $("v-section").textContent = [it.section, it.section_title].filter(Boolean).join(" · ");
    $("v-confidence").textContent = it.confidence === null || it.confidence === undefined ? "" : String(it.confidence);
    $("v-rule").textContent = it.rule_id || "";
    $("v-doc").textContent = `${it.doc_id} @ ${st.start}:${st.end}`;
    const dec = $("v-decision");
    dec.textContent = st.decision || "undecided";
    dec.className = st.decision ? "decision-" + st.decision : "";
    $("v-others").textContent = (data.others || []).map((o) => `${o.reviewer}: ${o.decision || "—"}`).join(", ");
    const ctx = $("context");
    ctx.replaceChildren();
    for (const seg of data.context.segments) {
      const span = document.createElement("span");
      span.dataset.start = String(seg.start);
      span.dataset.end = String(seg.end);
      for (const c of seg.classes) span.classList.add(c);
      span.textContent = seg.text;
      ctx.appendChild(span);
    }
    $("comment").value = st.comment || "";
    $("type-select").value = st.event_type;
    $("status-select").value = st.status;
    $("type-picker").hidden = true; $("status-picker").hidden = true; $("add-panel").hidden = true;
    $("progress").textContent = progressText();
  }

  async function refreshCurrent() {
    const id = S.current ? S.current.item.event_id : undefined;
    await loadList(id);
  }

  async function act(action, payload, advance) {
    if (!S.current) return;
    try {
      await api("/api/decide", { reviewer: S.reviewer, event_id: S.current.item.event_id, action, payload: payload || {} });
      message("");
      const id = S.current.item.event_id;
      const pos = S.idx;
      await loadList(id);
      if (advance) {
        const stillHere = S.list.findIndex((x) => x.event_id === id);
        await show(stillHere >= 0 ? Math.min(stillHere + 1, S.list.length - 1) : Math.min(pos, S.list.length - 1));
      }
    } catch (e) { message(e.message); }
  }

  function cpLen(s) { return Array.from(s).length; }  // code points: the server's offsets are Python str offsets

  function pointOffset(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const seg = node.parentElement.closest("[data-start]");
      if (!seg) return null;
      return Number(seg.dataset.start) + cpLen(node.data.slice(0, offset));
    }
    const el = node.nodeType === Node.ELEMENT_NODE ? node : null;
    if (!el) return null;
    if (el.dataset && el.dataset.start !== undefined) {
      return offset === 0 ? Number(el.dataset.start) : Number(el.dataset.end);
    }
    const kids = el.childNodes;
    if (offset < kids.length && kids[offset].dataset) return Number(kids[offset].dataset.start);
    if (offset > 0 && kids[offset - 1] && kids[offset - 1].dataset) return Number(kids[offset - 1].dataset.end);
    return null;
  }

  function selectionSpan() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    if (!$("context").contains(r.commonAncestorContainer)) return null;
    const a = pointOffset(r.startContainer, r.startOffset), b = pointOffset(r.endContainer, r.endOffset);
    if (a === null || b === null || b <= a) return null;
    return { start: a, end: b, text: sel.toString() };
  }

  function openPicker(which) {
    if (!S.current) return;
    const picker = $(which + "-picker");
    picker.hidden = false;
    $(which + "-select").focus();
  }

  async function commitPicker(which) {
    const value = $(which + "-select").value;
    $(which + "-picker").hidden = true;
    if (which === "type") await act("type", { type: value }, false);
    else await act("status", { status: value }, false);
    document.activeElement && document.activeElement.blur();
  }

  function setBounds() {
    const span = selectionSpan();
    if (!span) { message("select the trigger words in the text first"); return; }
    return act("boundaries", { start: span.start, end: span.end }, false);
  }

  function openAdd() {
    if (!S.current) return;
    const span = selectionSpan();
    if (!span) { message("select the words of the missed event in the text first"); return; }
    S.pending = span;
    $("add-text").textContent = span.text;
    const it = S.current.item;
    $("add-type").value = it.kind === "candidate" && it.event_type ? it.event_type : $("add-type").value;
    $("add-panel").hidden = false;
    $("add-type").focus();
  }

  async function saveAdd() {
    if (!S.pending) return;
    const it = S.current.item;
    try {
      const r = await api("/api/add", {
        reviewer: S.reviewer, doc_id: it.doc_id, start: S.pending.start, end: S.pending.end,
        type: $("add-type").value, status: $("add-status").value, comment: $("add-comment").value,
        from_item: it.kind === "candidate" ? it.event_id : null });
      $("add-panel").hidden = true; $("add-comment").value = ""; S.pending = null;
      message(`added ${r.item.event_type} “${r.item.trigger}”`);
      document.activeElement && document.activeElement.blur();
      await loadList(it.event_id);
    } catch (e) { message(e.message); }
  }

  async function acceptItem() {
    if (!S.current) return;
    const it = S.current.item;
    if (it.kind === "candidate") {
      if (!it.event_type) { message("no suggested type: select the trigger and press n"); return; }
      S.pending = { start: it.start, end: it.end, text: it.trigger };
      $("add-type").value = it.event_type; $("add-status").value = "actual";
      await saveAdd();
      await show(Math.min(S.idx + 1, S.list.length - 1));
      return;
    }
    await act("accept", {}, true);
  }

  async function undo() {
    try {
      const r = await api("/api/undo", { reviewer: S.reviewer });
      message(r.event_id ? `undid ${r.action}` : "nothing to undo");
      await loadList(r.event_id || (S.current ? S.current.item.event_id : undefined));
    } catch (e) { message(e.message); }
  }

  async function saveComment() {
    await act("comment", { text: $("comment").value }, false);
    $("comment").blur();
  }

  function onKey(ev) {
    const t = ev.target;
    const inField = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (inField) {
      if (ev.key === "Escape") {
        $("type-picker").hidden = true; $("status-picker").hidden = true; $("add-panel").hidden = true;
        t.blur(); ev.preventDefault();
      } else if (ev.key === "Enter") {
        if (t.id === "type-select") { ev.preventDefault(); enqueue(() => commitPicker("type")); }
        else if (t.id === "status-select") { ev.preventDefault(); enqueue(() => commitPicker("status")); }
        else if (t.closest("#add-panel")) { ev.preventDefault(); enqueue(saveAdd); }
        else if (t.id === "comment" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); enqueue(saveComment); }
        else if (t.id === "reviewer") { ev.preventDefault(); t.blur(); }
      }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const handlers = {
      a: acceptItem, x: () => act("reject", {}, true), t: () => openPicker("type"), s: () => openPicker("status"),
      j: () => show(Math.min(S.idx + 1, S.list.length - 1)), k: () => show(Math.max(S.idx - 1, 0)),
      u: undo, b: setBounds, n: openAdd, c: () => $("comment").focus(),
    };
    const h = handlers[ev.key];
    if (h) {
      ev.preventDefault();
      if (!S.reviewer) { message("enter your name as reviewer first"); $("reviewer").focus(); return; }
      enqueue(h);
    }
  }

  async function setReviewer(name) {
    S.reviewer = (name || "").trim();
    if (S.reviewer) localStorage.setItem("riskevents.reviewer", S.reviewer);
    S.started = false; S.idx = -1;
    if (S.reviewer) await loadList(); else message("enter your name as reviewer to start");
  }

  async function init() {
    S.config = await api("/api/config");
    const c = S.config;
    fillSelect($("f-type"), c.types); fillSelect($("f-rule"), c.rules);
    fillSelect($("type-select"), c.types); fillSelect($("status-select"), c.statuses);
    fillSelect($("add-type"), c.types); fillSelect($("add-status"), c.statuses);
    for (const id of ["f-type", "f-rule", "f-kind", "f-min", "f-max", "f-undecided"]) {
      $(id).addEventListener("change", () => enqueue(() => loadList(S.current ? S.current.item.event_id : undefined)));
    }
    const on = (id, fn) => { $(id).onclick = () => enqueue(fn); };
    on("b-accept", acceptItem); on("b-reject", () => act("reject", {}, true));
    on("b-type", () => openPicker("type")); on("b-status", () => openPicker("status"));
    on("type-ok", () => commitPicker("type")); on("status-ok", () => commitPicker("status"));
    on("b-bounds", setBounds); on("b-add", openAdd); on("add-save", saveAdd);
    $("add-cancel").onclick = () => { $("add-panel").hidden = true; };
    on("comment-save", saveComment); on("b-undo", undo);
    on("b-prev", () => show(Math.max(S.idx - 1, 0)));
    on("b-next", () => show(Math.min(S.idx + 1, S.list.length - 1)));
    $("reviewer").addEventListener("change", (e) => setReviewer(e.target.value));
    document.addEventListener("keydown", onKey);
    const fromUrl = new URLSearchParams(location.search).get("reviewer");
    const name = fromUrl || c.reviewer || localStorage.getItem("riskevents.reviewer") || "";
    $("reviewer").value = name;
    document.body.dataset.ready = "1";
    await setReviewer(name);
    document.body.dataset.loaded = "1";
  }

  window.addEventListener("DOMContentLoaded", () => { init().catch((e) => message(e.message)); });
})();
