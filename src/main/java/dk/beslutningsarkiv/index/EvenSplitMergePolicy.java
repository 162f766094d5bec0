package dk.beslutningsarkiv.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * A forced merge down to {@code n} segments as {@code n} merges of neighbouring segments of about
 * equal size, all at once, so the merge threads run them side by side (Lucene's policies make one
 * large merge, which runs on one thread). Neighbours only: documents keep their order, which is
 * import order. A small index is merged into fewer segments: each at least {@code minBytes}, as a
 * small merge is over before a second thread would pay off. Everything else is left to the
 * wrapped policy.
 */
final class EvenSplitMergePolicy extends FilterMergePolicy {

    private final long minBytes;

    EvenSplitMergePolicy(MergePolicy in, long minBytes) {
        super(in);
        this.minBytes = minBytes;
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                               Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                               MergeContext context) throws IOException {
        List<SegmentCommitInfo> segments = new ArrayList<>();
        for (SegmentCommitInfo segment : infos) {
            if (context.getMergingSegments().contains(segment)) {
                // A round already under way: forceMerge asks again when it is done.
                return null;
            }
            if (segmentsToMerge.containsKey(segment)) {
                segments.add(segment);
            }
        }
        long[] sizes = sizes(segments, context);
        int count = (int) Math.clamp(Arrays.stream(sizes).sum() / Math.max(1, minBytes), 1, maxSegmentCount);
        if (segments.size() <= count) {
            return null;
        }
        MergeSpecification spec = new MergeSpecification();
        for (List<SegmentCommitInfo> group : groups(segments, sizes, count)) {
            if (group.size() > 1 || group.getFirst().getDelCount() > 0) {
                spec.add(new OneMerge(group));
            }
        }
        return spec.merges.isEmpty() ? null : spec;
    }

    private long[] sizes(List<SegmentCommitInfo> segments, MergeContext context) throws IOException {
        long[] sizes = new long[segments.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = size(segments.get(i), context);
        }
        return sizes;
    }

    /** Cuts the run of segments into at most {@code count} neighbouring groups of about equal total size. */
    static <T> List<List<T>> groups(List<T> segments, long[] sizes, int count) {
        long total = Arrays.stream(sizes).sum();
        List<List<T>> groups = new ArrayList<>();
        List<T> group = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < segments.size(); i++) {
            group.add(segments.get(i));
            done += sizes[i];
            int left = segments.size() - i - 1;
            int groupsLeft = count - groups.size() - 1;
            // Close a group at its share of the total, or when each group still to come needs one of the rest.
            if (groupsLeft > 0 && left > 0 && (done * count >= total * (groups.size() + 1) || left == groupsLeft)) {
                groups.add(group);
                group = new ArrayList<>();
            }
        }
        groups.add(group);
        return groups;
    }
}
