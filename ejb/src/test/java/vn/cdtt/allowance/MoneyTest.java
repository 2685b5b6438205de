package vn.cdtt.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsInWordsAsAFinanceOfficeWritesThem() {
        assertEquals("Không đồng", Money.words(0));
        assertEquals("Một triệu lẻ năm đồng", Money.words(1_000_005));
        assertEquals("Một triệu hai trăm năm mươi nghìn đồng", Money.words(1_250_000));
        assertEquals("Hai mươi mốt triệu đồng", Money.words(21_000_000));
    }

    @Test
    void figuresGroupThousandsWithDotsAndHaveNoDecimals() {
        assertEquals("0", Money.figures(0));
        assertEquals("1.250.000", Money.figures(1_250_000));
        assertEquals("21.000.000", Money.figures(21_000_000));
        assertEquals("-50.000", Money.figures(-50_000));
    }
}
