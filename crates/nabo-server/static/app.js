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
