package org.yuanliu.portal.export;

import java.util.Map;

import io.micronaut.serde.annotation.Serdeable;

/** An item's citation in every format (format id → text), and the page it is shown on. */
@Serdeable
public record Citations(String kind, String id, String title, String page, Map<String, String> formats) {
}
