// starts Swagger UI on /docs over this server's OpenAPI description
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
