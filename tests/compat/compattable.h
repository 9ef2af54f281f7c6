#pragma once
// The differential suite's tables and its comparison: the scenarios of
// commands.txt, the listed differences of differences.txt, and the
// normalisation that makes two engines' outputs comparable (ids, times,
// sizes, error prefixes, help hints, the program's name).
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace compat {

// A sequence of shell lines run in order on a fresh store (or daemon).
struct Scenario {
    QString name;
    QStringList lines;
    bool alone = false; // "!alone": the engines one after the other (host ports)
};

// What one line did on one engine.
struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
    bool operator==(const Outcome &) const = default;
};

// A deliberate difference: a command line of a scenario ("*": of any) and why.
struct Listed {
    QString scenario;
    QString command;
    QString reason;
};

// commands.txt: "== name [!alone]" opens a scenario, every other non-empty line
// that is not a comment (#) is one of its command lines.
QList<Scenario> parseScenarios(const QString &text, QString *error);
// differences.txt: records of "scenario:", "command:" and "reason:" lines,
// separated by blank lines.
QList<Listed> parseDifferences(const QString &text, QString *error);

// Normalises one engine's outputs of one scenario, in the order they were
// printed: the same id is the same placeholder throughout (<ID1> for its
// 64 hex digits, <id1> for its 12), so what refers to what still counts.
class Normaliser {
public:
    // The engine's scratch directory, written <work> (its path differs).
    explicit Normaliser(const QString &workDir)
        : m_workDir(workDir)
    {
    }
    Outcome normalise(const Outcome &raw);
    QString normaliseText(const QString &text);

private:
    QString replaceIds(const QString &text);
    QString m_workDir;
    QHash<QString, int> m_ids;
};

// An outcome as the report shows it: exit code, then each stream's lines.
QString describe(const Outcome &outcome);

} // namespace compat
