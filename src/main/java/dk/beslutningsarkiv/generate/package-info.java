/** Synthetic minutes for benchmarks: realistic documents in the layouts the parser reads, the same for the same seed. */
package dk.beslutningsarkiv.generate;
