package org.accordex.commitments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accordex.model.Commitment;
import org.accordex.model.Deadline;
import org.accordex.model.DocumentInfo;
import org.accordex.model.Mention;
import org.accordex.model.MentionType;
import org.accordex.model.Modality;

import opennlp.tools.util.Span;

/**
 * Finds commitments: sentences with a modality cue (ANNOTATION.md §2), with the parties that commit, resolved
 * from the sentence's subject, from group phrases ("the Participants", "we", "both countries") or, for officials
 * and agentless provisions, from the document's own parties. Minerals, instruments and the deadline are those
 * mentioned in the sentence.
 *
 * <p>List items under a lead-in ("The Participants intend to:", "shall include the following:") inherit its parties
 * and modality. Headings and questions are never commitments.
 */
public final class CommitmentExtractor {
    private static final Pattern GROUP_PHRASE = Pattern.compile(
            "\\b(?:we|our|us|the\\s+participants|each\\s+participant|either\\s+participant|both\\s+participants"
                    + "|the\\s+parties|each\\s+party|either\\s+party|both\\s+parties|the\\s+other\\s+party|neither\\s+party"
                    + "|the\\s+signatories|the\\s+sides|both\\s+sides|the\\s+two\\s+sides|each\\s+side"
                    + "|(?:both|the\\s+two|the\\s+three|the\\s+four|our\\s+two|our\\s+three|our\\s+four|all)\\s+"
                    + "(?:countries|nations|governments|partners|leaders|economies|states|members)"
                    + "|(?:the\\s+)?(?:leaders|governments|partners|members|ministers|participants|signatories|allies)"
                    + "|the\\s+(?:countries|nations))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Parties after these words are objects or agents of someone else's action, not subjects. */
    private static final Pattern NOT_SUBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|of|from|on|against|with|in|to|about|over|toward|towards|into|for|than|between|including"
                    + "|like|among|across|at|via|through|under|such\\s+as)\\s+(?:the\\s+)?$");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[-•*▪◦●–]|\\\\?\\(?(?:\\d{1,2}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})\\\\?[.)])[\\s\u00a0]");
    /** "says", "said that", "stated": what follows is the reported commitment. */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:says?|said|states?|stated|notes?|noted|adds?|added|indicates?|indicated|reports?|reported|explains?"
                    + "|explained|announces?|announced|declares?|declared|confirms?|confirmed|warns?|warned)(?:\\s+that)?[\\s,:]+");
    /** Between a party and its noun-form cue: "Japan’s commitment to", "Korea's intention to". */
    private static final Pattern POSSESSIVE_CUE = Pattern.compile(
            "(?i)^[’']s\\s+(?:\\w+\\s+){0,2}$");
    /** An official acting for the document's state. */
    private static final Pattern OFFICIAL = Pattern.compile(
            "\\b(?:President|Vice President|Secretary|Minister|Prime Minister|Ambassador|Administrator|Chancellor|Premier"
                    + "|Commissioner|Governor|Trade Representative|head of each|heads of|Director)\\b");
    /** A body the parties set up together, acting for them: "The working group will", "This new secretariat will". */
    private static final Pattern JOINT_BODY = Pattern.compile(
            "(?i)\\b(?:the|this|that|a|each)\\s+(?:new\\s+|joint\\s+|trilateral\\s+|bilateral\\s+)*(?:working\\s+groups?"
                    + "|secretariats?|task\\s+forces?|steering\\s+committees?|joint\\s+committees?|coordinating\\s+committees?)\\b");
    /** Signs of an operative text (an agreement, MoU, order), whose agentless provisions bind its parties. */
    private static final Pattern OPERATIVE = Pattern.compile(
            "(?i)\\b(?:the\\s+participants|the\\s+parties|each\\s+party|each\\s+participant|shall|hereby|this\\s+memorandum"
                    + "|this\\s+agreement|this\\s+arrangement|this\\s+framework|this\\s+order|this\\s+joint\\s+statement)\\b");
    private static final int OPERATIVE_SIGNS = 3;

    private static final Pattern PAST_REPORT = Pattern.compile(
            "(?i)^(?:[^,]{0,60}\\s)?(?:has|have|had)\\s+(?:already\\s+)?(?:\\w+ed|made|built|taken|given|won|led|spent|put)\\b");

    private CommitmentExtractor() {
    }

    public static List<Commitment> extract(DocumentInfo info, String text, List<Span> sentences, List<Mention> mentions) {
        List<String> documentParties = DocumentParties.find(text, mentions);
        boolean operative = OPERATIVE.matcher(text).results().limit(OPERATIVE_SIGNS).count() >= OPERATIVE_SIGNS;
        List<Commitment> commitments = new ArrayList<>();
        Inherited leadIn = null;
        Commitment previous = null;
        int firstMention = 0;
        for (Span span : sentences) {
            Commitment before = previous;
            previous = null;
            String sentence = text.substring(span.getStart(), span.getEnd());
            // Sentences and mentions are both in text order: walk them together.
            while (firstMention < mentions.size() && mentions.get(firstMention).start() < span.getStart()) {
                firstMention++;
            }
            List<Mention> inside = new ArrayList<>();
            for (int i = firstMention; i < mentions.size() && mentions.get(i).start() < span.getEnd(); i++) {
                if (mentions.get(i).end() <= span.getEnd()) {
                    inside.add(mentions.get(i));
                }
            }
            if (leadIn != null && !isListItem(sentence, leadIn)) {
                leadIn = null;
            }
            Optional<ModalityCues.Cue> cue = ModalityCues.first(sentence);
            if (isHeading(sentence) || sentence.endsWith("?")) {
                leadIn = null;
                continue;
            }
            List<String> parties;
            Modality modality;
            double confidence;
            String action;
            if (cue.isPresent()) {
                ModalityCues.Cue c = cue.get();
                Resolved resolved = parties(sentence, span.getStart(), c.start(), inside, documentParties, operative);
                if (resolved.parties().isEmpty()) {
                    continue;
                }
                parties = resolved.parties();
                modality = c.modality();
                confidence = resolved.confidence();
                action = ActionPhrase.of(sentence, c.end());
                if (sentence.stripTrailing().endsWith(":")) {
                    leadIn = new Inherited(parties, modality);
                }
            } else if (before != null && sentence.stripTrailing().endsWith(":")) {
                // "… announced an agreement to collaborate. It covers:" — the items that follow continue that commitment.
                leadIn = new Inherited(before.parties(), before.modality());
                continue;
            } else if (leadIn != null) {
                parties = leadIn.parties();
                modality = leadIn.modality();
                confidence = 0.6;
                action = ActionPhrase.of(stripMarker(sentence), 0);
            } else {
                continue;
            }
            List<String> minerals = norms(inside, MentionType.MINERAL);
            List<String> instruments = norms(inside, MentionType.INSTRUMENT);
            Deadline deadline = inside.stream().filter(m -> m.type() == MentionType.DEADLINE).findFirst()
                    .map(Deadline::of).orElse(null);
            previous = new Commitment(id(info.id(), span), span.getStart(), span.getEnd(), sentence, parties,
                    modality, action, minerals, instruments, deadline, confidence);
            commitments.add(previous);
        }
        return commitments;
    }

    private record Resolved(List<String> parties, double confidence) {
    }

    /** A lead-in's parties and modality, passed to the items that follow it. */
    private record Inherited(List<String> parties, Modality modality) {
    }

    private static boolean isListItem(String sentence, Inherited leadIn) {
        return LIST_MARKER.matcher(sentence).find() || Character.isLowerCase(sentence.charAt(0))
                || sentence.endsWith(";") || sentence.endsWith("; and") || sentence.endsWith(", and");
    }

    /**
     * The committing parties: named subjects before the cue ("Japan, the ROK, and the United States stand"),
     * group phrases there ("The Participants intend") resolved to the document's parties, else the document's
     * parties when the provision has no named party ("The Secretary shall").
     */
    private static Resolved parties(String sentence, int offset, int cueStart, List<Mention> inside,
            List<String> documentParties, boolean operative) {
        String beforeCue = sentence.substring(0, cueStart);
        // "The DOC says the nations should …": the subject follows the reporting verb.
        int subjectFrom = 0;
        Matcher reported = REPORTED.matcher(beforeCue);
        while (reported.find()) {
            subjectFrom = reported.end();
        }
        String subject = beforeCue.substring(subjectFrom);
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : inside) {
            int at = m.start() - offset;
            if (m.type() != MentionType.PARTY || at < subjectFrom || at >= cueStart) {
                continue;
            }
            // Only the words just before a name matter; a bounded window keeps long sentences linear.
            String before = sentence.substring(Math.max(subjectFrom, at - 40), at);
            if (!NOT_SUBJECT_BEFORE.matcher(before).find()) {
                named.add(m.norm());
            }
            // "Japan’s commitment to": the possessor alone commits.
            int gap = cueStart - (m.end() - offset);
            if (gap >= 0 && gap <= 40 && POSSESSIVE_CUE.matcher(sentence.substring(m.end() - offset, cueStart)).matches()) {
                return new Resolved(List.of(m.norm()), 0.9);
            }
        }
        boolean group = GROUP_PHRASE.matcher(subject).find();
        if (group) {
            named.addAll(documentParties);
        }
        if (!named.isEmpty()) {
            return new Resolved(List.copyOf(named), group ? 0.8 : 0.9);
        }
        if (PAST_REPORT.matcher(subject).find()) {
            return new Resolved(List.of(), 0);
        }
        // An official ("the Secretary of Commerce shall") acts for the document's state, a joint working group or
        // secretariat for all its parties; a provision without a named
        // party binds the document's parties, but only in an operative text: in news and fact sheets an agentless
        // "will" is a forecast ("demand will grow"), not a pledge.
        if (OFFICIAL.matcher(subject).find() || JOINT_BODY.matcher(subject).find() || operative) {
            return new Resolved(documentParties, 0.6);
        }
        return new Resolved(List.of(), 0);
    }

    /** A title-case or upper-case line without final punctuation, such as "FACT SHEET: …" or "Areas of Cooperation". */
    static boolean isHeading(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (".;:!\"”)".indexOf(last) >= 0 && !s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        String[] words = s.split("\\s+");
        int considered = 0;
        int capitalized = 0;
        for (String w : words) {
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                considered++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalized++;
                }
            }
        }
        return considered == 0 || capitalized >= 0.7 * considered;
    }

    private static List<String> norms(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).map(Mention::norm).distinct().sorted().toList();
    }

    private static String stripMarker(String sentence) {
        return LIST_MARKER.matcher(sentence).replaceFirst("");
    }

    private static String id(String documentId, Span span) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (documentId + ":" + span.getStart() + ":" + span.getEnd()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
