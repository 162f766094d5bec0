/** The Lucene index: schema, Danish analysis, meetings mapped to documents, the writer and its commits. */
package dk.beslutningsarkiv.index;
