#include "terminalmodel.h"

namespace {

VTermModifier modifiersOf(Qt::KeyboardModifiers modifiers)
{
    int result = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        result |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        result |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        result |= VTERM_MOD_CTRL;
    return VTermModifier(result);
}

std::optional<VTermKey> vtermKey(int qtKey)
{
    switch (qtKey) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default:
        if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F12)
            return VTermKey(VTERM_KEY_FUNCTION(qtKey - Qt::Key_F1 + 1));
        return std::nullopt;
    }
}

} // namespace

TerminalModel::TerminalModel(int rows, int cols, int scrollbackLines, QObject *parent)
    : QObject(parent), m_vterm(vterm_new(rows, cols)), m_rows(rows), m_cols(cols), m_scrollbackCapacity(size_t(std::max(0, scrollbackLines)))
{
    vterm_set_utf8(m_vterm, 1);
    m_screen = vterm_obtain_screen(m_vterm);
    static const VTermScreenCallbacks callbacks = {
        &TerminalModel::onDamage, &TerminalModel::onMoveRect, &TerminalModel::onMoveCursor, &TerminalModel::onTermProp,
        nullptr, nullptr, &TerminalModel::onPushLine, &TerminalModel::onPopLine,
    };
    vterm_screen_set_callbacks(m_screen, &callbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_output_set_callback(m_vterm, &TerminalModel::onOutput, this);
    vterm_screen_reset(m_screen, 1);
}

TerminalModel::~TerminalModel()
{
    vterm_free(m_vterm);
}

void TerminalModel::feed(const QByteArray &bytes)
{
    vterm_input_write(m_vterm, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_screen);
}

void TerminalModel::clear()
{
    vterm_screen_reset(m_screen, 1);
    m_scrollback.clear();
    vterm_screen_flush_damage(m_screen);
    markDamaged(QRect(0, 0, m_cols, m_rows));
    emit scrollbackChanged();
}

void TerminalModel::resize(int rows, int cols)
{
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = std::max(1, rows);
    m_cols = std::max(1, cols);
    vterm_set_size(m_vterm, m_rows, m_cols);
    vterm_screen_flush_damage(m_screen);
    markDamaged(QRect(0, 0, m_cols, m_rows));
}

void TerminalModel::markDamaged(const QRect &cells)
{
    m_damage = m_damage.united(cells);
    if (!m_damageSignalled) {
        m_damageSignalled = true;
        emit damaged();
    }
}

QRect TerminalModel::takeDamage()
{
    m_damageSignalled = false;
    return std::exchange(m_damage, QRect());
}

int TerminalModel::onDamage(VTermRect rect, void *self)
{
    static_cast<TerminalModel *>(self)->markDamaged(QRect(rect.start_col, rect.start_row, rect.end_col - rect.start_col, rect.end_row - rect.start_row));
    return 1;
}

int TerminalModel::onMoveRect(VTermRect dest, VTermRect, void *self)
{
    return onDamage(dest, self); // repainting the moved cells is as cheap as blitting them here
}

int TerminalModel::onMoveCursor(VTermPos pos, VTermPos old, int visible, void *self)
{
    auto *model = static_cast<TerminalModel *>(self);
    model->m_cursor = QPoint(pos.col, pos.row);
    model->m_cursorVisible = visible;
    model->markDamaged(QRect(old.col, old.row, 2, 1));
    model->markDamaged(QRect(pos.col, pos.row, 2, 1));
    return 1;
}

int TerminalModel::onTermProp(VTermProp prop, VTermValue *value, void *self)
{
    auto *model = static_cast<TerminalModel *>(self);
    switch (prop) {
    case VTERM_PROP_CURSORVISIBLE: model->m_cursorVisible = value->boolean; break;
    case VTERM_PROP_CURSORSHAPE:
        model->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE ? CursorShape::Underline
                               : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT ? CursorShape::Bar
                                                                                   : CursorShape::Block;
        break;
    case VTERM_PROP_ALTSCREEN: model->m_altScreen = value->boolean; break;
    case VTERM_PROP_MOUSE: model->m_mouseMode = value->number; break;
    case VTERM_PROP_TITLE:
        model->m_title = QString::fromUtf8(value->string);
        emit model->titleChanged(model->m_title);
        break;
    default: break;
    }
    model->markDamaged(QRect(model->m_cursor, QSize(1, 1)));
    return 1;
}

TerminalModel::Cell TerminalModel::convert(const VTermScreenCell &source) const
{
    Cell cell;
    cell.ch = source.chars[0] == 0xffffffff ? 0 : source.chars[0];
    cell.width = source.chars[0] == 0xffffffff ? 0 : source.width;
    quint8 attrs = 0;
    if (source.attrs.bold)
        attrs |= Bold;
    if (source.attrs.italic)
        attrs |= Italic;
    if (source.attrs.underline)
        attrs |= Underline;
    if (source.attrs.reverse)
        attrs |= Reverse;
    if (source.attrs.strike)
        attrs |= Strike;
    VTermColor fg = source.fg, bg = source.bg;
    if (VTERM_COLOR_IS_DEFAULT_FG(&fg))
        attrs |= DefaultFg;
    if (VTERM_COLOR_IS_DEFAULT_BG(&bg))
        attrs |= DefaultBg;
    vterm_screen_convert_color_to_rgb(m_screen, &fg);
    vterm_screen_convert_color_to_rgb(m_screen, &bg);
    cell.fg = (attrs & DefaultFg) ? m_defaultFg : qRgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
    cell.bg = (attrs & DefaultBg) ? m_defaultBg : qRgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
    cell.attrs = attrs;
    return cell;
}

int TerminalModel::onPushLine(int cols, const VTermScreenCell *cells, void *self)
{
    auto *model = static_cast<TerminalModel *>(self);
    if (model->m_scrollbackCapacity == 0)
        return 1;
    std::vector<Cell> line;
    line.reserve(size_t(cols));
    for (int i = 0; i < cols; ++i)
        line.push_back(model->convert(cells[i]));
    while (!line.empty() && line.back().ch == 0 && (line.back().attrs & DefaultBg))
        line.pop_back(); // trailing blanks cost nothing to keep out
    model->m_scrollback.push_back(std::move(line));
    if (model->m_scrollback.size() > model->m_scrollbackCapacity)
        model->m_scrollback.pop_front();
    emit model->scrollbackChanged();
    return 1;
}

int TerminalModel::onPopLine(int cols, VTermScreenCell *cells, void *self)
{
    auto *model = static_cast<TerminalModel *>(self);
    if (model->m_scrollback.empty())
        return 0;
    const std::vector<Cell> line = std::move(model->m_scrollback.back());
    model->m_scrollback.pop_back();
    for (int i = 0; i < cols; ++i) {
        VTermScreenCell &out = cells[i];
        out = VTermScreenCell{};
        out.width = 1;
        vterm_color_rgb(&out.fg, 0xdd, 0xdd, 0xdd);
        out.fg.type = VTERM_COLOR_DEFAULT_FG;
        vterm_color_rgb(&out.bg, 0, 0, 0);
        out.bg.type = VTERM_COLOR_DEFAULT_BG;
        if (size_t(i) < line.size()) {
            const Cell &cell = line[size_t(i)];
            out.chars[0] = cell.width == 0 ? 0xffffffff : cell.ch;
            out.width = cell.width == 0 ? 1 : cell.width;
            out.attrs.bold = (cell.attrs & Bold) != 0;
            out.attrs.italic = (cell.attrs & Italic) != 0;
            out.attrs.underline = (cell.attrs & Underline) != 0;
            out.attrs.reverse = (cell.attrs & Reverse) != 0;
            if (!(cell.attrs & DefaultFg))
                vterm_color_rgb(&out.fg, qRed(cell.fg), qGreen(cell.fg), qBlue(cell.fg));
            if (!(cell.attrs & DefaultBg))
                vterm_color_rgb(&out.bg, qRed(cell.bg), qGreen(cell.bg), qBlue(cell.bg));
        }
    }
    emit model->scrollbackChanged();
    return 1;
}

void TerminalModel::onOutput(const char *bytes, size_t length, void *self)
{
    emit static_cast<TerminalModel *>(self)->output(QByteArray(bytes, qsizetype(length)));
}

TerminalModel::Cell TerminalModel::screenCell(int row, int column) const
{
    VTermScreenCell source;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, column}, &source))
        return {};
    return convert(source);
}

