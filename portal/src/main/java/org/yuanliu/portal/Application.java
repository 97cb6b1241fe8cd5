package org.yuanliu.portal;

import io.micronaut.runtime.Micronaut;

/** Starts the portal: HTML pages and the JSON API over the Yuanliu indices. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
