package org.yuanliu.benchmarks.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes N synthetic journal articles as PDFs by recombining the samples' headings, paragraphs, tables and notes.
 * Document {@code i} depends only on the seed and {@code i}, so the first 100 documents of a 1,000-document corpus
 * are the 100-document corpus, and two runs with the same seed give the same files.
 *
 * <pre>generate --out DIR --count N [--seed S] [--samples DIR] [--threads T]</pre>
 */
public final class CorpusGenerator {
    public static final String VERSION = "2";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚华建国志红文新晓宇海云飞鹏";
    private static final List<String> AFFILIATIONS = List.of(
            "（中国科学院科技战略咨询研究院 北京 100190）", "（中共中央党史和文献研究院 北京 100080）",
            "（清华大学公共管理学院 北京 100084）", "（中国科学技术发展战略研究院 北京 100038）",
            "（复旦大学国际问题研究院 上海 200433）");
    private static final String[] LEVEL1_CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final SamplePool pool;
    private final Path fontFile;
    private final long seed;

    public CorpusGenerator(SamplePool pool, Path fontFile, long seed) {
        this.pool = pool;
        this.fontFile = fontFile;
        this.seed = seed;
    }

    /** What was written: files, pages and bytes. */
    public record Result(int documents, long pages, long bytes, double seconds) {
    }

