// electext article report: click (or focus and press Enter on) a highlighted passage to list the
// fields it fills and the checks that used it. The details are cloned from hidden elements rendered
// with the page, so no text is ever parsed as HTML here. A #t<offset> link (or #select=t<offset>,
// which does not scroll) selects a passage.
(function () {
  "use strict";
  var panel = document.getElementById("panel-body");
  var selected = null;

  function show(mark) {
    if (selected) { selected.classList.remove("selected"); }
    selected = mark;
    mark.classList.add("selected");
    var quote = document.createElement("blockquote");
    quote.textContent = mark.textContent;
    panel.replaceChildren(quote);
    ["data-fields", "data-checks"].forEach(function (attribute) {
      (mark.getAttribute(attribute) || "").split(" ").forEach(function (id) {
        var detail = id ? document.getElementById(id) : null;
        if (detail) {
          var copy = detail.cloneNode(true);
          copy.removeAttribute("id");
          panel.appendChild(copy);
        }
      });
    });
  }

  function fromHash() {
    // "#t1565" is a passage's id (the browser scrolls to it); "#select=t1565" selects it in place.
    var id = location.hash.replace(/^#(select=)?/, "");
    var target = id ? document.getElementById(id) : null;
    if (target && target.matches("mark.ev")) { show(target); }
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.ev") : null;
    if (mark) { show(mark); }
  });
  document.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.matches && event.target.matches("mark.ev")) {
      event.preventDefault();
      show(event.target);
    }
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.documentElement.setAttribute("data-ready", "report");
})();
