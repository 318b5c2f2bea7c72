// Progressive enhancement only: every page works without this file.
"use strict";
(function () {
  // "Near me": the browser's location, only when the person allows it; never stored.
  const near = document.querySelector(".near-me");
  if (near && "geolocation" in navigator) {
    near.hidden = false;
    near.addEventListener("click", () => {
      const form = near.closest("form");
      const help = near.parentElement.querySelector(".help");
      help.textContent = near.dataset.locating;
      navigator.geolocation.getCurrentPosition(
        (position) => {
          const field = form.querySelector("input[name=near]");
          field.value = position.coords.latitude.toFixed(4) + "," + position.coords.longitude.toFixed(4);
          form.submit();
        },
        () => { help.textContent = near.dataset.denied; },
        { maximumAge: 300000, timeout: 15000 }
      );
    });
  }
  // Referral card: print and share.
  const print = document.querySelector("button.print");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", () => window.print());
  }
  const share = document.querySelector("button.share");
  if (share) {
    share.hidden = false;
    share.addEventListener("click", async () => {
      const url = share.dataset.url;
      if (navigator.share) {
        try { await navigator.share({ url: url, title: document.title }); } catch (_) { /* dismissed */ }
      } else if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        share.textContent = share.dataset.copied;
      }
    });
  }
  // Read aloud: the phone's own voice reads a text in its language. Only a voice on the
  // phone itself (localService) is used, so no text or audio leaves it; without one for
  // the text's language the button stays hidden.
  const readers = document.querySelectorAll("button.read-aloud");
  if (readers.length && "speechSynthesis" in window) {
    const speech = window.speechSynthesis;
    const langOf = (el) => (el.closest("[lang]") || document.documentElement).lang.toLowerCase();
    const voiceFor = (lang) => {
      const base = lang.split("-")[0];
      const local = speech.getVoices().filter((v) => v.localService);
      return local.find((v) => v.lang.toLowerCase() === lang)
        || local.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base);
    };
    const scopeOf = (button) => button.closest(".card-side, article") || document;
    const setUp = () => {
      readers.forEach((button) => {
        const texts = Array.from(scopeOf(button).querySelectorAll("[data-speak]"));
        button.hidden = !(texts.length && voiceFor(langOf(texts[0])));
      });
    };
    readers.forEach((button) => {
      const label = button.textContent;
      button.addEventListener("click", () => {
        if (speech.speaking) {
          speech.cancel();
          return;
        }
        const texts = Array.from(scopeOf(button).querySelectorAll("[data-speak]"));
        texts.forEach((el, index) => {
          const lang = langOf(el);
          const voice = voiceFor(lang);
          if (!voice) return;
          const utterance = new SpeechSynthesisUtterance(el.textContent.trim());
          utterance.lang = lang;
          utterance.voice = voice;
          if (index === 0) utterance.onstart = () => { button.textContent = button.dataset.stop; };
          utterance.onend = utterance.onerror = () => {
            if (!speech.speaking && !speech.pending) button.textContent = label;
          };
          speech.speak(utterance);
        });
      });
    });
    setUp();
    speech.addEventListener("voiceschanged", setUp);
  }
  // The saved list: kept in this browser only (local storage); the saved pages go into
  // the browser's cache so that they open without a connection.
  const SAVED_KEY = "nabo-saved";
  const SAVED_CACHE = "nabo-saved";
  const savedList = () => {
    try { return JSON.parse(localStorage.getItem(SAVED_KEY)) || []; } catch (_) { return []; }
  };
  const storeList = (list) => localStorage.setItem(SAVED_KEY, JSON.stringify(list));
  const save = document.querySelector("button.save");
  if (save && "localStorage" in window && "caches" in window) {
    save.hidden = false;
    const mark = () => { save.textContent = save.dataset.done; save.setAttribute("aria-pressed", "true"); };
    if (savedList().some((entry) => entry.page === save.dataset.page)) mark();
    save.addEventListener("click", async () => {
      const entry = {
        id: save.dataset.id,
        name: save.dataset.name,
        lang: save.dataset.nameLang,
        page: save.dataset.page,
        card: save.dataset.card,
        saved: Date.now(),
      };
      const cache = await caches.open(SAVED_CACHE);
      await cache.addAll([entry.page, entry.card, save.dataset.savedList, "/static/app.css", "/static/app.js"]);
      storeList(savedList().filter((e) => e.page !== entry.page).concat([entry]));
      mark();
    });
  }
  const list = document.getElementById("saved-list");
  if (list) {
    document.querySelector(".needs-script").hidden = true;
    const show = () => {
      const entries = savedList();
      document.querySelector(".saved-empty").hidden = entries.length > 0;
      list.replaceChildren(...entries.map((entry) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = entry.page;
        link.textContent = entry.name;
        link.lang = entry.lang;
        link.dir = "auto";
        const card = document.createElement("a");
        card.href = entry.card;
        card.textContent = list.dataset.card;
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "link";
        remove.textContent = list.dataset.remove;
        remove.addEventListener("click", async () => {
          storeList(savedList().filter((e) => e.page !== entry.page));
          if ("caches" in window) {
            const cache = await caches.open(SAVED_CACHE);
            await Promise.all([cache.delete(entry.page), cache.delete(entry.card)]);
          }
          show();
        });
        item.append(link, " ", card, " ", remove);
        return item;
      }));
    };
    show();
  }
  // A page shown from the phone's store says so, and how old it is.
  const rendered = Number(document.body.dataset.rendered);
  const note = document.querySelector(".saved-copy");
  const minutes = (Date.now() - rendered) / 60000;
  if (note && rendered && minutes > 10) {
    const units = [["day", 1440], ["hour", 60], ["minute", 1]];
    const [unit, size] = units.find(([, size]) => minutes >= size);
    const lang = document.documentElement.lang;
    // In the page's language, or (where the browser has no words for it) the date.
    const age = Intl.RelativeTimeFormat.supportedLocalesOf([lang]).length
      ? new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(-Math.floor(minutes / size), unit)
      : new Date(rendered).toISOString().slice(0, 10);
    note.textContent = note.dataset.text.replace("{age}", age);
    note.hidden = false;
  }
  // Referrals: kept in this browser (IndexedDB) until the server has them, each with the
  // id it was made with, so that sending it again after a lost answer counts once.
  const referralForms = document.querySelectorAll("form.referral-form");
  const canQueue = "indexedDB" in window && window.crypto && crypto.getRandomValues;
  const inQueue = (mode, work) => new Promise((resolve, reject) => {
    const opening = indexedDB.open("nabo-referrals", 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore("queue", { keyPath: "id" });
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const tx = db.transaction("queue", mode);
      const request = work(tx.objectStore("queue"));
      tx.oncomplete = () => { db.close(); resolve(request.result); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  });
  const eventId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
  const today = () => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  };
  // Sends what waits: "none" (nothing did), "sent", "refused" (the server will never
  // take it), or "waiting" (offline, signed out, or the server did not answer).
  let sending = null;
  const sendQueued = () => sending || (sending = (async () => {
    const items = await inQueue("readonly", (store) => store.getAll());
    if (!items.length) return "none";
    let token;
    try {
      const answer = await fetch(items[0].token, { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!answer.ok || !(answer.headers.get("Content-Type") || "").includes("json")) return "waiting";
      token = (await answer.json()).csrf;
    } catch (_) {
      return "waiting";
    }
    let outcome = "sent";
    for (const item of items) {
      const body = new URLSearchParams({ csrf: token, id: item.id, resource: item.resource, language: item.language, day: item.day });
      let response;
      try {
        response = await fetch(item.send, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } });
      } catch (_) {
        return "waiting";
      }
      if (response.ok) {
        await inQueue("readwrite", (store) => store.delete(item.id));
      } else if (response.status === 400 || response.status === 404) {
        await inQueue("readwrite", (store) => store.delete(item.id));
        outcome = "refused";
      } else {
        outcome = "waiting";
      }
    }
    return outcome;
  })().finally(() => { sending = null; }));
  const sayReferral = (form, outcome) => {
    const status = form.parentElement.querySelector(".referral-status");
    const text = { sent: form.dataset.recorded, refused: form.dataset.refused, waiting: form.dataset.queued }[outcome];
    if (status && text) {
      status.textContent = text;
      status.hidden = false;
    }
  };
  if (canQueue) {
    referralForms.forEach((form) => form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const item = { id: eventId(), resource: form.dataset.resource, language: form.elements.language.value, day: today(), send: form.dataset.send, token: form.dataset.token };
      await inQueue("readwrite", (store) => store.put(item));
      sayReferral(form, await sendQueued());
    }));
    const retry = async () => {
      const outcome = await sendQueued();
      referralForms.forEach((form) => sayReferral(form, outcome));
    };
    window.addEventListener("online", retry);
    retry().catch(() => {});
  }
  // Offline: pages already visited keep working.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(() => {});
  }
  const offline = document.querySelector(".offline");
  const update = () => { if (offline) offline.hidden = navigator.onLine; };
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  update();
})();
