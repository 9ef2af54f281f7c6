#include "cli/gotemplate_tree.h"

#include <QRegularExpression>


namespace porthole::gotemplate {
namespace {

QString actionError(const QString &what)
{
    return QStringLiteral("template: %1").arg(what);
}

// Reads one operand at pos inside an action's text.
class ActionReader {
public:
    explicit ActionReader(const QString &text) : m_text(text) {}

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    QChar peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text.at(m_pos) : QChar();
    }
    void advance() { ++m_pos; }
    qsizetype position() const { return m_pos; }

    Result<Pipeline> pipeline(QChar closing);
    Result<Operand> operand();

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    Result<QString> quoted();
    QString word();

    const QString &m_text;
    qsizetype m_pos = 0;
};

Result<QString> ActionReader::quoted()
{
    const QChar quote = m_text.at(m_pos++);
    QString value;
    while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
        QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && m_pos < m_text.size()) {
            const QChar escaped = m_text.at(m_pos++);
            c = escaped == QLatin1Char('n') ? QChar(u'\n') : escaped == QLatin1Char('t') ? QChar(u'\t') : escaped;
        }
        value += c;
    }
    if (m_pos >= m_text.size())
        return fail(actionError(QStringLiteral("unterminated quoted string")));
    ++m_pos;
    return value;
}

QString ActionReader::word()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != QLatin1Char('|')
           && m_text.at(m_pos) != QLatin1Char('(') && m_text.at(m_pos) != QLatin1Char(')'))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

Result<Operand> ActionReader::operand()
{
    const QChar c = peek();
    Operand operand;
    if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
        auto text = quoted();
        if (!text)
            return std::unexpected(text.error());
        operand.kind = Operand::Kind::String;
        operand.text = *text;
        return operand;
    }
    if (c == QLatin1Char('(')) {
        advance();
        auto nested = pipeline(QLatin1Char(')'));
        if (!nested)
            return std::unexpected(nested.error());
        operand.kind = Operand::Kind::Nested;
        operand.nested = std::make_shared<Pipeline>(*nested);
        return operand;
    }
    const QString text = word();
    bool isNumber = false;
    operand.number = text.toDouble(&isNumber);
    if (text == QLatin1String("."))
        operand.kind = Operand::Kind::Dot;
    else if (text.startsWith(QLatin1Char('$')))
        operand = Operand{Operand::Kind::Variable, text};
    else if (text.startsWith(QLatin1Char('.')))
        operand = Operand{Operand::Kind::Field, text};
    else if (isNumber)
        operand.kind = Operand::Kind::Number;
    else if (text == QLatin1String("true") || text == QLatin1String("false"))
        operand = Operand{Operand::Kind::Bool, text, 0, text == QLatin1String("true")};
    else if (!text.isEmpty() && (text.at(0).isLetter() || text.at(0) == QLatin1Char('_')))
        operand = Operand{Operand::Kind::Function, text};
    else
        return fail(actionError(QStringLiteral("unexpected \"%1\" in command").arg(text)));
    return operand;
}

Result<Pipeline> ActionReader::pipeline(QChar closing)
{
    Pipeline pipeline;
    Command command;
    for (;;) {
        if (atEnd() || peek() == closing) {
            if (!closing.isNull() && atEnd())
                return fail(actionError(QStringLiteral("unclosed left paren")));
            if (!closing.isNull())
                advance();
            break;
        }
        if (peek() == QLatin1Char('|')) {
            advance();
            if (command.operands.isEmpty())
                return fail(actionError(QStringLiteral("missing command before |")));
            pipeline.commands.append(command);
            command = {};
            continue;
        }
        auto next = operand();
        if (!next)
            return std::unexpected(next.error());
        command.operands.append(*next);
    }
    if (command.operands.isEmpty())
        return fail(actionError(QStringLiteral("missing value for command")));
    pipeline.commands.append(command);
    return pipeline;
}

Result<Pipeline> parsePipeline(const QString &text)
{
    ActionReader reader(text);
    return reader.pipeline(QChar());
}

// The template cut into text and actions, {{- and -}} trimming the space
// next to them.
struct Piece {
    bool isAction = false;
    QString text;
};