    public Result generate(Path out, int count, int threads) throws IOException {
        Files.createDirectories(out);
        long started = System.nanoTime();
        AtomicLong pages = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        ThreadLocal<CjkFont> fonts = ThreadLocal.withInitial(() -> {
            try {
                return CjkFont.open(fontFile);
            } catch (IOException e) {
                throw new IllegalStateException("cannot open font " + fontFile + ": " + e.getMessage(), e);
            }
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                final int index = i;
                jobs.add(workers.submit(() -> {
                    Path file = out.resolve(fileName(index));
                    int n = write(file, index, fonts.get());
                    pages.addAndGet(n);
                    bytes.addAndGet(Files.size(file));
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (Exception e) {
            throw new IOException("corpus generation failed: " + e.getMessage(), e);
        } finally {
            workers.shutdownNow();
        }
        Files.writeString(out.resolve("corpus.properties"), "generator=" + VERSION + "\nseed=" + seed + "\ncount=" + count
                + "\npages=" + pages.get() + "\nbytes=" + bytes.get() + "\n", StandardCharsets.UTF_8);
        return new Result(count, pages.get(), bytes.get(), (System.nanoTime() - started) / 1e9);
    }

    public static String fileName(int index) {
        return String.format("doc-%05d.pdf", index);
    }

    /** Writes document {@code index}; returns its page count. */
    int write(Path file, int index, CjkFont metrics) throws IOException {
        Random random = new Random(new java.util.SplittableRandom(seed * 1_000_003L + index).nextLong());
        int targetPages = 5 + random.nextInt(16);
        int columns = random.nextInt(100) < 30 ? 2 : 1;
        boolean arabicHeadings = random.nextBoolean();
        boolean withTables = random.nextInt(100) < 60;
        boolean withReferences = random.nextInt(100) < 50;
        int year = 1995 + random.nextInt(30);
        String journal = pick(random, pool.journals());
        String title = title(random, metrics);
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, metrics.trueType(), true);
            Typesetter.Furniture furniture = new Typesetter.Furniture(
                    journal + " " + year + "年第" + (1 + random.nextInt(12)) + "期",
                    title.length() > 24 ? title.substring(0, 24) + "…" : title, 1 + random.nextInt(900));
            Typesetter t = new Typesetter(document, font, metrics, columns, targetPages, furniture);
            StringBuilder authors = new StringBuilder();
            for (int a = 0, n = 1 + random.nextInt(3); a < n; a++) {
                authors.append(a == 0 ? "" : "  ").append(name(random));
            }
            List<String> keywords = new ArrayList<>(pick(random, pool.keywords()));
            java.util.Collections.shuffle(keywords, random);
            t.titleBlock(title, authors.toString(), pick(random, AFFILIATIONS),
                    metrics.printable(pick(random, pool.abstracts())), String.join("；", keywords));
            int section = 0;
            int tableNumber = 0;
            while (!t.full()) {
                if (withReferences && t.pages() >= targetPages) {
                    t.heading("参考文献", 1);
                    for (int r = 1; !t.full() && r <= 40; r++) {
                        t.reference("[" + r + "] " + metrics.printable(pick(random, pool.references())));
                    }
                    break;
                }
                section++;
                t.heading(headingNumber(section, 1, arabicHeadings, 0) + metrics.printable(pick(random, pool.headings())), 1);
                int subsections = random.nextInt(3);
                for (int s = 0; s <= subsections && !t.full(); s++) {
                    if (s > 0) {
                        t.heading(headingNumber(section, 2, arabicHeadings, s)
                                + metrics.printable(pick(random, pool.headings())), 2);
                    }
                    for (int p = 0, n = 2 + random.nextInt(4); p < n && !t.full(); p++) {
                        paragraph(t, random, metrics);
                        if (withTables && !pool.tables().isEmpty() && random.nextInt(100) < 8) {
                            SamplePool.Table table = pick(random, pool.tables());
                            List<List<String>> rows = table.rows().stream()
                                    .map(r -> r.stream().map(metrics::printable).toList()).toList();
                            t.table("表 " + (++tableNumber) + " " + metrics.printable(table.caption()), rows);
                        }
                    }
                }
            }
            t.finish();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setProducer("Yuanliu benchmark corpus generator " + VERSION);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(year, Calendar.JUNE, 1);
            info.setCreationDate(created);
            // a fixed file identifier, so that the same seed gives byte-identical files
            COSArray id = new COSArray();
            byte[] idBytes = String.format("yuanliu-%08d-%06d", seed, index).getBytes(StandardCharsets.US_ASCII);
            id.add(new COSString(idBytes));
            id.add(new COSString(idBytes));
            document.getDocument().setDocumentID(id);
            document.save(file.toFile());
            return document.getNumberOfPages();
        }
    }

    private void paragraph(Typesetter t, Random random, CjkFont metrics) throws IOException {
        String text = metrics.printable(pick(random, pool.paragraphs()));
        int notes = random.nextInt(100) < 35 ? 1 + random.nextInt(2) : 0;
        List<Integer> offsets = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length && offsets.size() < notes; i++) {
            if ((cps[i] == '。' || cps[i] == '”' || cps[i] == '，') && i > 10 && random.nextInt(4) == 0) {
                offsets.add(i);
            }
        }
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < offsets.size(); n++) {
            texts.add(metrics.printable(pick(random, pool.footnotes())));
        }
        t.paragraph(text, offsets.stream().mapToInt(Integer::intValue).toArray(), texts);
    }

    private String title(Random random, CjkFont metrics) {
        String base = metrics.printable(pick(random, pool.titles()));
        String heading = metrics.printable(pick(random, pool.headings()));
        if (heading.length() > 14) {
            heading = heading.substring(0, 14);
        }
        return random.nextBoolean() ? base : heading + "：" + base.substring(0, Math.min(base.length(), 16));
    }

    private static String headingNumber(int section, int level, boolean arabic, int sub) {
        if (arabic) {
            return level == 1 ? section + " " : section + "." + sub + " ";
        }
        String number = LEVEL1_CN[(level == 1 ? section : sub) - 1 < LEVEL1_CN.length ? (level == 1 ? section : sub) - 1 : 9];
        return level == 1 ? number + "、" : "（" + number + "）";
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/benchmark/corpus");
        int count = 1000;
        long seed = 20261126L;
        Path samples = Path.of("samples");
        int threads = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--samples" -> samples = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --out DIR --count N --seed S --samples DIR --threads T)");
            }
        }
        SamplePool pool = SamplePool.read(samples);
        System.err.println("corpus: " + pool.summary());
        Path font = CjkFont.locate();
        Result result = new CorpusGenerator(pool, font, seed).generate(out, count, threads);
        System.out.printf("corpus: %d documents, %d pages, %.1f MB in %.1f s (seed %d, font %s) → %s%n", result.documents(),
                result.pages(), result.bytes() / 1e6, result.seconds(), seed, font.getFileName(), out);
    }
}
