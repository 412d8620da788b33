package org.accordex.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Mention;
import org.accordex.model.MentionType;

/**
 * Roles a text gives its parties: "Northgate Lithium Pty Ltd (the “Seller”)", "KOMIR, hereinafter referred to as the
 * “Purchaser”", "Bridgeco LLC (the “permittee”)". A later "the Seller shall deliver …" is that party's pledge. Group names ("the Parties", "the
 * Participants") are left to the group phrases.
 */
final class Roles {
    /** A role in brackets or after "hereinafter", right after a name: "(the “Seller”)", ", hereinafter the “Buyer”". */
    static final Pattern DEFINED_ROLE = Pattern.compile(
            "\\s*(?:\\(\\s*|,\\s*)(?:(?:hereinafter|hereafter)\\s+(?:(?:referred\\s+to|called|named|designated)\\s+as\\s+)?)?"
                    // a role a permit or licence writes in lower case: "Bridgeco LLC (the “permittee”)"
                    + "(?:the\\s+)?[\"“‘']\\s*(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?|\\p{Ll}{4,})\\s*[\"”’']\\s*\\)?");
    /**
     * Legal forms that finish a company's name after its mention: "Company", "Co., Ltd."; not the head of another
     * name ("the EFTA-Philippines Joint Committee (the “Joint Committee”)" defines the committee, not the Philippines).
     */
    private static final Pattern NAME_TAIL = Pattern.compile(
            "(?:,?\\s+(?:Company|Corporation|Corp\\.|Co\\.|Ltd\\.?|Limited|Partnership|Inc\\.|Pty|PLC|plc|LLC|L\\.P\\.|LP|AG|SA|S\\.A\\.|GmbH|Group|Holdings))"
                    + "{1,3}");
    /** Words after a role that still end the subject: "the Seller also shall". */
    private static final Pattern SUBJECT_END = Pattern.compile("^\\s*(?:(?:also|further|each|jointly|together|\\p{L}+ly)\\s+)*$");
    /** A role after these words is an object: "deliver to the Purchaser". */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|of|from|on|against|with|in|to|for|than|between|under|towards?)\\s+$");
    private static final int NEAR = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, String> roles;

    private Roles(Map<String, String> roles) {
        this.roles = roles;
    }

    /** The roles the text defines right after a party's name; a plural ("the Parties") is a group, not a role. */
    static Roles in(String text, List<Mention> mentions) {
        Map<String, String> roles = new LinkedHashMap<>();
        int lastQuote = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“')); // no role is defined after it
        for (Mention m : mentions) {
            if (m.type() != MentionType.PARTY || lastQuote < m.end()) {
                continue;
            }
            // "the Korea Zinc Company (the “Purchaser”)": the rest of the name, a legal form, may come first
            Matcher tail = NAME_TAIL.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80));
            int from = tail.lookingAt() ? tail.end() : m.end();
            if (from < text.length() && text.charAt(from) == '.') {
                from++; // "Bridgeco Pipeline Company LP. (the “permittee”)": the legal form's full stop
            }
            Matcher role = DEFINED_ROLE.matcher(text).region(from, Math.min(text.length(), from + 80));
            if (!role.lookingAt()) {
                continue;
            }
            String name = role.group(1);
            boolean named = mentions.stream().anyMatch(o -> o.type() == MentionType.PARTY && o.start() >= role.start(1) - NEAR
                    && o.start() <= role.end(1));
            if (!named && !name.endsWith("s")) {
                roles.putIfAbsent(name, m.norm());
            }
        }
        return new Roles(roles);
    }

    /** The parties whose roles the subject names: "The Seller shall", "The Seller and the Purchaser will". */
    List<String> subjects(String subject) {
        List<String> parties = new ArrayList<>();
        if (roles.isEmpty()) {
            return parties;
        }
        subject = SPACES.matcher(subject).replaceAll(" "); // "The⏎permittee shall" of a wrapped line
        for (Map.Entry<String, String> role : roles.entrySet()) {
            String the = "the " + role.getKey();
            int at = subject.toLowerCase(java.util.Locale.ROOT).lastIndexOf(the.toLowerCase(java.util.Locale.ROOT));
            if (at < 0 || !subject.startsWith(role.getKey(), at + 4) || OBJECT_BEFORE.matcher(subject.substring(0, at)).find()) {
                continue;
            }
            String after = subject.substring(at + the.length());
            boolean last = SUBJECT_END.matcher(after).matches();
            boolean coordinated = after.matches("(?s)^\\s*(?:and|,)\\s+.*");
            if ((last || coordinated) && !parties.contains(role.getValue())) {
                parties.add(role.getValue());
            }
        }
        return parties;
    }
}
