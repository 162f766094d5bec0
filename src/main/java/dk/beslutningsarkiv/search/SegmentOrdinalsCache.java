package dk.beslutningsarkiv.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each segment's {@link SegmentOrdinals}, kept in memory while a reader of the segment is open and
 * in a folder of files beside the index, so a refresh after an upload decodes only the new
 * segment and a restart neither decodes nor prepares anything for counting. The files are a
 * cache: a missing or unreadable one is decoded again, and files of segments gone from the index
 * are deleted.
 */
final class SegmentOrdinalsCache {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentOrdinalsCache.class);
    private static final String SUFFIX = ".ords";

    private final Path folder;
    private final Map<Object, SegmentOrdinals> open = new ConcurrentHashMap<>();

    /** Files in {@code folder}; null keeps the arrays in memory only. */
    SegmentOrdinalsCache(Path folder) {
        this.folder = folder;
    }

    static SegmentOrdinalsCache inMemory() {
        return new SegmentOrdinalsCache(null);
    }

    /**
     * The segment's values, ready for counting the ordinal ranges {@code few} (pairs of first and
     * last) by bit sets ({@link SegmentOrdinals#prepare}); its file is written again when it lacked
     * what that needs.
     */
    SegmentOrdinals get(LeafReaderContext leaf, String field, int[] few) throws IOException {
        LeafReader reader = leaf.reader();
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return SegmentOrdinals.read(reader, field);
        }
        SegmentOrdinals known = open.get(core.getKey());
        if (known != null) {
            return prepared(reader, known, few);
        }
        SegmentOrdinals ordinals = fromFileOrDecoded(reader, field, few);
        if (open.putIfAbsent(core.getKey(), ordinals) == null) {
            core.addClosedListener(open::remove);
        }
        return ordinals;
    }

    private SegmentOrdinals fromFileOrDecoded(LeafReader reader, String field, int[] few) throws IOException {
        Path file = fileOf(reader);
        if (file != null) {
            try {
                SegmentOrdinals stored = SegmentOrdinals.load(file, reader.maxDoc(),
                        DocValues.getSortedSet(reader, field).getValueCount());
                if (stored != null) {
                    return prepared(reader, stored, few);
                }
            } catch (IOException e) {
                LOG.warn("cannot read {}; decoding the segment's facet values again", file, e);
            }
        }
        SegmentOrdinals decoded = SegmentOrdinals.read(reader, field);
        decoded.prepare(few);
        keep(reader, decoded, few);
        return decoded;
    }

    /** The ordinals ready for counting {@code few} by bit sets, kept in their file again when that took building. */
    private SegmentOrdinals prepared(LeafReader reader, SegmentOrdinals ordinals, int[] few) {
        if (ordinals.prepare(few)) {
            keep(reader, ordinals, few);
        }
        return ordinals;
    }

    /** Writes the segment's file, if it has one; a failure only costs the next start the decoding. */
    private void keep(LeafReader reader, SegmentOrdinals ordinals, int[] few) {
        Path file = fileOf(reader);
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            ordinals.write(file, few);
        } catch (IOException e) {
            LOG.warn("cannot keep the facet values in {}: {}", file, e.toString());
        }
    }

    /** Deletes the files of segments that are not among {@code current}'s. */
    void retainOnly(List<LeafReaderContext> current) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Set<Path> keep = new HashSet<>();
        for (LeafReaderContext leaf : current) {
            Path file = fileOf(leaf.reader());
            if (file != null) {
                keep.add(file);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !keep.contains(f)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot tidy {}: {}", folder, e.toString());
        }
    }

    /** The segment's file: its name and unique id, so a segment of the same name in a rebuilt index never matches. */
    private Path fileOf(LeafReader reader) {
        if (folder == null || !(FilterLeafReader.unwrap(reader) instanceof SegmentReader segment)) {
            return null;
        }
        var info = segment.getSegmentInfo().info;
        return folder.resolve(info.name + "-" + StringHelper.idToString(info.getId()) + SUFFIX);
    }
}
