package vn.cdtt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.Type;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cdtt.common.InvalidInputException;
import vn.cdtt.common.Messages;
import vn.cdtt.common.validation.Rules;
import vn.cdtt.it.support.ColumnProbe;
import vn.cdtt.it.support.Fixtures;
import vn.cdtt.it.support.IntegrationTest;

/**
 * No text is ever cut to fit its column: every text column of the real schema (H2 or MariaDB, read from the
 * database) has its length on the entity field that fills it, as {@code @Size(max = …)}, and JPA checks it whenever
 * an entity is written, so a value that slipped past a form's own rules is refused with a message that names the
 * field – never cut by the database, never a database error.
 */
class ColumnLimitsIT extends IntegrationTest {

    @Inject
    ColumnProbe probe;

    @Resource(lookup = "java:app/jdbc/cdtt")
    DataSource database;

    @Test
    void everyTextColumnHasItsLengthOnTheFieldThatFillsIt() throws Exception {
        Map<String, Integer> lengths = textColumns();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        Metamodel model = probe.metamodel();
        for (EntityType<?> entity : model.getEntities()) {
            String table = entity.getJavaType().getAnnotation(Table.class).name();
            for (Attribute<?, ?> a : entity.getAttributes()) {
                if (a.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                    checked += check(model.embeddable(a.getJavaType()), table, lengths, wrong);
                } else if (a.getPersistentAttributeType() == Attribute.PersistentAttributeType.ELEMENT_COLLECTION
                        && ((PluralAttribute<?, ?, ?>) a).getElementType().getPersistenceType() == Type.PersistenceType.EMBEDDABLE) {
                    Field field = (Field) a.getJavaMember();
                    Class<?> element = ((PluralAttribute<?, ?, ?>) a).getElementType().getJavaType();
                    checked += check(model.embeddable(element),
                            field.getAnnotation(CollectionTable.class).name(), lengths, wrong);
                } else if (isText(a)) {
                    checked += check((Field) a.getJavaMember(), table, lengths, wrong);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "text fields without the length of their column: " + wrong);
        assertTrue(checked > 100, "every text column of every entity was looked at: " + checked);
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedNamingTheFieldNotCut() {
        Long commune = fixtures.commune("23638");
        String name = "Tổ thử độ dài " + Fixtures.next();
        String village = "Làng ".repeat(40).strip();

        // past the entity's own rule (Team.rename), as a forgotten check in a service would let it through
        EJBException e = assertThrows(EJBException.class, () -> probe.teamWithVillage(commune, name, village));

        InvalidInputException refusal = Rules.refusal(e).orElseThrow(() -> e); // what a page shows (Actions)
        var problem = refusal.getProblems().get(0);
        assertEquals("village", problem.field(), "next to the field of the same name");
        assertEquals("Thôn, làng, tổ dân phố quá dài (tối đa 150 ký tự).",
                Messages.get(Messages.VIETNAMESE, problem.messageKey(), problem.arguments()));
        assertEquals(0, probe.teamsNamed(commune, name), "nothing was stored, cut or whole");
    }

    private static boolean isText(Attribute<?, ?> a) {
        return a.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC
                && a.getJavaType() == String.class;
    }

    /** The text fields of an embeddable, stored in the table of its owner or of its collection. */
    private static int check(ManagedType<?> type, String table, Map<String, Integer> lengths, List<String> wrong) {
        int checked = 0;
        for (Attribute<?, ?> a : type.getAttributes()) {
            if (isText(a)) {
                checked += check((Field) a.getJavaMember(), table, lengths, wrong);
            }
        }
        return checked;
    }

    private static int check(Field field, String table, Map<String, Integer> lengths, List<String> wrong) {
        Column column = field.getAnnotation(Column.class);
        String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
        Integer length = lengths.get(key(table, name));
        Size size = field.getAnnotation(Size.class);
        String where = field.getDeclaringClass().getSimpleName() + "." + field.getName() + " (" + table + "." + name;
        if (length == null) {
            wrong.add(where + ": no such text column)");
        } else if (size == null || size.max() != length) {
            wrong.add(where + " " + length + ": " + (size == null ? "no @Size" : "@Size(max = " + size.max() + ")") + ")");
        }
        return 1;
    }

    /** "TABLE.COLUMN" → length, of every text column of the application's schema (names in upper case). */
    private Map<String, Integer> textColumns() throws Exception {
        Map<String, Integer> lengths = new HashMap<>();
        Set<Integer> text = Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR);
        try (Connection c = database.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet r = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (r.next()) {
                    if (text.contains(r.getInt("DATA_TYPE"))) {
                        lengths.put(key(r.getString("TABLE_NAME"), r.getString("COLUMN_NAME")), r.getInt("COLUMN_SIZE"));
                    }
                }
            }
        }
        assertTrue(lengths.containsKey("MEMBER.ETHNICITY"), () -> "the schema was read: " + lengths.keySet());
        return lengths;
    }

    private static String key(String table, String column) {
        return (table + "." + column).toUpperCase(Locale.ROOT);
    }
}
