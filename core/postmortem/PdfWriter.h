#pragma once
// A small PDF writer for text documents: A4 pages, the standard Helvetica and Courier fonts
// (WinAnsi), wrapped paragraphs. Written here because Qt's PDF support (QPdfWriter) is in Qt GUI,
// which the headless `sitrepctl` does not load.

#include <QByteArray>
#include <QList>
#include <QString>

namespace sitrep {

class PdfWriter
{
public:
    enum class Font { Regular, Bold, Mono };
    static constexpr double pageWidth = 595.28;   // A4 in points
    static constexpr double pageHeight = 841.89;
    static constexpr double margin = 56;

    PdfWriter();
    // Writes `text` wrapped to the text width (from `indent`), starting a new page when needed.
    void paragraph(const QString &text, Font font, double size, double indent = 0, double spaceAfter = 6);
    // Lines as they are (code), in the mono font, cut at the right margin.
    void preformatted(const QString &text, double size);
    void space(double points);
    void rule();
    QByteArray finish(const QString &title);

    static double textWidth(const QString &text, Font font, double size);
    static QByteArray winAnsi(const QString &text);

private:
    void newPage();
    void line(const QString &text, Font font, double size, double x);

    QList<QByteArray> m_pages;   // content streams
    QByteArray m_current;
    double m_y = 0;
};

} // namespace sitrep
