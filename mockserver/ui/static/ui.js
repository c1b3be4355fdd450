// The dashboard's progressive enhancement: live regions polled and merged row by row, and the
// controls sent to the admin API as JSON. Without this script every page still renders.
"use strict";

const POLL_MS = 1000;

function formatUtc(ms) {
  const d = new Date(ms);
  return d.toISOString().replace("T", " ").replace("Z", "");
}

// Replace the children of `target` by those of `fresh`, keeping every old child whose id and
// data-version are unchanged (so a playing video or an open <details> is left alone).
function merge(target, fresh) {
  const old = new Map();
  for (const child of target.children) old.set(child.id, child);
  const wanted = [];
  for (const child of [...fresh.children]) {
    const kept = old.get(child.id);
    wanted.push(kept && kept.dataset.version === child.dataset.version ? kept : child);
  }
  wanted.forEach((node, i) => {
    if (target.children[i] !== node) target.insertBefore(node, target.children[i] || null);
  });
  while (target.children.length > wanted.length) target.lastElementChild.remove();
}

async function refreshRegion(region) {
  const answer = await fetch(region.dataset.live, { cache: "no-store" });
  if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
  const html = await answer.text();
  // Rows parse only inside a table; anything else inside a <div>.
  const isBody = region.tagName === "TBODY";
  const holder = document.createElement(isBody ? "table" : "div");
  holder.innerHTML = isBody ? `<tbody>${html}</tbody>` : html;
  merge(region, isBody ? holder.tBodies[0] : holder);
}

async function refreshClock() {
  const answer = await fetch("/__mock/clock", { cache: "no-store" });
  if (!answer.ok) return;
  const clock = await answer.json();
  const now = document.getElementById("clock-now");
  now.dataset.now = clock.now_ms;
  now.textContent = formatUtc(clock.now_ms);
  document.getElementById("clock-state").textContent =
    clock.frozen ? "frozen" : `running at ×${clock.speed}`;
}

let polling = false;
async function poll() {
  if (polling || document.hidden) return;
  polling = true;
  try {
    await refreshClock();
    for (const region of document.querySelectorAll("[data-live]")) await refreshRegion(region);
    document.body.dataset.polled = String(Date.now());
    document.body.classList.remove("offline");
  } catch (error) {
    document.body.classList.add("offline");
  } finally {
    polling = false;
  }
}

function say(text, failed) {
  const status = document.getElementById("control-status");
  status.textContent = text;
  status.classList.toggle("failure", Boolean(failed));
}

// The JSON a control sends: a fixed data-payload, the raw text of one field (data-raw), or
// the form's fields (number inputs as numbers).
function payloadOf(element) {
  if (element.dataset.payload !== undefined) return element.dataset.payload;
  if (element.dataset.raw) return element.elements[element.dataset.raw].value;
  const body = {};
  for (const field of element.elements) {
    if (!field.name) continue;
    body[field.name] = field.type === "number" ? Number(field.value) : field.value;
  }
  return JSON.stringify(body);
}

// A form with data-answer shows, in its data-raw field, that part of the admin API's answer (the
// plan or the limits now in force), whether its own submit or one of its buttons sent the call.
function showAnswer(element, parsed) {
  const form = element.closest("form[data-answer]");
  if (form && parsed[form.dataset.answer] !== undefined) {
    form.elements[form.dataset.raw].value = JSON.stringify(parsed[form.dataset.answer]);
  }
}

async function send(element) {
  const method = element.dataset.method || "POST";
  const csrf = document.querySelector('meta[name="kling-csrf"]').content;
  const init = { method, headers: { "Content-Type": "application/json", "X-Mock-CSRF": csrf } };
  if (method !== "DELETE") init.body = payloadOf(element);
  try {
    const answer = await fetch(element.dataset.admin, init);
    const text = await answer.text();
    let shown = text;
    try {
      const parsed = JSON.parse(text);
      shown = parsed.message || parsed.error || JSON.stringify(parsed);
      showAnswer(element, parsed);
    } catch (ignored) { /* not JSON: show the text */ }
    say(`${method} ${element.dataset.admin}: ${answer.status} ${shown}`, !answer.ok);
  } catch (error) {
    say(`${method} ${element.dataset.admin} failed: ${error}`, true);
  }
  await poll();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form[data-admin]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      send(form);
    });
  });
  document.querySelectorAll("button[data-admin]").forEach((button) => {
    button.addEventListener("click", () => send(button));
  });
  setInterval(poll, POLL_MS);
  document.addEventListener("visibilitychange", poll);
});