Result<QList<Piece>> splitPieces(const QString &text)
{
    QList<Piece> pieces;
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), position);
        QString literal = text.mid(position, open < 0 ? -1 : open - position);
        if (open < 0) {
            pieces.append({false, literal});
            break;
        }
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return fail(actionError(QStringLiteral("unclosed action")));
        QString inner = text.mid(open + 2, close - open - 2);
        if (inner.startsWith(QLatin1String("- ")))
            while (!literal.isEmpty() && literal.back().isSpace())
                literal.chop(1);
        pieces.append({false, literal});
        const bool trimAfter = inner.endsWith(QLatin1String(" -"));
        pieces.append({true, inner.mid(inner.startsWith(QLatin1String("- ")) ? 2 : 0).chopped(trimAfter ? 2 : 0).trimmed()});
        position = close + 2;
        if (trimAfter)
            while (position < text.size() && text.at(position).isSpace())
                ++position;
    }
    return pieces;
}

// Builds nodes from pieces until an {{else}} or {{end}} (returned in stop).
class BlockBuilder {
public:
    explicit BlockBuilder(const QList<Piece> &pieces) : m_pieces(pieces) {}

    Result<QList<Node>> nodes(QString &stop)
    {
        QList<Node> nodes;
        while (m_next < m_pieces.size()) {
            const Piece &piece = m_pieces.at(m_next++);
            if (!piece.isAction) {
                if (!piece.text.isEmpty())
                    nodes.append(Node{Node::Kind::Text, piece.text, {}, {}, {}, {}});
                continue;
            }
            const QString keyword = piece.text.section(QLatin1Char(' '), 0, 0);
            if (keyword == QLatin1String("end") || keyword == QLatin1String("else")) {
                stop = keyword;
                return nodes;
            }
            auto node = action(piece.text, keyword);
            if (!node)
                return std::unexpected(node.error());
            nodes.append(*node);
        }
        stop.clear();
        return nodes;
    }

private:
    Result<Node> action(const QString &text, const QString &keyword)
    {
        const bool block = keyword == QLatin1String("if") || keyword == QLatin1String("range") || keyword == QLatin1String("with");
        if (text.startsWith(QLatin1String("/*")))
            return Node{Node::Kind::Text, {}, {}, {}, {}, {}}; // a comment
        // "$x :=" or, for range, "$i, $e :=" before the pipeline declares variables.
        static const QRegularExpression declaration(QStringLiteral("^\\s*(\\$\\w*)\\s*(?:,\\s*(\\$\\w*)\\s*)?:=(.*)$"),
                                                    QRegularExpression::DotMatchesEverythingOption);
        QString rest = block ? text.mid(keyword.size()) : text;
        QStringList variables;
        if (const auto match = declaration.match(rest); match.hasMatch() && keyword != QLatin1String("if")) {
            variables.append(match.captured(1));
            if (match.capturedLength(2) > 0)
                variables.append(match.captured(2));
            if (variables.size() > 1 && keyword != QLatin1String("range"))
                return fail(actionError(QStringLiteral("too many declarations in command")));
            rest = match.captured(3);
        }
        auto pipeline = parsePipeline(rest);
        if (!pipeline)
            return std::unexpected(pipeline.error());
        Node node{Node::Kind::Action, {}, *pipeline, {}, {}, variables};
        if (!block)
            return node;
        node.kind = keyword == QLatin1String("if") ? Node::Kind::If : keyword == QLatin1String("range") ? Node::Kind::Range : Node::Kind::With;
        QString stop;
        auto body = nodes(stop);
        if (!body)
            return std::unexpected(body.error());
        node.body = *body;
        if (stop == QLatin1String("else")) {
            auto elseBody = nodes(stop);
            if (!elseBody)
                return std::unexpected(elseBody.error());
            node.elseBody = *elseBody;
        }
        if (stop != QLatin1String("end"))
            return fail(actionError(QStringLiteral("unexpected EOF: %1 has no {{end}}").arg(keyword)));
        return node;
    }

    const QList<Piece> &m_pieces;
    qsizetype m_next = 0;
};

} // namespace

Result<QList<Node>> parseTemplate(const QString &text)
{
    auto pieces = splitPieces(text);
    if (!pieces)
        return std::unexpected(pieces.error());
    BlockBuilder builder(*pieces);
    QString stop;
    auto nodes = builder.nodes(stop);
    if (nodes && !stop.isEmpty())
        return fail(actionError(QStringLiteral("unexpected {{%1}}").arg(stop)));
    return nodes;
}

} // namespace porthole::gotemplate
