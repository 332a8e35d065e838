// Draws every Vega-Lite chart of the page. Specs are inline JSON data (<script type="application/json">),
// never executed; vl.js (served by the app from vl-convert) has set window.vegaEmbed before this module runs,
// because module scripts run in document order.
// `ast: true` makes Vega interpret expressions instead of compiling them with Function(), which the
// page's Content-Security-Policy (script-src 'self', no 'unsafe-eval') forbids.
for (const el of document.querySelectorAll("[data-spec]")) {
  const data = document.getElementById(el.dataset.spec);
  if (!data || !window.vegaEmbed) continue;
  const spec = JSON.parse(data.textContent);
  // vega-embed and vega-tooltip would inject <style> elements, which the CSP blocks: their styles
  // live in style.css instead (defaultStyle: false, disableDefaultStyle: true).
  window.vegaEmbed(el, spec, {
    actions: false, ast: true, renderer: "svg", defaultStyle: false,
    tooltip: { disableDefaultStyle: true },
  })
    .then(() => el.setAttribute("data-rendered", "true"))
    .catch((err) => {
      el.textContent = "The chart could not be drawn: " + err;
      el.setAttribute("data-rendered", "error");
    });
}
