#include "terminalview.h"

#include "terminalmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QInputMethodEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>
#include <cmath>

namespace {
constexpr int kCoalesceMs = 10;
constexpr int kCapMs = 40;
} // namespace

TerminalView::TerminalView(TerminalModel *model, QWidget *parent) : QAbstractScrollArea(parent), m_model(model)
{
    setObjectName(QStringLiteral("terminalView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::IBeamCursor);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter);
    setFont(font);
    updateFontMetrics();
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, &TerminalView::flush);
    connect(m_model, &TerminalModel::damaged, this, &TerminalView::onDamage);
    connect(m_model, &TerminalModel::scrollbackChanged, this, &TerminalView::updateScrollbar);
    m_model->takeDamage(); // what happened before this view existed: it paints everything first anyway
    m_model->setDefaultColors(qRgb(0xdc, 0xdc, 0xdc), qRgb(0x1c, 0x1c, 0x1c));
}

QSize TerminalView::sizeHint() const
{
    return {m_cell.width() * 80 + verticalScrollBar()->sizeHint().width() + 4, m_cell.height() * 24 + 4};
}

void TerminalView::updateFontMetrics()
{
    // Whole-pixel cells; letter spacing makes every glyph advance exactly one
    // cell, so a run drawn with one call stays on the grid.
    QFont grid = font();
    grid.setLetterSpacing(QFont::AbsoluteSpacing, 0);
    const qreal advance = QFontMetricsF(grid).horizontalAdvance(QLatin1Char('M'));
    const int width = std::max(1, int(std::ceil(advance)));
    grid.setLetterSpacing(QFont::AbsoluteSpacing, width - advance);
    if (grid != font())
        setFont(grid);
    const QFontMetrics metrics(grid);
    m_cell = QSize(width, std::max(1, metrics.height()));
    m_ascent = metrics.ascent();
}

int TerminalView::topLine() const
{
    return verticalScrollBar()->value() - m_model->scrollbackLines();
}

void TerminalView::updateScrollbar()
{
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker block(bar);
    bar->setRange(0, m_model->scrollbackLines());
    bar->setPageStep(m_model->rows());
    if (m_followOutput)
        bar->setValue(bar->maximum());
}

void TerminalView::onDamage()
{
    // Coalesce: repaint ~10 ms after the first change of a burst, but under
    // constant output no later than ~40 ms after it.
    if (!m_pending) {
        m_pending = true;
        m_sinceFirstDamage.start();
    }
    const int waited = int(m_sinceFirstDamage.elapsed());
    m_coalesce.start(std::max(0, std::min(kCoalesceMs, kCapMs - waited)));
}

void TerminalView::flush()
{
    m_pending = false;
    const QRect damage = m_model->takeDamage();
    if (damage.isEmpty())
        return;
    if (!m_followOutput || topLine() != 0) {
        viewport()->update(); // scrolled into the past: the whole view moves
        return;
    }
    viewport()->update(QRect(damage.x() * m_cell.width(), damage.y() * m_cell.height(), damage.width() * m_cell.width(),
                             damage.height() * m_cell.height()));
}

QRect TerminalView::cellRect(int column, int row) const
{
    return QRect(column * m_cell.width(), row * m_cell.height(), m_cell.width(), m_cell.height());
}

QPoint TerminalView::cellAt(const QPoint &pixel) const
{
    return QPoint(std::clamp(pixel.x() / m_cell.width(), 0, m_model->columns() - 1),
                  std::clamp(pixel.y() / m_cell.height(), 0, m_model->rows() - 1) + topLine());
}

bool TerminalView::isSelected(int column, int line) const
{
    if (!m_selectionStart || !m_selectionEnd)
        return false;
    auto key = [](QPoint p) { return std::make_pair(p.y(), p.x()); };
    auto [from, to] = std::minmax(*m_selectionStart, *m_selectionEnd, [&](QPoint a, QPoint b) { return key(a) < key(b); });
    return key(QPoint(column, line)) >= key(from) && key(QPoint(column, line)) <= key(to);
}

void TerminalView::paintLine(QPainter &painter, int row, int firstColumn, int lastColumn)
{
    const int line = topLine() + row;
    QFont plain = font(), styled = font();
    for (int column = firstColumn; column <= lastColumn;) {
        TerminalModel::Cell cell = m_model->cell(line, column);
        if (cell.width == 0 && column > 0) { // the right half of a wide character: drawn with its left half
            cell = m_model->cell(line, column - 1);
            --column;
        }
        // A run of cells with the same look is drawn with one call.
        auto glyph = [](const TerminalModel::Cell &c) { return c.ch ? QString::fromUcs4(&c.ch, 1) : QStringLiteral(" "); };
        const QRgb fg0 = cell.fg, bg0 = cell.bg;
        const quint8 attrs = cell.attrs;
        const bool selected = isSelected(column, line);
        QString text = glyph(cell);
        int span = std::max<int>(1, cell.width);
        int next = column + span;
        if (cell.width == 1) { // wide characters are drawn one by one
            for (; next <= lastColumn; ++next, ++span) {
                const TerminalModel::Cell c = m_model->cell(line, next);
                if (c.fg != fg0 || c.bg != bg0 || c.attrs != attrs || c.width != 1 || isSelected(next, line) != selected)
                    break;
                text += glyph(c);
            }
        }
        QColor fg = QColor::fromRgb(fg0), bg = QColor::fromRgb(bg0);
        if (attrs & TerminalModel::Reverse)
            std::swap(fg, bg);
        if (selected) {
            fg = palette().color(QPalette::HighlightedText);
            bg = palette().color(QPalette::Highlight);
        }
        const QRect area(column * m_cell.width(), row * m_cell.height(), span * m_cell.width(), m_cell.height());
        painter.fillRect(area, bg);
        if (!text.trimmed().isEmpty()) {
            styled.setBold(attrs & TerminalModel::Bold);
            styled.setItalic(attrs & TerminalModel::Italic);
            styled.setUnderline(attrs & TerminalModel::Underline);
            styled.setStrikeOut(attrs & TerminalModel::Strike);
            painter.setFont((attrs & (TerminalModel::Bold | TerminalModel::Italic | TerminalModel::Underline | TerminalModel::Strike)) ? styled : plain);
            painter.setPen(fg);
            painter.setClipRect(area);
            painter.drawText(area.x(), area.y() + m_ascent, text);
            painter.setClipping(false);
        }
        column = next;
    }
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    ++m_paints;
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.fillRect(dirty, QColor::fromRgb(m_model->defaultBackground()));
    const int firstRow = std::max(0, dirty.top() / m_cell.height());
    const int lastRow = std::min(m_model->rows() - 1, dirty.bottom() / m_cell.height());
    const int firstColumn = std::max(0, dirty.left() / m_cell.width());
    const int lastColumn = std::min(m_model->columns() - 1, dirty.right() / m_cell.width());
    for (int row = firstRow; row <= lastRow; ++row)
        paintLine(painter, row, firstColumn, lastColumn);
    // The cursor, in its shape, and an input method's preedit at it.
    const QPoint cursor = m_model->cursor();
    const int cursorRow = cursor.y() - topLine();
    if (m_model->cursorVisible() && cursorRow >= 0 && cursorRow < m_model->rows()) {
        QRect box = cellRect(cursor.x(), cursorRow);
        const QColor colour = QColor::fromRgb(m_model->defaultForeground());
        if (!m_preedit.isEmpty()) {
            const int width = QFontMetrics(font()).horizontalAdvance(m_preedit);
            const QRect area(box.topLeft(), QSize(width, box.height()));
            painter.fillRect(area, QColor::fromRgb(m_model->defaultBackground()));
            painter.setPen(colour);
            painter.drawText(area.x(), area.y() + m_ascent, m_preedit);
            painter.drawLine(area.bottomLeft(), area.bottomRight());
        } else if (!hasFocus()) {
            painter.setPen(colour);
            painter.drawRect(box.adjusted(0, 0, -1, -1));
        } else if (m_model->cursorShape() == TerminalModel::CursorShape::Block) {
            painter.setCompositionMode(QPainter::RasterOp_SourceXorDestination);
            painter.fillRect(box, Qt::white);
        } else if (m_model->cursorShape() == TerminalModel::CursorShape::Underline) {
            painter.fillRect(QRect(box.left(), box.bottom() - 1, box.width(), 2), colour);
        } else {
            painter.fillRect(QRect(box.left(), box.top(), 2, box.height()), colour);
        }
    }
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitToViewport();
}

void TerminalView::fitToViewport()
{
    const int columns = std::max(2, viewport()->width() / m_cell.width());
    const int rows = std::max(1, viewport()->height() / m_cell.height());
    if (columns != m_model->columns() || rows != m_model->rows()) {
        m_model->resize(rows, columns);
        updateScrollbar();
        emit terminalResized(rows, columns);
    }
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
    if (ctrlShift && event->key() == Qt::Key_C) {
        QApplication::clipboard()->setText(selectedText());
        return;
    }
    if (ctrlShift && event->key() == Qt::Key_V) {
        m_model->paste(QApplication::clipboard()->text());
        return;
    }
    if (ctrlShift && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)) {
        zoom(1);
        return;
    }
    if (ctrlShift && (event->key() == Qt::Key_Minus || event->key() == Qt::Key_Underscore)) {
        zoom(-1);
        return;
    }
    if ((mods & Qt::ShiftModifier) && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        verticalScrollBar()->triggerAction(event->key() == Qt::Key_PageUp ? QAbstractSlider::SliderPageStepSub : QAbstractSlider::SliderPageStepAdd);
        return;
    }
    if (event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control || event->key() == Qt::Key_Alt || event->key() == Qt::Key_Meta)
        return;
    m_selectionStart.reset();
    m_followOutput = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_model->sendKey(event->key(), mods, event->text());
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    if (!event->commitString().isEmpty())
        m_model->sendText(event->commitString());
    m_preedit = event->preeditString();
    viewport()->update();
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    const QPoint cursor = m_model->cursor();
    switch (query) {
    case Qt::ImEnabled: return true;
    case Qt::ImCursorRectangle: return cellRect(cursor.x(), cursor.y() - topLine());
    case Qt::ImFont: return font();
    case Qt::ImCursorPosition: return cursor.x();
    case Qt::ImSurroundingText: return m_model->lineText(cursor.y());
    default: return QAbstractScrollArea::inputMethodQuery(query);
    }
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    const QPoint at = cellAt(event->position().toPoint());
    if (m_model->mouseMode() > 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        m_model->sendMouse(at.y() - topLine(), at.x(), button, true, event->modifiers());
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        m_model->paste(QApplication::clipboard()->text(QClipboard::Selection));
        return;
    }
    m_selectionStart = at;
    m_selectionEnd.reset();
    viewport()->update();
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = cellAt(event->position().toPoint());
    if (m_model->mouseMode() >= 2 && !(event->modifiers() & Qt::ShiftModifier)) {
        m_model->sendMouse(at.y() - topLine(), at.x(), 0, false, event->modifiers());
        return;
    }
    if (m_selectionStart && (event->buttons() & Qt::LeftButton)) {
        m_selectionEnd = at;
        viewport()->update();
    }
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint at = cellAt(event->position().toPoint());
    if (m_model->mouseMode() > 0 && !(event->modifiers() & Qt::ShiftModifier)) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        m_model->sendMouse(at.y() - topLine(), at.x(), button, false, event->modifiers());
        return;
    }
    if (m_selectionStart && m_selectionEnd && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoom(event->angleDelta().y() > 0 ? 1 : -1);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TerminalView::scrollContentsBy(int, int)
{
    m_followOutput = verticalScrollBar()->value() == verticalScrollBar()->maximum();
    viewport()->update();
}

QString TerminalView::selectedText() const
{
    if (!m_selectionStart || !m_selectionEnd)
        return {};
    return m_model->text(*m_selectionStart, *m_selectionEnd);
}

void TerminalView::selectAll()
{
    m_selectionStart = QPoint(0, -m_model->scrollbackLines());
    m_selectionEnd = QPoint(m_model->columns() - 1, m_model->rows() - 1);
    viewport()->update();
}

bool TerminalView::findNext(const QString &needle)
{
    const int from = m_selectionStart && m_selectionEnd ? m_selectionStart->y() - 1 : m_model->rows() - 1;
    const auto found = m_model->findUp(needle, from);
    if (!found)
        return false;
    m_selectionStart = *found;
    m_selectionEnd = QPoint(found->x() + int(needle.size()) - 1, found->y());
    const int value = found->y() + m_model->scrollbackLines();
    m_followOutput = false;
    verticalScrollBar()->setValue(std::min(value, verticalScrollBar()->maximum()));
    viewport()->update();
    return true;
}

void TerminalView::zoom(int steps)
{
    QFont bigger = font();
    bigger.setPointSizeF(std::clamp(bigger.pointSizeF() + steps, 6.0, 48.0));
    setFont(bigger);
    updateFontMetrics();
    fitToViewport();
    viewport()->update();
}
