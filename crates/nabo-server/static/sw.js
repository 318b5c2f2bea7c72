// Caches the app shell and the pages a volunteer has opened, so they still show when
// the connection drops. Network first: content is never older than it must be.
"use strict";
const CACHE = "nabo-v1";
const SHELL = ["/static/app.css", "/static/app.js", "/static/manifest.webmanifest"];
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
  self.skipWaiting();
});
self.addEventListener("activate", (event) => {
  event.waitUntil(
    // The saved list's copies ("nabo-saved", app.js) stay until the volunteer removes them.
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== "nabo-saved").map((k) => caches.delete(k))))
  );
  self.clients.claim();
});
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        // Pages for one signed-in account (no-store: forms' tokens) are never kept.
        const personal = (response.headers.get("Cache-Control") || "").includes("no-store");
        if (response.ok && !personal) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request))
  );
});
