// The measurement of the digital-government measurement system (EMC, R-SHARE-2, Art 19.3): the same steps as the inline
// snippet EMC hands out, run from a file so that the portal's Content-Security-Policy needs no inline script.
(function () {
  "use strict";
  var self = document.currentScript;
  if (!self) return;
  var host = self.dataset.emcHost;
  var queue = (window._govaq = window._govaq || []);
  queue.push(["trackPageView"]);
  queue.push(["enableLinkTracking"]);
  queue.push(["setTrackerUrl", "https://" + host + "/tracking"]);
  queue.push(["setSiteId", self.dataset.emcSiteId]);
  var script = document.createElement("script");
  script.async = true;
  script.src = "https://" + host + "/embed/gov-tracking.min.js";
  document.head.appendChild(script);
})();
