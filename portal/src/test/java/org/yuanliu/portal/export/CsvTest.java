package org.yuanliu.portal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Text from a PDF must never run as a spreadsheet formula. */
class CsvTest {

    @Test
    void cellsThatAFormulaCouldStartWithAreQuotedWithAnApostrophe() {
        String csv = new Csv().row(Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "苏联", null, 7)).toString();
        assertThat(csv).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"苏联\",\"\",\"7\"\r\n");
    }
}
