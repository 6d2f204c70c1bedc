// electext report index: click a column heading to sort the articles by it (again to reverse).
// Cells carry their sort key in data-sort; number columns compare numerically.
(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headings.forEach(function (heading, column) {
      var button = heading.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = heading.getAttribute("aria-sort") !== "ascending";
        var numeric = heading.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-sort");
          var y = b.cells[column].getAttribute("data-sort");
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  });
  document.documentElement.setAttribute("data-ready", "index");
})();
