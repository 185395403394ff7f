package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documented rule: a short form keeps characters of the full name in order, keeps its first
 * and last character, is at least three characters and shorter than the full name; a place
 * prefix of the full name may be dropped first.
 */
class AbbreviationsTest {

    @ParameterizedTest(name = "{0} is short for {1}")
    @CsvSource({
            "北科院, 北京科学技术研究院",
            "中关村示范区, 中关村国家自主创新示范区",
            "海淀区政府, 北京市海淀区人民政府",       // after dropping the place prefix 北京市
            "中关村管委会, 中关村科技园区管理委员会",
            "中科院, 中国科学院",
            "石墨烯种子基地, 中关村房山新材料产业园石墨烯种子基地" // 001: the site without the park it lies in
    })
    void shortForms(String shortName, String fullName) {
        assertTrue(Abbreviations.isShortFormOf(shortName, fullName));
    }

    @ParameterizedTest(name = "{0} is not short for {1}")
    @CsvSource({
            "北科, 北京科学技术研究院",                 // under three characters
            "北研科院, 北京科学技术研究院",             // 研 before 科: order not kept
            "北科所, 北京科学技术研究院",               // last character not kept
            "京科院, 北京科学技术研究院",               // first character not kept, and 京 is no place prefix
            "中关村科学城, 中关村科学城",               // the name itself is no short form
            "中关村科学城北区, 中关村科学城",           // longer than the full name
            "北京大学, 清华大学",
            "市科委, 北京市科学技术委员会",            // last character not kept (委 for 会)
            "技术创新中心, 国家新能源汽车技术创新中心"  // what is dropped in front is no park or place
    })
    void notShortForms(String shortName, String fullName) {
        assertFalse(Abbreviations.isShortFormOf(shortName, fullName));
    }

    @Test
    void fullNameIsNotAShortFormOfItsShortForm() {
        assertFalse(Abbreviations.isShortFormOf("北京科学技术研究院", "北科院"));
    }

    @Test
    void cityGovernmentIsNotShortForTheDistrictGovernment() {
        assertFalse(Abbreviations.isShortFormOf("市政府", "北京市海淀区人民政府"));
    }
}
