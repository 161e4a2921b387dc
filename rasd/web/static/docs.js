/* /docs: Swagger UI over /openapi.json, served from the vendored files (no CDN). */
"use strict";
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
