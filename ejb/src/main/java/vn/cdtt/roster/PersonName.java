package vn.cdtt.roster;

import java.util.Arrays;
import java.util.Optional;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;

/**
 * A Vietnamese full name, "Family Middle Given" (Nguyễn Văn An). Lists sort by given name, then family, then
 * middle name; {@link #sortKey()} encodes that order for the database.
 */
public record PersonName(String family, String middle, String given) {

    /** The lengths of the member table's columns (V1__schema.sql): checked before anything reaches them. */
    public static final int MAX_FULL = 150;
    public static final int MAX_FAMILY = 50;
    public static final int MAX_MIDDLE = 100;
    public static final int MAX_GIVEN = 50;
    public static final int MAX_SORT_KEY = 400;

    public static PersonName parse(String fullName) {
        String clean = VietnameseText.clean(fullName);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("member.fullName.required");
        }
        if (clean.length() > MAX_FULL) {
            throw new InvalidInputException("member.fullName.tooLong");
        }
        String[] words = clean.split(" ");
        if (words.length < 2) {
            throw new InvalidInputException("member.fullName.twoWords");
        }
        PersonName name = split(words);
        name.tooLong().ifPresent(key -> {
            throw new InvalidInputException(key);
        });
        return name;
    }

    /**
     * The message key of a part of a well-formed name that would not fit its column (empty if all fit, or if the
     * name is not of two words at least: other rules say so).
     */
    public static Optional<String> tooLong(String fullName) {
        String clean = VietnameseText.clean(fullName);
        if (clean == null || clean.isEmpty()) {
            return Optional.empty();
        }
        String[] words = clean.split(" ");
        return words.length < 2 ? Optional.empty() : split(words).tooLong();
    }

    private static PersonName split(String[] words) {
        String middle = words.length > 2 ? String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)) : "";
        return new PersonName(words[0], middle, words[words.length - 1]);
    }

    private Optional<String> tooLong() {
        if (family.length() > MAX_FAMILY) {
            return Optional.of("member.familyName.tooLong");
        }
        if (middle.length() > MAX_MIDDLE) {
            return Optional.of("member.middleName.tooLong");
        }
        if (given.length() > MAX_GIVEN) {
            return Optional.of("member.givenName.tooLong");
        }
        if (full().length() > MAX_FULL || sortKey().length() > MAX_SORT_KEY) {
            return Optional.of("member.fullName.tooLong");
        }
        return Optional.empty();
    }

    public String full() {
        return middle.isEmpty() ? family + " " + given : family + " " + middle + " " + given;
    }

    /**
     * Given name first, each part compared in full (letters, then tones) before the next part decides:
     * Anh Bùi &lt; Anh Phạm &lt; Ánh Hoàng &lt; Ân Đỗ. '#' sorts below digits and letters.
     */
    public String sortKey() {
        return VietnameseText.sortKey(given) + "#" + VietnameseText.sortKey(family) + "#"
                + VietnameseText.sortKey(middle);
    }
}
