package org.acorn.bulletins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.acorn.platform.pdf.PrintedDocument;
import org.acorn.platform.text.Markdown;
import org.acorn.updates.web.UpdatePages;

/**
 * A sent bulletin as a printable A4 PDF, for members who asked for post: the same words as the email (title,
 * introduction, sections and items, each with its web address written out, since paper has no links), greeting
 * no one by name, ending with where to read it online.
 */
@ApplicationScoped
public class BulletinPdf {

    @Inject Bulletins bulletins;
    @Inject Markdown markdown;

    /** The PDF of a bulletin that has been sent (or is sending); empty for a draft or one that does not exist. */
    @Transactional
    public Optional<byte[]> of(Long id) {
        Optional<Bulletin> found = bulletins.find(id).filter(b -> b.getHtmlFrozen() != null);
        if (found.isEmpty()) return Optional.empty();
        Bulletin b = found.get();
        PrintedDocument doc = PrintedDocument.a4(b.getTitle())
                .small(bulletins.networkName() + (b.getSentAt() == null ? "" : " · " + UpdatePages.when(b.getSentAt())))
                .title(b.getTitle());
        String intro = markdown.plain(b.getIntroMarkdown());
        if (!intro.isBlank()) doc.paragraph(intro.strip());
        for (BulletinSection s : bulletins.sections(b.getId())) {
            doc.heading(s.getHeading());
            for (BulletinItem i : bulletins.items(s.getId())) {
                doc.subheading(i.getTitle());
                if (!i.getSummary().isBlank()) doc.paragraph(i.getSummary());
                doc.small(i.getLink());
            }
        }
        doc.rule().small("Read this bulletin on the web: " + bulletins.archiveUrl(b.getId()))
                .small("To get bulletins by email instead of post, tell the network co-ordinator.");
        return Optional.of(doc.toBytes());
    }
}
