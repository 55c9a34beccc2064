// Live notifications: keeps the unread badge (and the list, when open) in
// step over one EventSource, and shows a short toast for each new one.
// EventSource reconnects by itself and sends Last-Event-ID, so the server
// replays what was missed in between.
(() => {
  "use strict";
  if (!window.EventSource) return;
  const badge = document.getElementById("unread-badge");
  const toasts = document.getElementById("toasts");
  const list = document.getElementById("notification-list");

  function setCount(n) {
    if (!badge) return;
    badge.textContent = String(n);
    badge.setAttribute("aria-label", n + " unread");
    badge.hidden = n === 0;
  }

  function toast(text) {
    if (!toasts) return;
    const el = document.createElement("div");
    el.className = "toast";
    el.textContent = text;
    toasts.appendChild(el);
    setTimeout(() => el.remove(), 5000);
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
  window.addEventListener("pageshow", (e) => {
    // A list restored from the cache may have missed items: reload it.
    if (e.persisted && list) window.location.reload();
    else open();
  });
  open();
})();
