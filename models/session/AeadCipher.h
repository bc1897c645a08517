#pragma once

#include <QByteArray>

#include <optional>

// AES-256-GCM through OpenSSL: authenticated encryption, so a file that was changed, truncated or swapped for
// another user's is refused, never misread. Sealed form: 12-byte random nonce, ciphertext, 16-byte tag.
class AeadCipher
{
public:
    static constexpr int keySize = 32;
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;

    // Empty when the key is not 32 bytes or the cipher fails.
    static QByteArray seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData);
    // Nothing when the key is wrong or anything (sealed text or associated data) was changed.
    static std::optional<QByteArray> open(const QByteArray &key, const QByteArray &sealed,
                                          const QByteArray &associatedData);
};
