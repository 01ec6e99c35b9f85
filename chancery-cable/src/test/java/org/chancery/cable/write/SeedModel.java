package org.chancery.cable.write;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.model.Telegram;

import java.time.LocalDate;
import java.util.List;

/**
 * The seed cable (09PRAGUE589) built by hand, without the reader: its envelope and heading as they are; its
 * paragraphs shortened to fictional stand-ins (only their marks and order matter here).
 */
final class SeedModel {

    private SeedModel() {
    }

    static Envelope envelope() {
        return new Envelope(
                new Envelope.TransmissionId("XRO", "0224"),
                new Envelope.RoutingLine(Precedence.ROUTINE, Precedence.ROUTINE,
                        List.of("RUEHDBU", "RUEHFL", "RUEHKW", "RUEHLA", "RUEHNP", "RUEHROV", "RUEHSL", "RUEHSR")),
                new Envelope.StationLine("RUEHPG", "0589", null, "2751444"),
                new Envelope.SecurityWarning("ZNY", "CCCCC", List.of(), List.of("ZZH")),
                new Envelope.FormatLine(Precedence.ROUTINE, null, Dtg.zulu(2009, 10, 2, 14, 44), List.of()),
                Address.of(null, "AMEMBASSY PRAGUE"),
                List.of(new Address("RUEHC", "SECSTATE WASHDC", null, "1802")),
                List.of(Address.of("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE"),
                        Address.of("RUEAMDA", "MDA WASHINGTON DC"),
                        Address.of("RHEHNSC", "NSC WASHDC"),
                        Address.of("RUEKJCS", "SECDEF WASHDC")),
                List.of());
    }

    static Telegram telegram() {
        PortionMark sbu = new PortionMark(Level.SBU, List.of(), "SBU");
        PortionMark c = new PortionMark(Level.CONFIDENTIAL, List.of(), "C");
        return new Telegram(
                new ClassificationLine(Level.CONFIDENTIAL, "CONFIDENTIAL", false, List.of(), null, null, "PRAGUE",
                        "000589"),
                List.of("SIPDIS"),
                List.of(),
                new EoLine("12958", new Declassification.OnDate(LocalDate.of(2011, 10, 1)), "DECL: 10/01/2011"),
                List.of(Tag.of("PARM", TagKind.SUBJECT), Tag.of("PREL", TagKind.SUBJECT),
                        Tag.of("EZ", TagKind.GEOGRAPHIC), Tag.of("EUN", TagKind.ORGANIZATION)),
                new Subject(null, "CZECH COMMENTS ON U.S.-CZECH STRATEGIC COOPERATION"),
                List.of(new Reference(null, ReferenceKind.EMAIL, null, "CARNIE-QUANRUD E-MAIL DATED 10.01.2009",
                        false)),
                new ClassifiedBy("Mary Thompson-Jones", "Charge", List.of("1.4(b)", "1.4(d)"),
                        "Charge Mary Thompson-Jones for reasons 1.4 (b) and (d)."),
                List.of(new Block.Paragraph(null, sbu, "The ministry welcomed the paper and will reply soon."),
                        new Block.Paragraph(12, c, "A second meeting set out the ministry's priorities."),
                        new Block.Paragraph(13, sbu, "The attache agreed the dates for the next group meeting.")),
                List.of("Thompson-Jones"));
    }

    static Cable cable() {
        return new Cable(envelope(), telegram());
    }
}
