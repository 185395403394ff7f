package org.policygraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report published as a table of tasks gives one task per row: key the 序号, title the 任务内容 to its first full stop. */
class TaskTableTest {
    private final HeadingStructureParser parser = new HeadingStructureParser();

    private static final String TABLE = "2020年重点任务落实情况\n"
            + "序号 任务内容 任务来源 责任单位 落实情况\n"
            + "1 推进雄安新区中关村科技园建设。研究发展规划。 市政府工作报告 中关村管委会 1.研究雄安新区中关村科技园发展规划。2.梳理优势企业。\n"
            + "2 支持共建园区发展 折子工程 市发展改革委 (一)召开科技城高层联席会。(二)完成27个项目投资协议书的签署。\n"
            + "3\n实施促进科技成果转化条例\n市科委\n一是完善配套政策;二是开展执法检查。\n";

    @Test
    void eachRowIsATask() {
        ReportStructure s = parser.parse(TABLE);
        assertEquals(List.of("1", "2", "3"), s.tasks().stream().map(Task::key).toList());
        assertEquals(List.of("推进雄安新区中关村科技园建设", "支持共建园区发展", "实施促进科技成果转化条例"), s.tasks().stream().map(Task::title).toList());
        // the row's other cells, the 落实情况 with its own numbering included, are the task's body
        Task second = s.tasks().get(1);
        assertTrue(TABLE.substring(second.start(), second.end()).contains("完成27个项目投资协议书的签署"));
        assertTrue(s.tasks().stream().noneMatch(Task::hasParent));
    }

    @Test
    void theTableEndsAtTheNextSection() {
        ReportStructure s = parser.parse(TABLE + "一、下一步工作安排\n(一)加快推进园区建设。\n");
        assertEquals(List.of("1", "2", "3", "一、", "(一)"), s.tasks().stream().map(Task::key).toList());
        assertTrue(s.tasks().get(2).end() <= TABLE.length());
    }

    @Test
    void withoutAHeaderNumberedLinesAreNoRows() {
        String text = "2020年工作总结\n1 推进雄安新区中关村科技园建设\n2 支持共建园区发展\n";
        assertTrue(parser.parse(text).tasks().isEmpty());
    }
}
