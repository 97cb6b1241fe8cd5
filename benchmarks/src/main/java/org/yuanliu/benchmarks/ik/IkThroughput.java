package org.yuanliu.benchmarks.ik;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.yuanliu.ik.IkAnalyzer;
import org.yuanliu.ik.IkMode;

/**
 * IK segmentation throughput with the domain dictionary, in-process (the analyzer the node runs): one operation
 * tokenises the samples' whole text (system property {@code yuanliu.benchmark.ikText}, written by the suite), so
 * characters per second = operations per second × its length.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IkThroughput {
    @Param({"ik_smart", "ik_max_word"})
    public String analyzer;

    private Analyzer ik;
    private String text;

    @Setup
    public void setup() throws IOException {
        text = Files.readString(Path.of(System.getProperty("yuanliu.benchmark.ikText", "target/benchmark/ik-text.txt")));
        ik = new IkAnalyzer(analyzer.equals("ik_smart") ? IkMode.SMART : IkMode.MAX_WORD);
    }

    @Benchmark
    public void tokenize(Blackhole tokens) throws IOException {
        try (TokenStream stream = ik.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.consume(term.length());
            }
            stream.end();
        }
    }
}
