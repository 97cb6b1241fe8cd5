package org.yuanliu.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No built-in password: one is generated, printed once, and only its hash is stored. */
class AdminPasswordTest {

    @Test
    void aGeneratedPasswordIsPrintedOnceAndOnlyItsHashIsStored(@TempDir Path data) throws Exception {
        Path hashFile = data.resolve("admin-password.hash");
        AdminSettings settings = new AdminSettings("admin", null, null, hashFile, 20);

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        AdminCredentials credentials = new AdminCredentials(settings, new PrintStream(first, true, StandardCharsets.UTF_8));
        Matcher printed = Pattern.compile("password: (\\S+)").matcher(first.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).as("the password is printed").isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);

        String stored = Files.readString(hashFile);
        assertThat(stored).doesNotContain(password).startsWith("pbkdf2-sha256$");
        assertThat(PasswordHash.isWellFormed(stored)).isTrue();
        assertThat(credentials.verify("admin", password)).isTrue();
        assertThat(credentials.verify("admin", password + "x")).isFalse();
        assertThat(credentials.verify("root", password)).isFalse();

        // the next start reads the hash and prints nothing
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        AdminCredentials again = new AdminCredentials(settings, new PrintStream(second, true, StandardCharsets.UTF_8));
        assertThat(second.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(again.verify("admin", password)).isTrue();
        assertThat(Files.readString(hashFile)).isEqualTo(stored);
    }

    @Test
    void twoFreshInstallationsGetDifferentPasswords(@TempDir Path a, @TempDir Path b) {
        ByteArrayOutputStream outA = new ByteArrayOutputStream();
        ByteArrayOutputStream outB = new ByteArrayOutputStream();
        new AdminCredentials(new AdminSettings("admin", null, null, a.resolve("h"), 20), new PrintStream(outA));
        new AdminCredentials(new AdminSettings("admin", null, null, b.resolve("h"), 20), new PrintStream(outB));
        assertThat(outA.toString()).isNotEqualTo(outB.toString());
    }

    @Test
    void aConfiguredPasswordIsUsedAndNothingIsWrittenOrPrinted(@TempDir Path data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdminCredentials credentials = new AdminCredentials(new AdminSettings("editor", "s3cret-enough", null,
                data.resolve("admin-password.hash"), 20), new PrintStream(out));
        assertThat(credentials.verify("editor", "s3cret-enough")).isTrue();
        assertThat(out.toString()).isEmpty();
        assertThat(data.resolve("admin-password.hash")).doesNotExist();

        String hash = PasswordHash.hash("another-one".toCharArray());
        AdminCredentials fromHash = new AdminCredentials(new AdminSettings("admin", null, hash,
                data.resolve("admin-password.hash"), 20), new PrintStream(out));
        assertThat(fromHash.verify("admin", "another-one")).isTrue();
        assertThat(fromHash.verify("admin", "s3cret-enough")).isFalse();
    }
}
