// The command bar and `porthole ...`: a line split into shell words, then
// Docker's command-line parser over the verb table. Quoting a word for a
// shell and splitting it back gives the same word.
#include "fuzzsupport.h"
#include "base/shellwords.h"
#include "cli/cmdline.h"

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = fuzz::text(data, size);
    auto words = splitShellWords(line);
    if (!words)
        return 0;
    QStringList quoted;
    for (const QString &word : std::as_const(*words))
        quoted.append(quoteShellWord(word));
    auto again = splitShellWords(quoted.join(QLatin1Char(' ')));
    if (!again || *again != *words)
        fuzz::violated("quoted words do not split back to themselves:", quoted.join(QLatin1Char(' ')));
    if (auto invocation = parseCommandLine(*words); invocation && invocation->command.spec) {
        const ParsedCommand &command = invocation->command;
        for (auto it = command.flags.cbegin(); it != command.flags.cend(); ++it)
            command.value(it.key());
        commandUsage(*command.spec);
    }
    return 0;
}
