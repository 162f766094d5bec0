/** The HTTP side: Javalin routes, controllers that do HTTP only, parameter validation, JSON errors. */
package dk.beslutningsarkiv.api;
