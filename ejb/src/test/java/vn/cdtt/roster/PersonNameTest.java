package vn.cdtt.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;

class PersonNameTest {

    @Test
    void aFullNameSplitsIntoFamilyMiddleAndGiven() {
        PersonName n = PersonName.parse(" Nguyễn  Thị Minh   Khai ");
        assertEquals("Nguyễn", n.family());
        assertEquals("Thị Minh", n.middle());
        assertEquals("Khai", n.given());
        assertEquals("Nguyễn Thị Minh Khai", n.full());
    }

    @Test
    void aSingleWordIsNotAFullName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonName.parse("An"));
        assertEquals("member.fullName.twoWords", e.getMessageKey());
    }

    @Test
    void listsSortByGivenNameThenFamilyThenMiddle() {
        List<String> sorted = List.of("Trần Thị Ánh", "Nguyễn Văn Đức", "Đỗ Văn Ân", "Phạm Thị Anh", "Bùi Anh",
                        "Nguyễn Thị An", "Lê Văn Dũng", "Nguyễn Văn An")
                .stream().map(PersonName::parse).sorted(Comparator.comparing(PersonName::sortKey))
                .map(PersonName::full).collect(Collectors.toList());
        assertEquals(List.of("Nguyễn Thị An", "Nguyễn Văn An", "Bùi Anh", "Phạm Thị Anh", "Trần Thị Ánh",
                "Đỗ Văn Ân", "Lê Văn Dũng", "Nguyễn Văn Đức"), sorted);
    }
}
