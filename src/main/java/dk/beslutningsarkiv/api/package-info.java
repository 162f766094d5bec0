/** The HTTP side: Javalin routes, controllers that do HTTP only, validation, the token, CORS, JSON errors, OpenAPI. */
package dk.beslutningsarkiv.api;
