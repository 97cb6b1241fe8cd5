package org.yuanliu.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuanliu.indexer.IndexedSamples;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.portal.TestPortal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * One logging backend: a healthy start and a few pages log no error, and what Tika, POI and PDFBox log through the
 * Log4j API reaches the same backend (bridged to SLF4J) instead of "Log4j API could not find a logging provider".
 */
@ExtendWith(RealElasticsearch.class)
class CleanLogsTest {

    @Test
    void aHealthyStartLogsNoErrorAndLog4jReachesTheOneBackend(RealElasticsearch.Node node, IndexedSamples samples) {
        assertThat(org.apache.logging.log4j.LogManager.getFactory().getClass().getName()).contains("SLF4J");
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        try (TestPortal portal = TestPortal.start(node.engine().url(), samples.prefix())) {
            assertThat(portal.get("/").statusCode()).isEqualTo(200);
            assertThat(portal.get("/api/search?q=" + TestPortal.q("科技")).statusCode()).isEqualTo(200);
            assertThat(portal.get("/health").statusCode()).isEqualTo(200);
            org.apache.logging.log4j.LogManager.getLogger("yuanliu.bridge-check").error("through the Log4j API");
        } finally {
            root.detachAppender(events);
        }
        assertThat(events.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage).containsExactly("through the Log4j API");
    }
}
