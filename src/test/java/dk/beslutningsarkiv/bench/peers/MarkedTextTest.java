package dk.beslutningsarkiv.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTextTest {

    @Test
    void snippetsAreEscapedAndOnlyTheMarksBecomeMarkup() {
        String marked = "a <b> & " + MarkedText.START + "tvang" + MarkedText.STOP + " \"1/2\" it's";

        assertThat(MarkedText.toHtml(marked))
                .isEqualTo("a &lt;b&gt; &amp; <mark>tvang</mark> &quot;1&#x2F;2&quot; it&#x27;s");
        assertThat(MarkedText.toHtml(null)).isEmpty();
    }
}
