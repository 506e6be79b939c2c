#pragma once
// Which language a generated text is made in: the reader's (through the installed translators)
// or the source language (English as written in the code, untranslated). Timeline events keep
// the source-language text in the database (search, older apps) and show the reader's.

#include <QCoreApplication>
#include <QString>

namespace sitrep {

enum class TextLanguage { Reader, Source };

// `source` must be marked for lupdate where it is written (QT_TRANSLATE_NOOP(context, …)).
inline QString textIn(TextLanguage language, const char *context, const char *source)
{
    return language == TextLanguage::Reader ? QCoreApplication::translate(context, source)
                                            : QString::fromUtf8(source);
}

} // namespace sitrep
