#include "base/sha256.h"

#include <openssl/evp.h>

namespace porthole {

void Sha256::FreeContext::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    // Allocation or initialisation fails only when memory is exhausted;
    // that is fatal everywhere else in the process too.
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        qFatal("libcrypto: cannot start a SHA-256 digest");
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

void Sha256::addData(const void *data, size_t size)
{
    if (size > 0 && m_result.isEmpty())
        EVP_DigestUpdate(m_context.get(), data, size);
}

QByteArray Sha256::result()
{
    if (m_result.isEmpty()) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context.get(), digest, &length);
        m_result = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    }
    return m_result;
}

QString Sha256::hexOf(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace porthole
