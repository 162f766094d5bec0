/** The command line: import, parse, search, serve, reindex. */
package dk.beslutningsarkiv.cli;
