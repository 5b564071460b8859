// The article's "print" button (R-SHARE-3), from a file: the public Content-Security-Policy allows no inline handler.
document.querySelectorAll("[data-print-button]").forEach(function (button) {
  "use strict";
  button.addEventListener("click", function () { window.print(); });
});
