// Suggestions for the search box: titles from the autocomplete endpoint fill a <datalist>, attached to the box
// once there are suggestions (the box is then announced as a combobox). Without JavaScript the form works the same.
(function () {
  "use strict";
  var list = document.getElementById("search-suggestions");
  if (!list || !window.fetch) return;
  var timer = null;
  document.querySelectorAll("input[data-suggest-url]").forEach(function (input) { input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value.trim();
    if (query.length < 2) return;
    timer = setTimeout(function () {
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          list.replaceChildren.apply(list, data.suggestions.map(function (title) {
            var option = document.createElement("option");
            option.value = title;
            return option;
          }));
          input.setAttribute("list", list.id);
        })
        .catch(function () {});
    }, 200);
  }); });
})();
