package org.policygraph.recognise.tagger;

import com.hankcs.hanlp.classification.utilities.io.ConsoleLogger;
import com.hankcs.hanlp.classification.utilities.io.ILogger;

/**
 * HanLP's perceptron utilities report progress on standard output through the global
 * {@code ConsoleLogger.logger} ({@code LinearModel.compress} writes thousands of percentages and
 * "构建完毕"), but a command's standard output is its answer ({@code eval}'s table, {@code train}'s
 * fit), so that logger is replaced by one that says nothing; our commands report their own progress
 * on standard error.
 */
final class QuietHanLpLogger implements ILogger {
    private QuietHanLpLogger() {}

    /** Idempotent; HanLP reads the field at each call. */
    static void install() {
        if (!(ConsoleLogger.logger instanceof QuietHanLpLogger)) ConsoleLogger.logger = new QuietHanLpLogger();
    }

    @Override public void out(String format, Object... args) {}

    @Override public void err(String format, Object... args) {}

    @Override public void start(String format, Object... args) {}

    @Override public void finish(String format, Object... args) {}
}
