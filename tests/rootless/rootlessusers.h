#pragma once
// Test users for the rootless tests: made by root (useradd, their own
// lines in /etc/subuid and /etc/subgid or none), each with a home and an
// XDG_RUNTIME_DIR of its own under one temporary directory, and the real
// porthole binary run as them through setpriv. Removed with everything they
// started (their processes and those of their subordinate ids, which holds
// their namespaces and mounts) when the set is destroyed, even after a
// failed test, and at the start of a run for users a killed run left.
#include "testsupport.h"

#include <QTemporaryDir>
#include <list>

struct TestUser {
    QString name;
    uint uid = 0;
    uint gid = 0;
    QString home;       // HOME, mode 0700
    QString runtimeDir; // XDG_RUNTIME_DIR, mode 0700
    quint64 subStart = 0; // 0: no subordinate ids
    quint64 subCount = 0;

    QString storeRoot() const { return home + QStringLiteral("/.local/share/porthole"); }
};

class RootlessUsers {
public:
    RootlessUsers();
    ~RootlessUsers();
    RootlessUsers(const RootlessUsers &) = delete;
    RootlessUsers &operator=(const RootlessUsers &) = delete;

    // Makes a user; with subordinate ids, 65536 of them above every range in use.
    const TestUser *add(const QString &suffix, bool subordinateIds, QString *error);
    QString dir() const { return m_dir.path(); }

    // Removes users of this prefix that a killed run left behind.
    static void removeStale();

private:
    QTemporaryDir m_dir;
    std::list<TestUser> m_users; // stable addresses: add() hands out pointers
};

// porthole ARGS as the user, with a clean environment of its own
// (without XDG_RUNTIME_DIR when runtimeDir is false).
testsupport::RunResult runAs(const TestUser &user, const QStringList &args, int timeoutMs = 120000, bool runtimeDir = true);
// Any program as the user (env: more NAME=VALUE for its environment).
testsupport::RunResult programAs(const TestUser &user, const QString &program, const QStringList &args, int timeoutMs = 120000,
                                 bool runtimeDir = true, const QStringList &env = {});
