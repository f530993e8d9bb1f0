// Starts Swagger UI on this service's own document. A file rather than an inline script, so that
// the page's Content-Security-Policy can say script-src 'self' without 'unsafe-inline'.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    // No badge fetched from validator.swagger.io: the page talks to this service only.
    validatorUrl: null
  });
});
