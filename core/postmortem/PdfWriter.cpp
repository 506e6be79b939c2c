#include "postmortem/PdfWriter.h"

namespace sitrep {

namespace {
// Helvetica advance widths (1/1000 em) for characters 32..126, from the standard AFM metrics.
const short helvetica[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
const short helveticaBold[95] = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
    722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
    278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

const char *fontName(PdfWriter::Font f)
{
    switch (f) {
    case PdfWriter::Font::Bold: return "/F2";
    case PdfWriter::Font::Mono: return "/F3";
    default: return "/F1";
    }
}

QByteArray pdfString(const QByteArray &bytes)
{
    QByteArray out = "(";
    for (const char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ')';
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}
} // namespace

PdfWriter::PdfWriter()
{
    newPage();
}

QByteArray PdfWriter::winAnsi(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 32 && u < 127) { out += char(u); continue; }
        if (u >= 0xa0 && u <= 0xff) { out += char(u); continue; }
        switch (u) {
        case u'\u2014': out += '\x97'; break;   // em dash
        case u'\u2013': out += '\x96'; break;   // en dash
        case u'\u201c': out += '\x93'; break;
        case u'\u201d': out += '\x94'; break;
        case u'\u2018': out += '\x91'; break;
        case u'\u2019': out += '\x92'; break;
        case u'\u201e': out += '\x84'; break;
        case u'\u2022': out += '\x95'; break;
        case u'\u2026': out += '\x85'; break;
        case u'\u20ac': out += '\x80'; break;
        case u'\u2192': out += "->"; break;
        case u'\t': out += "    "; break;
        default: out += '?';
        }
    }
    return out;
}

double PdfWriter::textWidth(const QString &text, Font font, double size)
{
    const QByteArray bytes = winAnsi(text);
    if (font == Font::Mono)
        return bytes.size() * 0.6 * size;
    const short *table = font == Font::Bold ? helveticaBold : helvetica;
    double units = 0;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        units += (u >= 32 && u < 127) ? table[u - 32] : 556;
    }
    return units * size / 1000.0;
}

void PdfWriter::newPage()
{
    if (!m_current.isEmpty())
        m_pages << m_current;
    m_current = "";
    m_y = pageHeight - margin;
}

void PdfWriter::line(const QString &text, Font font, double size, double x)
{
    if (m_y - size < margin)
        newPage();
    m_y -= size * 1.3;
    m_current += "BT " + QByteArray(fontName(font)) + ' ' + number(size) + " Tf " + number(margin + x) + ' ' + number(m_y)
                 + " Td " + pdfString(winAnsi(text)) + " Tj ET\n";
}

void PdfWriter::paragraph(const QString &text, Font font, double size, double indent, double spaceAfter)
{
    const double width = pageWidth - 2 * margin - indent;
    QString current;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && textWidth(candidate, font, size) > width) {
            line(current, font, size, indent);
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        line(current, font, size, indent);
    m_y -= spaceAfter;
}

void PdfWriter::preformatted(const QString &text, double size)
{
    const int columns = int((pageWidth - 2 * margin - 8) / (0.6 * size));
    for (const QString &l : text.split(QLatin1Char('\n')))
        line(l.left(columns), Font::Mono, size, 8);
    m_y -= 6;
}

void PdfWriter::space(double points)
{
    m_y -= points;
}

void PdfWriter::rule()
{
    if (m_y - 10 < margin)
        newPage();
    m_y -= 6;
    m_current += "0.6 G " + number(margin) + ' ' + number(m_y) + " m " + number(pageWidth - margin) + ' ' + number(m_y) + " l S 0 G\n";
    m_y -= 6;
}

QByteArray PdfWriter::finish(const QString &title)
{
    m_pages << m_current;
    m_current.clear();
    // Objects: 1 catalog, 2 pages, 3-5 fonts, 6 info, then per page: page, content.
    QList<QByteArray> objects;
    QByteArray kids;
    const int firstPage = 7;
    for (int i = 0; i < m_pages.size(); ++i)
        kids += QByteArray::number(firstPage + 2 * i) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + pdfString(winAnsi(title)) + " /Producer (Sitrep) >>";
    for (int i = 0; i < m_pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(pageWidth) + ' ' + number(pageHeight)
                       + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents "
                       + QByteArray::number(firstPage + 2 * i + 1) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(m_pages[i].size()) + " >>\nstream\n" + m_pages[i] + "endstream";
    }
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace sitrep
