/// The journey page's behaviour and look: a few lines of plain JavaScript, inlined and allowed
/// by its SHA-256 in the page's Content-Security-Policy, and the styles of the stepper.
///
/// The page's state is in the DOM (`data-step` on the body, `data-current` on each path, class
/// `current` on the lit box), and `#step=K` or `#next=N` in the address (N presses of Next) set
/// it on load, so a headless browser can check the page without a driver.
enum JourneyScript {
    static let javascript = """
        (function () {
          "use strict";
          var body = document.body;
          var total = Number(body.getAttribute("data-steps"));
          var slider = document.getElementById("step");
          var label = document.getElementById("step-label");
          var prev = document.getElementById("prev");
          var next = document.getElementById("next");
          var paths = Array.prototype.map.call(document.querySelectorAll(".path"), function (section) {
            var boxes = {};
            Array.prototype.forEach.call(section.querySelectorAll("svg g.node"), function (group) {
              var title = group.querySelector("title");
              if (title) { boxes[title.textContent] = group; }
            });
            return { section: section, boxes: boxes, now: section.querySelector(".now"),
                     items: Array.prototype.slice.call(section.querySelectorAll("ol.steps > li")) };
          });
          var current = 1;
          function box(path, item) { return path.boxes[item.getAttribute("data-node") || ""]; }
          function show(step) {
            current = Math.max(1, Math.min(total, step));
            slider.value = String(current);
            label.textContent = "Step " + current + " of " + total;
            prev.disabled = current === 1;
            next.disabled = current === total;
            paths.forEach(function (path) {
              var shown = Math.min(current, path.items.length) - 1;
              Object.keys(path.boxes).forEach(function (id) { path.boxes[id].classList.remove("current", "visited"); });
              path.items.forEach(function (item, index) {
                item.classList.toggle("current", index === shown);
                item.classList.toggle("done", index < shown);
                if (index < shown && box(path, item)) { box(path, item).classList.add("visited"); }
              });
              var item = path.items[shown];
              if (box(path, item)) { box(path, item).classList.remove("visited"); box(path, item).classList.add("current"); }
              path.section.setAttribute("data-current", item.getAttribute("data-node") || "");
              while (path.now.firstChild) { path.now.removeChild(path.now.firstChild); }
              Array.prototype.forEach.call(item.childNodes, function (node) { path.now.appendChild(node.cloneNode(true)); });
            });
            body.setAttribute("data-step", String(current));
          }
          prev.addEventListener("click", function () { show(current - 1); });
          next.addEventListener("click", function () { show(current + 1); });
          slider.addEventListener("input", function () { show(Number(slider.value)); });
          document.addEventListener("keydown", function (event) {
            if (event.target === slider) { return; }
            if (event.key === "ArrowRight") { show(current + 1); }
            if (event.key === "ArrowLeft") { show(current - 1); }
          });
          var asked = /^#(step|next)=([0-9]+)$/.exec(window.location.hash);
          show(asked && asked[1] === "step" ? Number(asked[2]) : 1);
          if (asked && asked[1] === "next") {
            for (var press = 0; press < Number(asked[2]); press += 1) { next.click(); }
          }
          body.setAttribute("data-ready", "yes");
        })();
        """

    static let css = """
        .journey-page main, .journey-page .masthead .inner, .journey-page .repro .inner { max-width: 120rem; }
        .intro { max-width: 52rem; }
        .controls { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 0.8rem;
                    padding: 0.7rem 0; background: #ffffff; border-bottom: 1px solid var(--rule); }
        .controls button { padding: 0.45rem 1.1rem; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent);
                           color: #ffffff; font: inherit; font-weight: 600; cursor: pointer; }
        .controls button:disabled { opacity: 0.4; cursor: default; }
        .controls input[type=range] { flex: 1; accent-color: var(--accent); }
        #step-label { min-width: 8rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .paths { display: grid; grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr)); gap: 1.5rem; margin-top: 1rem; }
        .path h2 { margin-bottom: 0.2rem; }
        .path .summary { margin: 0 0 0.6rem; color: var(--muted); }
        .now { min-height: 4.6rem; padding: 0.6rem 0.9rem; border-left: 6px solid #d4111e; border-radius: 4px; background: #fff6cc; font-size: 1.05rem; }
        .now strong { font-size: 1.15rem; }
        .where, .times { display: block; color: var(--muted); font-size: 0.88rem; }
        .orgchart { margin: 0.8rem 0; }
        .orgchart svg { display: block; max-width: 100%; height: auto; }
        .steps { list-style: none; padding-left: 0; font-size: 0.9rem; }
        .steps li { padding: 0.15rem 0.4rem; border-radius: 4px; }
        .steps li.current { background: #fff6cc; font-weight: 600; }
        .steps li.done { color: var(--muted); }
        .steps .where, .steps .times { display: inline; }
        .steps .where::before, .steps .times::before { content: " · "; }
        svg g.node.current polygon, svg g.node.current path, svg g.node.current ellipse { stroke: #d4111e; stroke-width: 7px; fill: #ffe14d; }
        svg g.node.visited polygon, svg g.node.visited path, svg g.node.visited ellipse { stroke: #6a1b9a; stroke-width: 4px; }
        @media print {
          .controls { position: static; }
          .controls button, .controls input { display: none; }
          .paths { display: block; }
          .path { break-inside: avoid; margin-top: 1rem; }
        }
        """
}
