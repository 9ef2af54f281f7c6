#pragma once
// The terminal model: libvterm's screen plus our scrollback. Bytes from the
// program go in (feed); bytes for the program come out (output: keys,
// pastes, mouse reports). It knows nothing of painting: damage only marks
// cells dirty, and the view decides when to repaint them.
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QRgb>
#include <deque>
#include <optional>
#include <vector>

#include <vterm.h>

class TerminalModel : public QObject {
    Q_OBJECT
public:
    enum Attribute : quint8 { Bold = 1, Italic = 2, Underline = 4, Reverse = 8, Strike = 16, DefaultFg = 32, DefaultBg = 64 };
    enum class CursorShape { Block, Underline, Bar };
    struct Cell {
        char32_t ch = 0;  // 0: blank; the right half of a wide character has width 0
        QRgb fg = 0;
        QRgb bg = 0;
        quint8 attrs = DefaultFg | DefaultBg;
        qint8 width = 1;
    };

    TerminalModel(int rows, int cols, int scrollbackLines = 10000, QObject *parent = nullptr);
    ~TerminalModel() override;

    void feed(const QByteArray &bytes); // the program's output
    void clear();                       // an empty screen and no scrollback, as when new
    void resize(int rows, int cols);
    int rows() const { return m_rows; }
    int columns() const { return m_cols; }
    int scrollbackLines() const { return int(m_scrollback.size()); }

    // line: -scrollbackLines() .. rows()-1 (negative: scrollback).
    Cell cell(int line, int column) const;
    QString lineText(int line) const; // trailing blanks trimmed
    QString text(QPoint from, QPoint to) const; // (column, line), inclusive, lines joined by \n
    QPoint cursor() const; // (column, row)
    bool cursorVisible() const { return m_cursorVisible; }
    CursorShape cursorShape() const { return m_cursorShape; }
    bool isAltScreen() const { return m_altScreen; }
    int mouseMode() const { return m_mouseMode; } // 0 none, 1 click, 2 drag, 3 move
    QString title() const { return m_title; }

    // Input for the program (comes back as output()).
    void sendKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text);
    void sendText(const QString &text);
    void paste(const QString &text); // bracketed when the program asked for it
    void sendMouse(int row, int column, int button, bool pressed, Qt::KeyboardModifiers modifiers);

    // The screen cells changed since the last call (empty when none).
    QRect takeDamage();
    // Where needle next occurs (column, line), searching up from `from`.
    std::optional<QPoint> findUp(const QString &needle, int fromLine) const;

    // Colours for the default foreground and background (the view's palette).
    void setDefaultColors(QRgb foreground, QRgb background);
    QRgb defaultForeground() const { return m_defaultFg; }
    QRgb defaultBackground() const { return m_defaultBg; }

signals:
    void output(const QByteArray &bytes); // to the program
    void damaged();                       // once per batch, until takeDamage()
    void scrollbackChanged();
    void titleChanged(const QString &title);

private:
    static int onDamage(VTermRect rect, void *self);
    static int onMoveRect(VTermRect dest, VTermRect src, void *self);
    static int onMoveCursor(VTermPos pos, VTermPos old, int visible, void *self);
    static int onTermProp(VTermProp prop, VTermValue *value, void *self);
    static int onPushLine(int cols, const VTermScreenCell *cells, void *self);
    static int onPopLine(int cols, VTermScreenCell *cells, void *self);
    static void onOutput(const char *bytes, size_t length, void *self);
    void markDamaged(const QRect &cells);
    Cell convert(const VTermScreenCell &cell) const;
    Cell screenCell(int row, int column) const;

    VTerm *m_vterm;
    VTermScreen *m_screen;
    int m_rows;
    int m_cols;
    size_t m_scrollbackCapacity;
    std::deque<std::vector<Cell>> m_scrollback; // oldest first
    QRect m_damage;
    bool m_damageSignalled = false;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    CursorShape m_cursorShape = CursorShape::Block;
    bool m_altScreen = false;
    int m_mouseMode = 0;
    QString m_title;
    QRgb m_defaultFg = qRgb(0xdd, 0xdd, 0xdd);
    QRgb m_defaultBg = qRgb(0x1e, 0x1e, 0x1e);
};
