/** Tika: bytes to text with structure, within limits, cleaned of line-break and page-break artefacts. */
package dk.beslutningsarkiv.extract;
