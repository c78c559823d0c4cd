// Starts Swagger UI on Carlot's own document. A file, not an inline script, so the page keeps a
// Content-Security-Policy without 'unsafe-inline'; no validator badge, which would call out.
window.ui = SwaggerUIBundle({
  url: '/openapi',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  tryItOutEnabled: false,
  persistAuthorization: false,
});
