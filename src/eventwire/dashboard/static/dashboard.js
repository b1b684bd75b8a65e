// eventwire dashboard: small enhancements; every page works without this file.
"use strict";

// a page restored from the back-forward cache gets its filters back
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll("form.filters [disabled]")) {
    field.disabled = false;
  }
});

document.addEventListener("DOMContentLoaded", () => {
  // filters that apply as soon as they change
  for (const control of document.querySelectorAll("[data-autosubmit]")) {
    control.addEventListener("change", () => control.form.requestSubmit());
  }

  // leave empty filters out of the address, so that it reads ?type=CONSULT, not ?type=CONSULT&actor=&...
  for (const form of document.querySelectorAll("form.filters")) {
    form.addEventListener("submit", () => {
      for (const field of form.elements) {
        field.disabled = Boolean(field.name) && !field.value;
      }
    });
  }

  // article page: show or hide each kind of mark
  const text = document.getElementById("article-text");
  for (const box of document.querySelectorAll("input[data-toggle]")) {
    box.addEventListener("change", () => {
      text.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
    });
  }

  const world = document.getElementById("world");
  if (world) {
    zoomable(world);
  }
});

// map: wheel or buttons to zoom, drag to pan, by changing the SVG viewBox
function zoomable(svg) {
  const full = svg.viewBox.baseVal;
  const home = { x: full.x, y: full.y, width: full.width, height: full.height };
  let view = { ...home };
  const apply = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
  const zoom = (factor, cx, cy) => {
    const width = Math.min(home.width, Math.max(home.width / 40, view.width * factor));
    const scale = width / view.width;
    const height = view.height * scale;
    view = { x: cx - (cx - view.x) * scale, y: cy - (cy - view.y) * scale, width, height };
    clamp();
    apply();
    svg.classList.toggle("zoomed", view.width < home.width);
  };
  const clamp = () => {
    view.x = Math.min(Math.max(view.x, home.x), home.x + home.width - view.width);
    view.y = Math.min(Math.max(view.y, home.y), home.y + home.height - view.height);
  };
  const toMap = (event) => {
    const box = svg.getBoundingClientRect();
    return [view.x + (event.clientX - box.left) / box.width * view.width,
            view.y + (event.clientY - box.top) / box.height * view.height];
  };
  svg.addEventListener("wheel", (event) => {
    event.preventDefault();
    const [x, y] = toMap(event);
    zoom(event.deltaY < 0 ? 0.8 : 1.25, x, y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (event) => {
    if (event.target.closest("a")) {
      return;
    }
    drag = { x: event.clientX, y: event.clientY, view: { ...view } };
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) {
      return;
    }
    const box = svg.getBoundingClientRect();
    view.x = drag.view.x - (event.clientX - drag.x) / box.width * view.width;
    view.y = drag.view.y - (event.clientY - drag.y) / box.height * view.height;
    clamp();
    apply();
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  for (const button of document.querySelectorAll("[data-zoom]")) {
    button.addEventListener("click", () => {
      const cx = view.x + view.width / 2;
      const cy = view.y + view.height / 2;
      if (button.dataset.zoom === "reset") {
        view = { ...home };
        apply();
        svg.classList.remove("zoomed");
      } else {
        zoom(button.dataset.zoom === "in" ? 0.5 : 2, cx, cy);
      }
    });
  }
}
