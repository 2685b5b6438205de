package vn.cdtt.roster;

import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.VietnameseText;

/**
 * A Vietnamese full name, "Family Middle Given" (Nguyễn Văn An). Lists sort by given name, then family, then
 * middle name; {@link #sortKey()} encodes that order for the database.
 */
public record PersonName(String family, String middle, String given) {

    public static PersonName parse(String fullName) {
        String clean = VietnameseText.clean(fullName);
        if (clean == null || clean.isEmpty()) {
            throw new InvalidInputException("member.fullName.required");
        }
        if (clean.length() > 150) {
            throw new InvalidInputException("member.fullName.tooLong");
        }
        String[] words = clean.split(" ");
        if (words.length < 2) {
            throw new InvalidInputException("member.fullName.twoWords");
        }
        String family = words[0];
        String given = words[words.length - 1];
        String middle = words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)) : "";
        return new PersonName(family, middle, given);
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
