package org.accordex.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * "Saudi Arabia-based Islamic Development Bank", "South Korea-headquartered Arden Steel": where a body sits, in words
 * of any number, is written before its name and is no part of it (ANNOTATION.md §1); the name starts after it.
 */
final class LocatedNames {
    private static final Pattern LOCATED = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’]*\\s+){0,3}\\p{L}[\\p{L}.'’]*-(?:based|headquartered|listed|registered|domiciled)\\s+(?=\\p{Lu})");

    private LocatedNames() {
    }

    /** {@code mentions} with the place where a body sits cut from the front of its name. */
    static List<Mention> trim(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> {
            if (m.type() != MentionType.PARTY || m.text().indexOf('-') < 0) {
                return m;
            }
            Matcher located = LOCATED.matcher(m.text());
            if (!located.find()) {
                return m;
            }
            int start = m.start() + located.end();
            String norm = m.norm().equals(m.text()) ? text.substring(start, m.end()) : m.norm();
            return Mention.of(MentionType.PARTY, text, start, m.end(), norm).withDue(m.due()).withPage(m.page());
        }).toList();
    }
}
