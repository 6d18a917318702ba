/* The align-check HTML report: filters and keyboard navigation (the page reads fine without). */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var position = document.getElementById("position");

  function chosen(name) {
    var values = new Set();
    form.querySelectorAll("input[name='" + name + "']:checked").forEach(function (box) {
      values.add(box.value);
    });
    return values;
  }

  function filter() {
    var severities = chosen("severity");
    var categories = chosen("category");
    var everyRow = form.elements.namedItem("rows").checked;
    document.querySelectorAll("[data-severity]").forEach(function (item) {
      item.hidden = !(severities.has(item.dataset.severity) &&
                      categories.has(item.dataset.category));
    });
    document.querySelectorAll("tr.bead").forEach(function (row) {
      var live = row.querySelector("li[data-severity]:not([hidden])") !== null;
      row.classList.toggle("flagged", live);
      row.hidden = !everyRow && !live;
    });
  }

  function flaggedRows() {
    return Array.prototype.slice.call(document.querySelectorAll("tr.flagged:not([hidden])"));
  }

  function next(rows, step) {
    var at = rows.indexOf(document.activeElement);
    if (at >= 0) {
      return at + step;
    }
    var below = rows.findIndex(function (row) { return row.getBoundingClientRect().top >= 0; });
    if (below < 0) {
      below = rows.length;
    }
    return step > 0 ? below : below - 1;
  }

  function go(step) {
    var rows = flaggedRows();
    var index = next(rows, step);
    if (index < 0 || index >= rows.length) {
      position.textContent = rows.length ? "No more findings this way." : "No finding shown.";
      return;
    }
    rows[index].focus({preventScroll: true});
    rows[index].scrollIntoView({block: "center"});
    position.textContent = "Finding row " + (index + 1) + " of " + rows.length + ".";
  }

  var steps = {j: 1, n: 1, k: -1, p: -1};
  document.addEventListener("keydown", function (event) {
    var step = steps[event.key];
    if (!step || event.ctrlKey || event.metaKey || event.altKey ||
        event.target.closest("input, select, textarea")) {
      return;
    }
    event.preventDefault();
    go(step);
  });
  document.getElementById("keys").hidden = false;
  if (form) {
    form.hidden = false;
    form.addEventListener("change", filter);
    filter();
  }
})();
