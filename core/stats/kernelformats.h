#pragma once
// Parsers of the kernel's text formats that both readers use (defined in
// cgroupreader.cpp; pure, for tests).
#include <QByteArray>

namespace porthole {

// A whole small kernel file read with read(2), or "" when absent.
QByteArray readSmallFile(const QByteArray &path);
qint64 statValue(const QByteArray &text, const QByteArray &key);      // "key value" lines (memory.stat, cpu.stat)
void blkioBytes(const QByteArray &text, qint64 &read, qint64 &write); // v1 "8:0 Read 123" lines
void ioStatBytes(const QByteArray &text, qint64 &read, qint64 &write); // v2 "8:0 rbytes=1 wbytes=2 ..."
void netDevBytes(const QByteArray &text, qint64 &rx, qint64 &tx);      // /proc/net/dev without lo
qint64 procStatCpuJiffies(const QByteArray &text);                     // /proc/stat's "cpu" line: user..steal

} // namespace porthole
