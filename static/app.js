// Quill's one script. Every page works without it; it adds, where it can:
// live notifications (badge, toast, list), relative times, protection from
// double submits, and like/follow without a full reload. No framework, no
// build step; the CSP allows only this file (no inline script or style).
(() => {
  "use strict";

  // The page's words for what this script writes, in the page's language
  // (the server puts them in <script id="messages" type="application/json">);
  // {name} marks where a value goes.
  const messages = (() => {
    try { return JSON.parse(document.getElementById("messages").textContent); } catch (_) { return {}; }
  })();
  const say = (key, values) => (messages[key] || "").replace(/\{(\w+)\}/g, (_, k) => (values && k in values ? values[k] : ""));

  const toasts = document.getElementById("toasts");
  function toast(text) {
    if (!toasts || !text) return;
    const el = document.createElement("div");
    el.className = "toast";
    el.textContent = text;
    toasts.appendChild(el);
    setTimeout(() => el.remove(), 5000);
  }

  // ---- Relative times: "3 hours ago" for the past week, the date after.
  // The server writes the date; the exact time stays in the tooltip.
  const rtf = window.Intl && Intl.RelativeTimeFormat
    ? new Intl.RelativeTimeFormat(document.documentElement.lang || "en", { numeric: "auto" })
    : null;
  function relative(el) {
    const at = Date.parse(el.getAttribute("datetime"));
    if (!rtf || Number.isNaN(at)) return;
    const s = (at - Date.now()) / 1000;
    const abs = Math.abs(s);
    if (abs > 7 * 86400) return;
    if (!el.title) el.title = new Date(at).toLocaleString();
    if (abs < 45) el.textContent = say("js-just-now");
    else if (abs < 3600) el.textContent = rtf.format(Math.round(s / 60), "minute");
    else if (abs < 86400) el.textContent = rtf.format(Math.round(s / 3600), "hour");
    else el.textContent = rtf.format(Math.round(s / 86400), "day");
  }
  const times = (root) => root.querySelectorAll("time[datetime]").forEach(relative);
  times(document);
  setInterval(() => times(document), 60000);

  // ---- Forms: one submission each, and like/follow in place.
  // A region marked data-swap (with an id) is replaced by the same region
  // of the page the server answers with; if anything goes wrong the form
  // is sent the ordinary way, so the action still happens.
  async function swap(form, region) {
    const resp = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { Accept: "text/html" },
    });
    if (!resp.ok) throw new Error("status " + resp.status);
    const doc = new DOMParser().parseFromString(await resp.text(), "text/html");
    const fresh = doc.getElementById(region.id);
    if (!fresh) throw new Error("the answer has no #" + region.id);
    const node = document.importNode(fresh, true);
    region.replaceWith(node);
    times(node);
    const button = node.querySelector("button");
    if (button) button.focus();
    const flash = doc.querySelector(".flash");
    if (flash) toast(flash.textContent.trim());
  }

  // A navigation stopped by the person (Esc during a slow upload) must not
  // leave the form locked for good.
  const UNLOCK_AFTER_MS = 20000;

  function release(form) {
    delete form.dataset.busy;
    form.querySelectorAll("button").forEach((b) => { b.disabled = false; });
  }

  document.addEventListener("submit", (e) => {
    const form = e.target;
    // Taken over by another handler (a passkey ceremony comes first).
    if (e.defaultPrevented) return;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
    if (form.dataset.busy) {
      e.preventDefault();
      return;
    }
    form.dataset.busy = "1";
    const region = form.closest("[data-swap]");
    if (region && region.id && window.fetch) {
      e.preventDefault();
      swap(form, region).catch(() => form.submit());
      return;
    }
    // After this event, so the pressed button's name and value still go.
    setTimeout(() => form.querySelectorAll("button").forEach((b) => { b.disabled = true; }), 0);
    setTimeout(() => release(form), UNLOCK_AFTER_MS);
  });
  // A page restored by Back must not keep its buttons disabled.
  window.addEventListener("pageshow", () => document.querySelectorAll("form[data-busy]").forEach(release));

  // ---- Live notifications, for logged-in pages (they have the badge).
  const badge = document.getElementById("unread-badge");
  if (!badge || !window.EventSource) return;
  const list = document.getElementById("notification-list");

  function setCount(n) {
    badge.textContent = String(n);
    badge.setAttribute("aria-label", say("js-unread", { count: n }));
    badge.hidden = n === 0;
  }

  function prepend(data) {
    if (!list) return;
    const li = document.createElement("li");
    li.className = "notification unread";
    const p = document.createElement("p");
    p.textContent = data.text;
    li.appendChild(p);
    list.prepend(li);
    const empty = document.getElementById("notifications-empty");
    if (empty) empty.remove();
  }

  // Every open stream holds one of the browser's six HTTP/1.1 connections
  // to this host, and a page kept in the back/forward cache keeps its
  // stream open: close it when the page is hidden, open a fresh one when
  // it comes back (the server starts each stream with the current count).
  let source = null;
  function open() {
    if (source) return;
    source = new EventSource("/notifications/stream");
    source.addEventListener("notification", (e) => {
      const data = JSON.parse(e.data);
      setCount(data.unread_count);
      toast(data.text);
      prepend(data);
    });
    source.addEventListener("unread", (e) => setCount(JSON.parse(e.data).unread_count));
    // This person opened too many streams (tabs); the server closed this
    // one, the oldest. Reconnecting at once would push out the next one, so
    // wait until this tab is looked at again.
    source.addEventListener("closed", close);
    // Too far behind to catch up event by event: the page is the truth.
    source.addEventListener("refresh", () => {
      if (list) window.location.reload();
    });
  }
  function close() {
    if (source) source.close();
    source = null;
  }
  window.addEventListener("pagehide", close);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") open();
  });
  window.addEventListener("pageshow", (e) => {
    // A list restored from the cache may have missed items: reload it.
    if (e.persisted && list) window.location.reload();
    else open();
  });
  open();

  // ---- Scheduling: the server reads the chosen time in the writer's zone,
  // so the form sends that zone's offset for that date (summer time too).
  document.querySelectorAll("input[data-tz-offset]").forEach((tz) => {
    const form = tz.form;
    const at = form && form.querySelector("input[name=publish_at]");
    if (!form || !at) return;
    const hint = form.querySelector("[data-tz-hint]");
    const minutes = -new Date().getTimezoneOffset();
    const sign = minutes < 0 ? "-" : "+";
    const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
    const mm = String(Math.abs(minutes) % 60).padStart(2, "0");
    if (hint) hint.textContent = say("js-local-time", { offset: sign + hh + ":" + mm });
    // A time shown back unchanged keeps the zone it was typed in (edited
    // from elsewhere, it must not move).
    const shown = at.value;
    form.addEventListener("submit", () => {
      if (at.value && at.value === shown && tz.value !== "") return;
      const when = at.value ? new Date(at.value) : new Date();
      tz.value = String(isNaN(when) ? new Date().getTimezoneOffset() : when.getTimezoneOffset());
    });
  });

  // ---- Pictures in the text: "Add picture", paste or drop uploads each
  // and puts its reference at the cursor. Without this script the form's
  // own file field and references by file name do the same.
  const pictures = document.querySelector("[data-pictures]");
  const body = document.getElementById("body");
  if (pictures && body && body.form) {
    const form = body.form;
    const csrf = form.querySelector("input[name=csrf_token]");
    const picker = pictures.querySelector("input[type=file]");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = say("js-add-picture");
    const status = document.createElement("p");
    status.className = "hint";
    status.setAttribute("role", "status");
    pictures.insertBefore(button, picker);
    pictures.appendChild(status);
    picker.hidden = true;
    picker.removeAttribute("name");
    button.addEventListener("click", () => picker.click());

    const insert = (text) => {
      const start = body.selectionStart ?? body.value.length;
      const end = body.selectionEnd ?? start;
      const before = body.value.slice(0, start);
      const pad = before && !before.endsWith("\n") ? "\n\n" : "";
      body.value = before + pad + text + "\n\n" + body.value.slice(end);
      // The cursor between the brackets: the description comes next.
      const at = before.length + pad + 2;
      body.focus();
      body.setSelectionRange(at, at);
    };
    const upload = async (file) => {
      if (!file || !file.type.startsWith("image/")) return;
      status.textContent = say("js-adding-picture", { name: file.name || say("js-the-picture") });
      const data = new FormData();
      if (csrf) data.append("csrf_token", csrf.value);
      data.append("picture", file, file.name || "pasted.png");
      try {
        const resp = await fetch("/posts/pictures", { method: "POST", body: data, credentials: "same-origin", headers: { Accept: "application/json" } });
        if (!resp.ok) throw new Error(say(resp.status === 413 ? "js-picture-too-large" : resp.status === 429 ? "js-picture-too-many" : "js-picture-unusable"));
        const json = await resp.json();
        insert(json.markdown);
        status.textContent = say("js-picture-added");
      } catch (e) {
        status.textContent = say("js-picture-failed", { reason: e.message });
      }
    };
    picker.addEventListener("change", async () => {
      for (const f of picker.files) await upload(f);
      picker.value = "";
    });
    body.addEventListener("paste", (e) => {
      const files = [...(e.clipboardData?.files || [])].filter((f) => f.type.startsWith("image/"));
      if (!files.length) return;
      e.preventDefault();
      files.reduce((p, f) => p.then(() => upload(f)), Promise.resolve());
    });
    body.addEventListener("dragover", (e) => { if (e.dataTransfer?.types.includes("Files")) e.preventDefault(); });
    body.addEventListener("drop", (e) => {
      const files = [...(e.dataTransfer?.files || [])].filter((f) => f.type.startsWith("image/"));
      if (!files.length) return;
      e.preventDefault();
      files.reduce((p, f) => p.then(() => upload(f)), Promise.resolve());
    });
  }

  // ---- Replies: "Reply" moves the one comment form under that comment
  // and makes it an answer; without this the link opens the page with
  // ?reply=ID, whose form answers that comment the same way.
  const commentForm = document.getElementById("comment-form");
  if (commentForm) {
    const home = commentForm.parentNode;
    const homeNext = commentForm.nextSibling;
    const label = commentForm.querySelector("label[for=comment-body]");
    const submit = commentForm.querySelector("button[type=submit]");
    const field = (name) => commentForm.querySelector("input[name=" + name + "]");
    const reset = () => {
      field("parent_id")?.remove();
      commentForm.querySelector("[data-replying]")?.remove();
      label.textContent = say("js-add-comment");
      submit.textContent = say("js-comment");
      home.insertBefore(commentForm, homeNext);
    };
    document.addEventListener("click", (e) => {
      const link = e.target.closest && e.target.closest("a[data-reply]");
      if (!link) return;
      const li = document.getElementById("comment-" + link.dataset.reply);
      if (!li) return;
      e.preventDefault();
      reset();
      const parent = document.createElement("input");
      parent.type = "hidden";
      parent.name = "parent_id";
      parent.value = link.dataset.reply;
      commentForm.prepend(parent);
      const note = document.createElement("p");
      note.className = "replying";
      note.dataset.replying = "";
      note.append(say("js-replying-to", { name: link.dataset.replyName }) + " · ");
      const cancel = document.createElement("button");
      cancel.type = "button";
      cancel.className = "link small";
      cancel.textContent = say("js-cancel");
      cancel.addEventListener("click", () => { reset(); link.focus(); });
      note.append(cancel);
      parent.after(note);
      label.textContent = say("js-your-reply");
      submit.textContent = say("js-reply");
      li.querySelector(".comment-card").after(commentForm);
      commentForm.querySelector("textarea").focus();
    });
  }

  // ---- @name suggestions in the write and comment forms: type @ and a
  // letter, pick with the arrows and Enter (or Tab), or keep typing.
  // A listbox tied to the textarea (ARIA combobox); the text is plain
  // without it.
  const mentionFields = document.querySelectorAll("textarea[data-mentions], textarea#body");
  let menuSeq = 0;
  mentionFields.forEach((area) => {
    const menu = document.createElement("ul");
    menu.id = "mention-menu-" + ++menuSeq;
    menu.className = "mention-menu";
    menu.setAttribute("role", "listbox");
    menu.setAttribute("aria-label", say("js-mention-menu"));
    menu.hidden = true;
    area.after(menu);
    area.setAttribute("aria-controls", menu.id);
    area.setAttribute("aria-autocomplete", "list");
    let items = [];
    let active = -1;
    let asked = "";
    const word = () => {
      const upto = area.value.slice(0, area.selectionStart);
      const m = /(?:^|[^\w@.\/])@(\w{1,30})$/.exec(upto);
      return m ? { name: m[1], start: upto.length - m[1].length } : null;
    };
    const close = () => {
      menu.hidden = true;
      items = [];
      active = -1;
      area.removeAttribute("aria-activedescendant");
    };
    const choose = (k) => {
      const w = word();
      if (!w || !items[k]) return close();
      const name = items[k].username;
      const end = area.selectionStart;
      area.value = area.value.slice(0, w.start) + name + " " + area.value.slice(end);
      const at = w.start + name.length + 1;
      area.setSelectionRange(at, at);
      close();
      area.focus();
    };
    const highlight = (k) => {
      active = k;
      [...menu.children].forEach((li, i) => li.setAttribute("aria-selected", i === k ? "true" : "false"));
      if (k >= 0) area.setAttribute("aria-activedescendant", menu.id + "-" + k);
    };
    const show = (list) => {
      items = list;
      menu.replaceChildren(...list.map((p, i) => {
        const li = document.createElement("li");
        li.id = menu.id + "-" + i;
        li.setAttribute("role", "option");
        li.textContent = "@" + p.username + (p.display_name ? " · " + p.display_name : "");
        li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
        return li;
      }));
      menu.hidden = list.length === 0;
      highlight(list.length ? 0 : -1);
    };
    area.addEventListener("input", async () => {
      const w = word();
      if (!w) return close();
      asked = w.name.toLowerCase();
      try {
        const resp = await fetch("/mentions/suggest?q=" + encodeURIComponent(asked), { credentials: "same-origin", headers: { Accept: "application/json" } });
        if (!resp.ok) return close();
        const list = await resp.json();
        const now = word();
        if (now && now.name.toLowerCase() === asked) show(list);
      } catch (e) {
        close();
      }
    });
    area.addEventListener("keydown", (e) => {
      if (menu.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if (e.key === "Enter" || e.key === "Tab") { if (active >= 0) { e.preventDefault(); choose(active); } }
      else if (e.key === "Escape") { e.preventDefault(); close(); }
    });
    area.addEventListener("blur", close);
  });
})();
