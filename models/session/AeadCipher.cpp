#include "session/AeadCipher.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

QByteArray AeadCipher::seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    if (key.size() != keySize)
        return QByteArray();
    QByteArray nonce(nonceSize, Qt::Uninitialized);
    if (RAND_bytes(bytes(nonce), nonceSize) != 1)
        return QByteArray();
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(tagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                          static_cast<int>(associatedData.size())) != 1 ||
        EVP_EncryptUpdate(context.get(), bytes(ciphertext), &length, bytes(plaintext),
                          static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), bytes(ciphertext) + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagSize, tag.data()) != 1)
        return QByteArray();
    return nonce + ciphertext + tag;
}

std::optional<QByteArray> AeadCipher::open(const QByteArray &key, const QByteArray &sealed,
                                           const QByteArray &associatedData)
{
    if (key.size() != keySize || sealed.size() < nonceSize + tagSize)
        return std::nullopt;
    const QByteArray nonce = sealed.left(nonceSize);
    const QByteArray ciphertext = sealed.mid(nonceSize, sealed.size() - nonceSize - tagSize);
    QByteArray tag = sealed.right(tagSize);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                          static_cast<int>(associatedData.size())) != 1 ||
        EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, bytes(ciphertext),
                          static_cast<int>(ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + length, &finalLength) != 1)
        return std::nullopt;
    return plaintext;
}
