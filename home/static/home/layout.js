// Small screens (issue 18): the main menu folds behind its button, and filter panels marked data-open-when-wide are
// open on a wide screen and folded on a phone. Without this script the menu is a plain list and the filters a
// <details> the reader opens.
(function () {
    var narrow = window.matchMedia("(max-width: 40rem)");
    document.querySelectorAll("[data-main-nav]").forEach(function (nav) {
        var button = nav.querySelector(".main-nav__toggle");
        if (!button) return;
        button.hidden = false;
        nav.classList.add("is-folded");
        button.addEventListener("click", function () {
            var open = nav.classList.toggle("is-folded") === false;
            button.setAttribute("aria-expanded", open ? "true" : "false");
        });
    });
    if (!narrow.matches) {
        document.querySelectorAll("details[data-open-when-wide]").forEach(function (details) { details.open = true; });
    }
})();
