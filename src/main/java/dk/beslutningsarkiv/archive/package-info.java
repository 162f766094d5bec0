/** The store of originals (content-addressed by SHA-256) and the import of files and folders. */
package dk.beslutningsarkiv.archive;