TerminalModel::Cell TerminalModel::cell(int line, int column) const
{
    if (line >= 0)
        return line < m_rows && column < m_cols ? screenCell(line, column) : Cell{0, m_defaultFg, m_defaultBg};
    const qsizetype index = qsizetype(m_scrollback.size()) + line;
    if (index < 0)
        return Cell{0, m_defaultFg, m_defaultBg};
    const std::vector<Cell> &stored = m_scrollback[size_t(index)];
    return size_t(column) < stored.size() ? stored[size_t(column)] : Cell{0, m_defaultFg, m_defaultBg};
}

QString TerminalModel::lineText(int line) const
{
    QString text;
    for (int column = 0; column < m_cols; ++column) {
        const Cell c = cell(line, column);
        if (c.width == 0)
            continue;
        text += c.ch ? QString::fromUcs4(&c.ch, 1) : QStringLiteral(" ");
    }
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

QString TerminalModel::text(QPoint from, QPoint to) const
{
    if (std::make_pair(from.y(), from.x()) > std::make_pair(to.y(), to.x()))
        std::swap(from, to);
    QStringList lines;
    for (int line = from.y(); line <= to.y(); ++line) {
        const QString full = lineText(line);
        const int start = line == from.y() ? from.x() : 0;
        const int end = line == to.y() ? to.x() + 1 : int(full.size());
        lines.append(full.mid(start, std::max(0, end - start)));
    }
    return lines.join(QLatin1Char('\n'));
}

QPoint TerminalModel::cursor() const
{
    return m_cursor;
}

void TerminalModel::sendKey(int qtKey, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const VTermModifier mod = modifiersOf(modifiers);
    if (auto key = vtermKey(qtKey)) {
        vterm_keyboard_key(m_vterm, *key, mod);
        return;
    }
    if ((modifiers & Qt::ControlModifier) && qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z) {
        vterm_keyboard_unichar(m_vterm, uint32_t('a' + (qtKey - Qt::Key_A)), mod);
        return;
    }
    for (const char32_t ch : text.toUcs4())
        vterm_keyboard_unichar(m_vterm, ch, VTermModifier(mod & ~VTERM_MOD_SHIFT));
}

void TerminalModel::sendText(const QString &text)
{
    for (const char32_t ch : text.toUcs4())
        vterm_keyboard_unichar(m_vterm, ch == '\n' ? '\r' : ch, VTERM_MOD_NONE);
}

void TerminalModel::paste(const QString &text)
{
    vterm_keyboard_start_paste(m_vterm); // sends ESC[200~ only when the program enabled bracketed paste
    sendText(text);
    vterm_keyboard_end_paste(m_vterm);
}

void TerminalModel::sendMouse(int row, int column, int button, bool pressed, Qt::KeyboardModifiers modifiers)
{
    vterm_mouse_move(m_vterm, row, column, modifiersOf(modifiers));
    if (button > 0)
        vterm_mouse_button(m_vterm, button, pressed, modifiersOf(modifiers));
}

std::optional<QPoint> TerminalModel::findUp(const QString &needle, int fromLine) const
{
    if (needle.isEmpty())
        return std::nullopt;
    for (int line = std::min(fromLine, m_rows - 1); line >= -scrollbackLines(); --line) {
        const qsizetype at = lineText(line).indexOf(needle, 0, Qt::CaseInsensitive);
        if (at >= 0)
            return QPoint(int(at), line);
    }
    return std::nullopt;
}

void TerminalModel::setDefaultColors(QRgb foreground, QRgb background)
{
    m_defaultFg = foreground;
    m_defaultBg = background;
    VTermColor fg, bg;
    vterm_color_rgb(&fg, qRed(foreground), qGreen(foreground), qBlue(foreground));
    vterm_color_rgb(&bg, qRed(background), qGreen(background), qBlue(background));
    vterm_state_set_default_colors(vterm_obtain_state(m_vterm), &fg, &bg);
    markDamaged(QRect(0, 0, m_cols, m_rows));
}
