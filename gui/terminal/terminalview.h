#pragma once
// Paints a TerminalModel: damage from the model is coalesced by one timer
// (~10 ms after the first change, never more than ~40 ms under constant
// output) and only the dirty region is repainted. Keys, pastes, the mouse
// and input methods (preedit shown at the cursor) go to the model; the
// scrollbar shows the scrollback. Selection and copy (Ctrl+Shift+C), paste
// (Ctrl+Shift+V), search, and font zoom (Ctrl+Shift+= / Ctrl+Shift+-).
#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QTimer>
#include <optional>

class TerminalModel;

class TerminalView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TerminalView(TerminalModel *model, QWidget *parent = nullptr);

    TerminalModel *model() const { return m_model; }
    QSize cellSize() const { return m_cell; }
    int topLine() const; // the first line shown (negative: in the scrollback)
    QString selectedText() const;
    void selectAll();
    bool findNext(const QString &needle); // upward from the last match; selects and shows it
    void zoom(int steps);
    int paintCount() const { return m_paints; }
    QSize sizeHint() const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

signals:
    void terminalResized(int rows, int columns);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool focusNextPrevChild(bool) override { return false; } // Tab goes to the program
    void scrollContentsBy(int dx, int dy) override;

private:
    void onDamage();
    void flush();
    void updateFontMetrics();
    void fitToViewport(); // rows and columns from the viewport's size
    void updateScrollbar();
    QPoint cellAt(const QPoint &pixel) const; // (column, line)
    QRect cellRect(int column, int row) const;
    bool isSelected(int column, int line) const;
    void paintLine(class QPainter &painter, int row, int firstColumn, int lastColumn);

    TerminalModel *m_model;
    QSize m_cell;
    int m_ascent = 0;
    QTimer m_coalesce;
    QElapsedTimer m_sinceFirstDamage;
    bool m_pending = false;
    QString m_preedit;
    std::optional<QPoint> m_selectionStart, m_selectionEnd;
    int m_searchFrom = 0;
    bool m_followOutput = true;
    int m_paints = 0;
};
