/** The domain: meetings, agenda items and people, and the parser from extracted text to a meeting; no Lucene, Tika or Javalin. */
package dk.beslutningsarkiv.minutes;
