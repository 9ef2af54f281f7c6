#pragma once
// Streaming SHA-256 from OpenSSL's libcrypto (EVP_sha256, which uses the
// CPU's SHA extensions where present): digests are what registry content
// and layers are verified with, so they come from an audited library.
#include <QByteArray>
#include <QString>
#include <memory>

struct evp_md_ctx_st;

namespace porthole {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const void *data, size_t size);
    void addData(const QByteArray &data) { addData(data.constData(), size_t(data.size())); }
    QByteArray result(); // 32 raw bytes; the object is finished afterwards
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

    static QString hexOf(const QByteArray &data);

private:
    struct FreeContext {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, FreeContext> m_context;
    QByteArray m_result; // once finished
};

} // namespace porthole
