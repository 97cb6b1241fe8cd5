package org.yuanliu.citation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yuanliu.citation.text.Brackets;

/** Reads the responsibility statement before a title: 张柏春、田淼、张久春 / 孙壮志、赵克斌、王晓泉主编 / 某某译. */
final class ContributorParser {

    /** Role words trail the names they apply to, as Chinese notes print them. */
    private static final Pattern ROLE_SUFFIX = Pattern.compile(
            "(副主编|主编|编著|编译|编选|合编|选编|编辑|编|合著|著|撰|等译|翻译|译|整理|校注)$");
    private static final Pattern NATIONALITY = Pattern.compile("^[\\[［〔(（【][^\\]］〕)）】]{1,4}[\\]］〕)）】]\\s*");
    private static final Pattern ET_AL = Pattern.compile("(等|et al\\.?)$");
    /** "张三, 李四, 和王五": the conjunction before the last name of a list. */
    private static final Pattern LAST_OF_LIST = Pattern.compile("^(?:和|与|及|and\\s+)(?=\\S)");

    private ContributorParser() {
    }

    static List<Contributor> parse(String statement) {
        List<Contributor> out = new ArrayList<>();
        String s = statement.strip().replaceAll("[：:，,\\s]+$", "");
        List<String> groups = Brackets.splitTopLevel(s, "，,；;");
        for (int g = 0; g < groups.size(); g++) {
            ContributorRole role = ContributorRole.AUTHOR;
            String names = groups.get(g).strip();
            if (g > 0 && g == groups.size() - 1) {
                names = LAST_OF_LIST.matcher(names).replaceFirst("");
            }
            Matcher m = ROLE_SUFFIX.matcher(names);
            if (m.find() && m.start() > 0) {
                role = roleOf(m.group(1));
                names = names.substring(0, m.start());
            }
            names = ET_AL.matcher(names.strip()).replaceAll("").strip();
            for (String name : Brackets.splitTopLevel(names, "、")) {
                String n = NATIONALITY.matcher(name).replaceAll("").strip();
                if (!n.isEmpty()) {
                    out.add(new Contributor(n, role));
                }
            }
        }
        return out;
    }

    private static ContributorRole roleOf(String word) {
        return switch (word) {
            case "译", "等译", "翻译", "编译" -> ContributorRole.TRANSLATOR;
            case "著", "合著", "撰", "编著" -> ContributorRole.AUTHOR;
            default -> ContributorRole.EDITOR;
        };
    }
}
