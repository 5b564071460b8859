// The browser's half of the spam check (defence/spam.py): find the number whose SHA-256 with the salt is the
// challenge, put the answer in the form, and hide the fallback question. Without JavaScript the question stays.
(function () {
  "use strict";
  async function sha256Hex(text) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }
  async function solve(challenge) {
    for (let number = 0; number <= challenge.maxnumber; number++) {
      if ((await sha256Hex(challenge.salt + number)) === challenge.challenge) {
        return btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, salt: challenge.salt, signature: challenge.signature, number: number }));
      }
    }
    return null;
  }
  document.querySelectorAll("[data-proof-of-work]").forEach(function (box) {
    if (!window.crypto || !crypto.subtle) return;
    const form = box.closest("form");
    const status = box.querySelector(".spam-check__status");
    const question = box.querySelector(".spam-check__question");
    const working = solve(JSON.parse(box.dataset.proofOfWork)).then(function (payload) {
      if (!payload) return;
      box.querySelector("input[name=bang_chung]").value = payload;
      if (!question.querySelector("[aria-invalid]")) question.hidden = true;
      status.textContent = box.dataset.done || "";
    });
    form.addEventListener("submit", function (event) {
      if (box.querySelector("input[name=bang_chung]").value) return;
      event.preventDefault();
      working.then(function () { form.submit(); });
    });
  });
})();
