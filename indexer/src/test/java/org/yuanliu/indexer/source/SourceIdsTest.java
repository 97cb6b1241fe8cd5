package org.yuanliu.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SourceIdsTest {

    @Test
    void shortKeysAreKeptLongOnesFitAnIdAndStayDistinct() {
        assertThat(SourceIds.of("邓小平文选||2|1994")).isEqualTo("邓小平文选||2|1994");
        String long1 = "国".repeat(300) + "|a";
        String long2 = "国".repeat(300) + "|b";
        assertThat(SourceIds.of(long1).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SourceIds.MAX_BYTES);
        assertThat(SourceIds.of(long1)).startsWith("国国国").isNotEqualTo(SourceIds.of(long2));
        assertThat(SourceIds.of(long1)).isEqualTo(SourceIds.of(long1));
    }
}
