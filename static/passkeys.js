// Passkeys: the browser's half of the two WebAuthn ceremonies, loaded only
// on the pages that offer them (login, the code step, security settings).
//
// Each ceremony is a form the server renders with a hidden `credential`
// field: on submit this script asks the server for options (a challenge
// kept in the session), hands them to navigator.credentials, and sends the
// form on with the browser's answer as JSON. Binary fields travel as
// unpadded base64url both ways, as webauthn-rs expects.
(() => {
  "use strict";
  if (!window.PublicKeyCredential || !navigator.credentials) return;

  const messages = (() => {
    try { return JSON.parse(document.getElementById("messages").textContent); } catch (_) { return {}; }
  })();
  const say = (key) => messages[key] || key;

  const decode = (text) => {
    const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const raw = atob(b64 + "===".slice((b64.length + 3) % 4));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0)).buffer;
  };
  const encode = (buffer) => {
    let raw = "";
    new Uint8Array(buffer).forEach((b) => { raw += String.fromCharCode(b); });
    return btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };
  const descriptors = (list) => (list || []).map((c) => Object.assign({}, c, { id: decode(c.id) }));

  function creationOptions(json) {
    const pk = Object.assign({}, json.publicKey);
    pk.challenge = decode(pk.challenge);
    pk.user = Object.assign({}, pk.user, { id: decode(pk.user.id) });
    pk.excludeCredentials = descriptors(pk.excludeCredentials);
    return pk;
  }

  function requestOptions(json) {
    const pk = Object.assign({}, json.publicKey);
    pk.challenge = decode(pk.challenge);
    pk.allowCredentials = descriptors(pk.allowCredentials);
    return pk;
  }

  function answer(cred) {
    const r = cred.response;
    const response = { clientDataJSON: encode(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = encode(r.attestationObject);
      if (r.getTransports) response.transports = r.getTransports();
    } else {
      response.authenticatorData = encode(r.authenticatorData);
      response.signature = encode(r.signature);
      response.userHandle = r.userHandle ? encode(r.userHandle) : null;
    }
    return JSON.stringify({
      id: cred.id,
      rawId: encode(cred.rawId),
      type: cred.type,
      response,
      extensions: cred.getClientExtensionResults ? cred.getClientExtensionResults() : {},
    });
  }

  // The form's fields go along (the CSRF token; when adding a passkey, the
  // current password if the page asks for it).
  // Errors this script words itself (the rest are shown as a generic
  // failure, never as a browser's exception text).
  const refused = (text) => Object.assign(new Error(text), { ours: true });

  async function options(form, signal) {
    const body = new URLSearchParams(new FormData(form));
    body.delete("credential");
    const resp = await fetch(form.dataset.options, {
      method: "POST",
      body,
      signal,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    if (resp.status === 429) throw refused(say("js-passkey-too-many"));
    const json = await resp.json().catch(() => ({}));
    if (resp.ok && json.publicKey) return json;
    throw refused(json.error || say("js-passkey-failed"));
  }

  function showError(form, text) {
    const el = form.querySelector("[data-passkey-error]");
    if (!el) return;
    el.textContent = text;
    el.hidden = false;
  }

  // The person closed the browser's dialog, or the authenticator refused:
  // say so in words, not as an exception name.
  function explain(err) {
    if (err && err.name === "NotAllowedError") return say("js-passkey-cancelled");
    if (err && err.name === "InvalidStateError") return say("js-passkey-already");
    if (err && err.name === "AbortError") return null;
    return (err && err.ours) ? err.message : say("js-passkey-failed");
  }

  function send(form, credential) {
    form.dataset.sent = "1";
    form.elements.credential.value = credential;
    HTMLFormElement.prototype.submit.call(form);
  }

  // ---- Adding a passkey (settings).
  document.querySelectorAll("[data-passkey-unsupported]").forEach((el) => { el.hidden = true; });
  document.querySelectorAll("form[data-passkey=register]").forEach((form) => {
    form.hidden = false;
    let busy = false;
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (busy) return;
      busy = true;
      try {
        const json = await options(form);
        const cred = await navigator.credentials.create({ publicKey: creationOptions(json) });
        send(form, answer(cred));
      } catch (err) {
        const text = explain(err);
        if (text) showError(form, text);
        busy = false;
      }
    });
  });

  // ---- Signing in (login page, code step). A button starts the browser's
  // passkey dialog; on the login page the name field also offers passkeys
  // in its autofill list (conditional mediation) whenever it is focused
  // and no other request is under way. Each request has its own challenge.
  const form = document.querySelector("form[data-passkey=login]");
  if (!form) return;
  form.hidden = false;
  let pending = null;

  async function signIn(mediation) {
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      const json = await options(form, controller.signal);
      const request = { publicKey: requestOptions(json), signal: controller.signal };
      if (mediation) request.mediation = mediation;
      const cred = await navigator.credentials.get(request);
      if (cred) send(form, answer(cred));
    } catch (err) {
      const text = explain(err);
      if (text && !mediation) showError(form, text);
    } finally {
      if (pending === controller) pending = null;
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!form.dataset.sent) signIn(null);
  });

  const field = document.querySelector("input[autocomplete~=webauthn]");
  if (field && PublicKeyCredential.isConditionalMediationAvailable) {
    field.addEventListener("focus", async () => {
      if (pending || !(await PublicKeyCredential.isConditionalMediationAvailable())) return;
      if (!pending && !form.dataset.sent) signIn("conditional");
    });
  }
})();
